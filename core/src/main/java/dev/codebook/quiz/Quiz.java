package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSystem;
import java.util.List;

/**
 * A list of questions on one release, built by {@link QuizBuilder}. The same builder settings and seed give an equal
 * quiz.
 *
 * @param system    the code system asked about
 * @param release   the release the questions were checked against
 * @param seed      the seed that reproduces the quiz
 * @param questions the questions, in order
 */
public record Quiz(CodeSystem system, String release, long seed, List<Question> questions) {
    public Quiz {
        requireNonNull(system, "system");
        requireNonNull(release, "release");
        questions = List.copyOf(questions);
    }

    /** Checks a learner's choice for the question at {@code question}. */
    public Answer check(int question, int chosen) {
        return questions.get(question).check(chosen);
    }
}
