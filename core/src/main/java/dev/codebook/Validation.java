package dev.codebook;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "may I report this code?", with the reason in a coder's words.
 *
 * @param input       the input as it was given
 * @param system      the code system it was checked against
 * @param release     the release it was checked against
 * @param code        the node the input names, when it names one (also for headers and codes that need more)
 * @param verdict     the outcome
 * @param reason      one or two sentences: what the input is and, when it is not valid, what to do
 * @param suggestions canonical codes to consider instead: the corrected code, the codes below a header, or the
 *                    nearest existing codes; empty when the input is valid
 */
public record Validation(
        String input,
        CodeSystem system,
        String release,
        Optional<Code> code,
        Verdict verdict,
        String reason,
        List<String> suggestions) {

    public Validation {
        requireNonNull(input, "input");
        requireNonNull(system, "system");
        requireNonNull(release, "release");
        requireNonNull(code, "code");
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
        suggestions = List.copyOf(suggestions);
    }

    /** Whether the input names a node of the release. */
    public boolean found() {
        return code.isPresent();
    }

    /** Whether the input may be reported as it stands. */
    public boolean valid() {
        return verdict.valid();
    }

    /** Whether the input names a billable code. */
    public boolean billable() {
        return code.map(Code::billable).orElse(false);
    }
}
