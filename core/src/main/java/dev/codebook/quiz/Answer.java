package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

/**
 * The verdict on a learner's choice, from {@link Question#check(int)}.
 *
 * @param chosen      the option the learner chose
 * @param right       the right option
 * @param correct     whether the learner chose it
 * @param explanation why the choice is right, or why it is wrong and what is right
 */
public record Answer(Option chosen, Option right, boolean correct, String explanation) {
    public Answer {
        requireNonNull(chosen, "chosen");
        requireNonNull(right, "right");
        requireNonNull(explanation, "explanation");
    }
}
