package dev.codebook.internal.system;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.Verdict;
import java.util.List;

/**
 * What a system's rules say of an unknown code, for the validator to word into a validation.
 *
 * @param verdict     {@link Verdict#CHARACTER_NOT_VALID} with the whole reason, or {@link Verdict#UNKNOWN} with what
 *                    follows "X is not in the release: " (the validator adds the nearest codes)
 * @param reason      the reason in a coder's words
 * @param suggestions the codes the input may have meant
 */
public record Diagnosis(Verdict verdict, String reason, List<String> suggestions) {

    public Diagnosis {
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
        suggestions = List.copyOf(suggestions);
    }
}
