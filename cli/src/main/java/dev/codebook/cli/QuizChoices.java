package dev.codebook.cli;

import dev.codebook.quiz.QuestionKind;
import dev.codebook.quiz.QuestionKinds;
import dev.codebook.quiz.QuizBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The quiz choices given as text (the command line's options, the server's parameters) applied to a
 * {@link QuizBuilder}, with one error message for each mistake wherever it was made.
 */
public final class QuizChoices {

    private QuizChoices() {
    }

    /**
     * Only the question kinds of these ids.
     *
     * @throws IllegalArgumentException for an id of no kind, listing the kinds
     */
    public static void kinds(QuizBuilder builder, List<String> ids) {
        List<QuestionKind> chosen = ids.stream().map(QuizChoices::kind).toList();
        builder.kinds(chosen.get(0), chosen.subList(1, chosen.size()).toArray(QuestionKind[]::new));
    }

    private static QuestionKind kind(String id) {
        return QuestionKinds.byId(id.strip()).orElseThrow(() -> new IllegalArgumentException("no question kind '"
                + id + "'; the kinds are " + QuestionKinds.all().stream().map(QuestionKind::id)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * Only codes of a depth {@code text} gives as MIN-MAX or N characters; {@code name} is the option or parameter
     * it came from, for the error message.
     *
     * @throws IllegalArgumentException when {@code text} is not a number or a range of numbers
     */
    public static void depth(QuizBuilder builder, String text, String name) {
        String[] parts = text.strip().split("-", -1);
        try {
            int min = Integer.parseInt(parts[0].strip());
            int max = parts.length == 1 ? min : Integer.parseInt(parts[1].strip());
            if (parts.length <= 2) {
                builder.depth(min, max);
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " takes MIN-MAX or N, numbers of characters such as 3-5; got '"
                + text + "'");
    }
}
