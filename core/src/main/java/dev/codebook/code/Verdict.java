package dev.codebook.code;

/** The outcome of validating one input against a release, from best to worst. */
public enum Verdict {
    /** The code exists and may be reported on a claim as it stands. */
    BILLABLE(true),
    /** The input is a HCPCS modifier in force: valid on a claim line, with the code it modifies. */
    MODIFIER(true),
    /** The code exists but its last day came before the date of service (HCPCS termination date, CSV end date). */
    TERMINATED(false),
    /** The code exists but is not in force yet on the date of service. */
    NOT_YET_EFFECTIVE(false),
    /** The input is a chapter, block, category or subcategory: it exists but more characters are needed. */
    HEADER(false),
    /** The code needs a 7th character to be reported. */
    SEVENTH_CHARACTER_MISSING(false),
    /** The 7th character is not one the code takes. */
    SEVENTH_CHARACTER_NOT_ALLOWED(false),
    /** The code lacks the placeholder X that pads it to six characters before its 7th. */
    PLACEHOLDER_MISSING(false),
    /** ICD-10-PCS: a character that is not valid at its position in the code's table (its first three characters). */
    CHARACTER_NOT_VALID(false),
    /** Well formed, but no such code exists in the release. */
    UNKNOWN(false),
    /** Not the shape of a code of the system at all. */
    MALFORMED(false),
    /**
     * No release of the system in the index is in effect on the date of service: the input is not judged, since an
     * answer from another year's release could be wrong.
     */
    NO_RELEASE(false);

    private final boolean valid;

    Verdict(boolean valid) {
        this.valid = valid;
    }

    /** Whether an input with this verdict may be reported as it stands. */
    public boolean valid() {
        return valid;
    }
}
