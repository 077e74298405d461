package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One multiple-choice question of a {@link Quiz}: exactly one option is right, as checked against the release when
 * the question was made.
 *
 * @param kind        the id of the {@link QuestionKind} that asked it, such as "code_to_title"
 * @param prompt      the question as the learner reads it
 * @param subject     the canonical code the question is about
 * @param options     the choices, distinct by label
 * @param answer      the index of the right option
 * @param explanation why the right option is right
 */
public record Question(String kind, String prompt, String subject, List<Option> options, int answer,
        String explanation) {

    public Question {
        requireNonNull(kind, "kind");
        requireNonNull(prompt, "prompt");
        requireNonNull(subject, "subject");
        requireNonNull(explanation, "explanation");
        options = List.copyOf(options);
        if (options.size() < 2 || answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("a question about " + subject + " needs at least two options and "
                    + "an answer among them; got " + options.size() + " options, answer " + answer);
        }
        Set<String> labels = new HashSet<>();
        for (Option option : options) {
            if (!labels.add(option.label())) {
                throw new IllegalArgumentException("a question about " + subject + " offers '" + option.label()
                        + "' twice");
            }
        }
    }

    /** The right option. */
    public Option rightOption() {
        return options.get(answer);
    }

    /**
     * Checks a learner's choice.
     *
     * @param chosen the index of the chosen option
     * @throws IllegalArgumentException when there is no such option
     */
    public Answer check(int chosen) {
        if (chosen < 0 || chosen >= options.size()) {
            throw new IllegalArgumentException("option " + chosen + " does not exist: the question about " + subject
                    + " has options 0 to " + (options.size() - 1));
        }
        Option option = options.get(chosen);
        Option right = rightOption();
        boolean correct = chosen == answer;
        String explanation = correct
                ? "Right. " + right.explanation()
                : "Wrong. " + option.explanation() + " The answer is " + right.label() + ": " + right.explanation();
        return new Answer(option, right, correct, explanation);
    }
}
