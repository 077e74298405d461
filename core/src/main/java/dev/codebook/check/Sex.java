package dev.codebook.check;

import java.util.Locale;

/** The patient's sex as claims record it. */
public enum Sex {
    FEMALE("F"), MALE("M"), UNKNOWN("U");

    private final String letter;

    Sex(String letter) {
        this.letter = letter;
    }

    /** The letter claims use: "F", "M" or "U". */
    public String letter() {
        return letter;
    }

    /**
     * The sex a claim's letter stands for, case-insensitively.
     *
     * @throws IllegalArgumentException for anything but F, M or U
     */
    public static Sex of(String letter) {
        String wanted = letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT);
        for (Sex sex : values()) {
            if (sex.letter.equals(wanted)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("sex is F, M or U; got '" + letter + "'");
    }
}
