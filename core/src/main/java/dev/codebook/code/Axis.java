package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One character of an ICD-10-PCS code and what it stands for: in 0DTJ4ZZ the 5th character {@code 4} is the
 * approach "Percutaneous Endoscopic".
 *
 * @param name       the axis, in its section's own words ("Approach"; in Imaging "Contrast")
 * @param character  the character
 * @param value      what the character means at this place: the official label of the code's table and row, or,
 *                   for a release without tables, as its titles name it
 * @param definition what the PCS definitions say the value is, when they define it ("Cutting out or off, without
 *                   replacement, all of a body part"), with the explanation they add
 * @param keys       the terms the PCS Index says to code as this value ("Abdominal esophagus" for the body part
 *                   "Esophagus, Lower"), and what the definitions say it includes
 */
public record Axis(String name, char character, String value, Optional<String> definition, List<String> keys) {
    public Axis {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        requireNonNull(definition, "definition");
        keys = List.copyOf(keys);
    }

    /** A value without definition or keys. */
    public Axis(String name, char character, String value) {
        this(name, character, value, Optional.empty(), List.of());
    }

    /** "Resection: cutting out or off, without replacement, all of a body part", or the value alone. */
    public String explained() {
        return definition.map(text -> value + ": " + lowerFirst(text)).orElse(value);
    }

    private static String lowerFirst(String text) {
        // Definitions start with a capital of style, not of a name ("Cutting out ..."); acronyms keep theirs.
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }

    @Override
    public String toString() {
        return name + " " + character + ": " + value;
    }
}
