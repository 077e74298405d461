package dev.codebook.check;

import java.util.Locale;
import java.util.Optional;

/** The rules an encounter is checked against; their ids ({@code excludes1}) are a contract of the JSON output. */
public enum Rule {
    /** A code not valid for its system on the date of service: unknown, a header, terminated, ... */
    INVALID_CODE,
    /** Two diagnoses where an Excludes1 note in force at one names the other. */
    EXCLUDES1,
    /** A code whose code-first note is not followed: listed first, or none of the codes it names present. */
    CODE_FIRST,
    /** A use-additional-code note none of whose codes is present: advice. */
    USE_ADDITIONAL_CODE,
    /** A code-also note none of whose codes is present: advice. */
    CODE_ALSO,
    /** Maternal (chapter 15) and newborn (chapter 16) codes on one record, or maternal codes for a male patient. */
    MATERNAL_NEWBORN,
    /** The same code twice. */
    DUPLICATE,
    /** A HCPCS modifier that the release does not hold, or that is not valid on the date of service. */
    MODIFIER,
    /** No release of a code's system in the index is in effect on the date of service. */
    NO_RELEASE;

    /** The rule's name in JSON: "use_additional_code". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule of this id, if there is one. */
    public static Optional<Rule> byId(String id) {
        for (Rule rule : values()) {
            if (rule.id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
