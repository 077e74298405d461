package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeQuery;
import dev.codebook.CodeSet;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Sets up a quiz on one release: which part of it, which kinds of question, how many, and the seed.
 *
 * <pre>{@code
 * Quiz quiz = Quiz.builder(codebook.icd10cm()).chapter("4").questions(10).seed(42).build();
 * Answer answer = quiz.check(0, 2); // right or wrong, and why
 * }</pre>
 *
 * <p>A {@link Scope} narrows it as it narrows a {@link CodeQuery}: {@link #chapter}, {@link #block}, {@link #category}
 * and {@link #within} each keep only the codes below the node they name, and together keep the codes below all of
 * them. Questions are about categories,
 * subcategories and codes, never chapters or blocks. The same settings and seed build an equal quiz; without a seed
 * each build draws one, which {@link Quiz#seed()} reports. A builder is not thread-safe; the quizzes it builds are
 * immutable.
 */
public final class QuizBuilder {

    private final CodeSet codes;
    private final List<Scope> scopes = new ArrayList<>();
    private boolean billableOnly;
    private int minDepth = 1;
    private int maxDepth = Integer.MAX_VALUE;
    private List<QuestionKind> kinds = QuestionKinds.all();
    private int questions = 10;
    private int options = 4;
    private Long seed;
    private SimilarTitles similarTitles;

    QuizBuilder(CodeSet codes) {
        this.codes = requireNonNull(codes, "codes");
    }

    /** Only codes of this chapter: {@code chapter("4")}. */
    public QuizBuilder chapter(String chapter) {
        return within(Scope.chapter(chapter));
    }

    /** Only codes of this block: {@code block("E08-E13")}. */
    public QuizBuilder block(String block) {
        return within(Scope.block(block));
    }

    /** Only codes of this category: {@code category("E11")}. */
    public QuizBuilder category(String category) {
        return within(Scope.category(category));
    }

    /** Only this node and the codes below it, whatever its kind: {@code within("E11")}. */
    public QuizBuilder within(String code) {
        return within(Scope.within(code));
    }

    /** Only the codes of the part of the hierarchy {@code scope} names; checked when the quiz is built. */
    public QuizBuilder within(Scope scope) {
        scopes.add(requireNonNull(scope, "scope"));
        return this;
    }

    /** Only questions about billable codes. */
    public QuizBuilder billableOnly() {
        this.billableOnly = true;
        return this;
    }

    /**
     * Only questions about codes of {@code min} to {@code max} characters, not counting the dot: 3 for a category
     * such as E11, 7 for S72.001A. Shallow codes make an easier quiz.
     */
    public QuizBuilder depth(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("depth counts the characters of a code, at least 1, with min <= max; "
                    + "got " + min + " to " + max);
        }
        this.minDepth = min;
        this.maxDepth = max;
        return this;
    }

    /** Only these kinds of question; all that apply to the system unless set. */
    public QuizBuilder kinds(QuestionKind first, QuestionKind... more) {
        List<QuestionKind> chosen = new ArrayList<>();
        chosen.add(requireNonNull(first, "kind"));
        for (QuestionKind kind : more) {
            chosen.add(requireNonNull(kind, "kind"));
        }
        this.kinds = chosen.stream().distinct().toList();
        return this;
    }

    /** How many questions; 10 unless set. */
    public QuizBuilder questions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a quiz needs at least one question; got " + count);
        }
        this.questions = count;
        return this;
    }

    /** How many options each question offers at most, 2 to 10; 4 unless set. */
    public QuizBuilder options(int count) {
        if (count < 2 || count > 10) {
            throw new IllegalArgumentException("a question offers 2 to 10 options; got " + count);
        }
        this.options = count;
        return this;
    }

    /** The seed that makes the quiz reproducible. */
    public QuizBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Where codes with similar titles come from; the built-in word overlap over the scope unless set. */
    public QuizBuilder similarTitles(SimilarTitles similarTitles) {
        this.similarTitles = requireNonNull(similarTitles, "similarTitles");
        return this;
    }

    /**
     * Builds the quiz.
     *
     * @throws IllegalArgumentException when a scope names no node of the release, or the scopes no codes at all, or no question of the chosen kinds can be asked in the scope
     */
    public Quiz build() {
        Outline outline = Outline.of(codes);
        Drill.Scope scope = scope(codes, outline);
        long chosenSeed = seed != null ? seed : new SplittableRandom().nextLong();
        Drill drill = new Drill(codes, outline, scope,
                similarTitles != null ? similarTitles : new WordOverlap(outline, scope.from(), scope.to()), options,
                chosenSeed);
        List<QuestionKind> askable = kinds.stream()
                .filter(kind -> kind.appliesTo(codes.system()) && drill.subjects(kind).length > 0)
                .toList();
        if (askable.isEmpty()) {
            throw new IllegalArgumentException("no question of the kinds " + kinds + " can be asked about "
                    + describe(codes));
        }
        List<Question> asked = new ArrayList<>(questions);
        Set<String> seen = new HashSet<>();
        while (asked.size() < questions) {
            asked.add(next(drill, askable, seen).orElseThrow(() -> new IllegalArgumentException(
                    "could ask only " + asked.size() + " of " + questions + " questions about " + describe(codes)
                            + ": the release offers no unambiguous question with distractors there")));
        }
        return new Quiz(codes.system(), codes.release().version(), chosenSeed, asked);
    }

    /** The next question: a random kind about a random subject, avoiding repeats while fresh subjects remain. */
    private static Optional<Question> next(Drill drill, List<QuestionKind> askable, Set<String> seen) {
        for (int attempt = 0; attempt < 200; attempt++) {
            QuestionKind kind = askable.get(drill.random.nextInt(askable.size()));
            int[] subjects = drill.subjects(kind);
            int subject = subjects[drill.random.nextInt(subjects.length)];
            String key = kind.id() + " " + subject;
            if (seen.contains(key) && attempt < 100) {
                continue;
            }
            Optional<Question> question = kind.ask(drill, subject);
            if (question.isPresent()) {
                seen.add(key);
                return question;
            }
        }
        return Optional.empty();
    }

    private Drill.Scope scope(CodeSet codes, Outline outline) {
        int from = 0;
        int to = outline.size();
        int root = -1;
        for (Scope narrowing : scopes) {
            int node = outline.ordinal(codes.node(narrowing).code()).orElseThrow();
            if (root < 0 || outline.end(node) - node < to - from) {
                root = node;
            }
            from = Math.max(from, node);
            to = Math.min(to, outline.end(node));
        }
        if (from >= to) {
            throw new IllegalArgumentException(describe(codes) + " holds no codes: the scopes do not overlap");
        }
        return new Drill.Scope(root, from, to, billableOnly, minDepth, maxDepth);
    }

    private String describe(CodeSet codes) {
        String scope = scopes.isEmpty() ? "all of "
                : scopes.stream().map(Scope::toString).collect(Collectors.joining(", ")) + " of ";
        String filters = (billableOnly ? ", billable codes only" : "")
                + (minDepth > 1 || maxDepth < Integer.MAX_VALUE ? ", codes of " + minDepth + " to "
                        + (maxDepth == Integer.MAX_VALUE ? "any number of" : String.valueOf(maxDepth))
                        + " characters" : "");
        return scope + codes.release().label() + filters;
    }
}
