package dev.codebook.quiz;

import java.util.List;

/**
 * Finds codes whose titles resemble a code's title: a source of distractors a learner could confuse with the right
 * answer. The built-in one counts shared title words within the quiz's scope; text search can stand in for it
 * through {@link QuizBuilder#similarTitles}.
 *
 * <p>Whatever it proposes, a quiz still checks each distractor against the release before offering it.
 */
@FunctionalInterface
public interface SimilarTitles {

    /**
     * Up to {@code limit} canonical codes whose titles resemble the title of {@code code}, most alike first; never
     * {@code code} itself.
     */
    List<String> similarTo(String code, int limit);
}
