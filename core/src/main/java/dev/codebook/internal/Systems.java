package dev.codebook.internal;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.system.Keys;
import dev.codebook.internal.system.SystemRules;
import dev.codebook.internal.system.custom.CustomRules;
import dev.codebook.internal.system.hcpcs.HcpcsRules;
import dev.codebook.internal.system.icd10cm.Icd10CmRules;
import dev.codebook.internal.system.icd10pcs.Icd10PcsRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of code systems and their rules. Adding a system is a package of rules under
 * {@code dev.codebook.internal.system}, a line here, and a release format in the index builder; a user's own code set
 * gets {@link CustomRules} the same way, by not being one of these.
 */
public final class Systems {

    /** The published systems, in the order their hints are offered for input given to another system. */
    private static final List<SystemRules> PUBLISHED = List.of(
            new Icd10CmRules(),
            new Icd10PcsRules(),
            new HcpcsRules());

    private Systems() {
    }

    /** The rules of {@code system}: its own when published, else those of a user's code set. */
    public static SystemRules of(CodeSystem system) {
        requireNonNull(system, "system");
        for (SystemRules rules : PUBLISHED) {
            if (rules.system().equals(system)) {
                return rules;
            }
        }
        return new CustomRules(system);
    }

    /** Whether the system is one the agencies publish, whose releases the builder reads from their own files. */
    public static boolean isPublished(CodeSystem system) {
        return PUBLISHED.stream().anyMatch(rules -> rules.system().equals(system));
    }

    /**
     * Another system whose codes look like {@code input}, which {@code asked} cannot read: a hint for a code given to
     * the wrong system ("this looks like an ICD-10-PCS code (system icd10pcs)"), or empty.
     */
    public static Optional<String> lookalike(String input, CodeSystem asked) {
        String typed = Keys.withoutSpaces(input);
        String key = typed.replace(".", "").toUpperCase(Locale.ROOT);
        for (SystemRules rules : PUBLISHED) {
            if (!rules.system().equals(asked)) {
                Optional<String> hint = rules.lookalike(typed, key);
                if (hint.isPresent()) {
                    return hint;
                }
            }
        }
        return CustomRules.cptLookalike(key);
    }
}
