package dev.codebook;

import static java.util.Objects.requireNonNull;

/**
 * One character of an ICD-10-PCS code and what it stands for: in 0DTJ4ZZ the 5th character {@code 4} is the
 * approach "Percutaneous Endoscopic".
 *
 * @param name      the axis, in its section's own words ("Approach"; in Imaging "Contrast")
 * @param character the character
 * @param value     what the character means at this place, as the release's titles name it
 */
public record Axis(String name, char character, String value) {
    public Axis {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + " " + character + ": " + value;
    }
}
