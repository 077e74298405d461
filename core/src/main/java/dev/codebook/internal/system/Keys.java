package dev.codebook.internal.system;

import java.util.Locale;

/** The normalisation every system's syntax starts from. */
public final class Keys {

    private Keys() {
    }

    /** The input without any blank, in or around it: "E11 .9" and "0DT J4ZZ" are codes mistyped, not other input. */
    public static String withoutSpaces(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (Character.isWhitespace(input.charAt(i))) {
                StringBuilder kept = new StringBuilder(input.length());
                input.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
                return kept.toString();
            }
        }
        return input;
    }

    /** The input without blanks, in upper case. */
    public static String normalised(String input) {
        return withoutSpaces(input).toUpperCase(Locale.ROOT);
    }
}
