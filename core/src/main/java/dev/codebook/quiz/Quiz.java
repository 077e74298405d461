package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.code.CodeSystem;
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
    /**
     * Starts a quiz on a release: {@code Quiz.builder(codebook.icd10cm()).chapter("4").questions(10).seed(42)
     * .build()}.
     */
    public static QuizBuilder builder(CodeSet release) {
        return new QuizBuilder(release);
    }

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
