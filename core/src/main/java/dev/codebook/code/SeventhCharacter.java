package dev.codebook.code;

import static java.util.Objects.requireNonNull;

/**
 * A 7th character of ICD-10-CM and its meaning, such as {@code A}, "initial encounter for closed fracture".
 *
 * @param character the character appended as the code's 7th
 * @param meaning   what it designates
 * @param source    the canonical code of the node that defines it (usually the category)
 */
public record SeventhCharacter(char character, String meaning, String source) {
    public SeventhCharacter {
        requireNonNull(meaning, "meaning");
        requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return character + " " + meaning;
    }
}
