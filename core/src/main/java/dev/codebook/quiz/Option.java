package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

/**
 * One choice of a {@link Question}.
 *
 * @param code        the code the option names; for a 7th-character meaning, the character
 * @param title       the title of that code, or the meaning of that character
 * @param label       what the learner chooses from: the title when the question asks for a title, the code when it
 *                    asks for a code, both when the choice needs both
 * @param explanation why the option is right or wrong, from the titles, notes and hierarchy of the release
 */
public record Option(String code, String title, String label, String explanation) {
    public Option {
        requireNonNull(code, "code");
        requireNonNull(title, "title");
        requireNonNull(label, "label");
        requireNonNull(explanation, "explanation");
        if (label.isBlank() || explanation.isBlank()) {
            throw new IllegalArgumentException("option " + code + " needs a label and an explanation");
        }
    }
}
