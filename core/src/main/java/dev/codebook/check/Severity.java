package dev.codebook.check;

import java.util.Locale;

/** How much a finding matters to a claim. */
public enum Severity {
    /** The claim would be wrong as it stands: a payer edit or a Tabular instruction rejects it. */
    ERROR,
    /** Probably wrong, or checked against another release than the date of service asks for: look before sending. */
    WARNING,
    /** Advice: the Tabular suggests a further code; the claim is not wrong without it. */
    INFO;

    /** The name in JSON: "error". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
