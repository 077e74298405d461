package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeQuery;
import dev.codebook.CodeSet;
import dev.codebook.CodeSystem;
import dev.codebook.Codebook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Sets up a quiz: which release, which part of it, which kinds of question, how many, and the seed.
 *
 * <pre>{@code
 * Quiz quiz = codebook.quiz().system(CodeSystem.ICD10CM).chapter("4").questions(10).seed(42).build();
 * Answer answer = quiz.check(0, 2); // right or wrong, and why
 * }</pre>
 *
 * <p>Scope narrows like {@link CodeQuery}: {@link #chapter}, {@link #block} and {@link #within} each keep only the
 * codes below the node they name, and together keep the codes below all of them. Questions are about categories,
 * subcategories and codes, never chapters or blocks. The same settings and seed build an equal quiz; without a seed
 * each build draws one, which {@link Quiz#seed()} reports. A builder is not thread-safe; the quizzes it builds are
 * immutable.
 */
public final class QuizBuilder {

    private final Codebook codebook;
    private CodeSystem system = CodeSystem.ICD10CM;
    private String release;
    private final Map<String, BiFunction<CodeQuery, String, CodeQuery>> narrowings = new LinkedHashMap<>();
    private boolean billableOnly;
    private int minDepth = 1;
    private int maxDepth = Integer.MAX_VALUE;
    private List<QuestionKind> kinds = QuestionKinds.all();
    private int questions = 10;
    private int options = 4;
    private Long seed;
    private SimilarTitles similarTitles;

    /** A builder on the releases of {@code codebook}; {@link Codebook#quiz()} reads better. */
    public QuizBuilder(Codebook codebook) {
        this.codebook = requireNonNull(codebook, "codebook");
    }

    /** The code system to ask about; ICD-10-CM unless set. */
    public QuizBuilder system(CodeSystem system) {
        this.system = requireNonNull(system, "system");
        return this;
    }

    /** A release other than the latest, such as "2021". */
    public QuizBuilder release(String version) {
        this.release = requireNonNull(version, "version");
        return this;
    }

    /** Only codes of this chapter: {@code chapter("4")}. */
    public QuizBuilder chapter(String chapter) {
        narrowings.put("chapter " + requireNonNull(chapter, "chapter"), CodeQuery::chapter);
        return this;
    }

    /** Only codes of this block: {@code block("E08-E13")}. */
    public QuizBuilder block(String block) {
        narrowings.put("block " + requireNonNull(block, "block"), CodeQuery::block);
        return this;
    }

    /** Only this node and the codes below it, whatever its kind: {@code within("E11")}. */
    public QuizBuilder within(String code) {
        narrowings.put("within " + requireNonNull(code, "code"), CodeQuery::within);
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
     * @throws IllegalArgumentException when the index holds no such release, the scope names no node of it or no
     *                                  codes at all, or no question of the chosen kinds can be asked in the scope
     */
    public Quiz build() {
        CodeSet codes = release == null ? codebook.system(system) : codebook.system(system, release);
        Outline outline = Outline.of(codes);
        Drill.Scope scope = scope(codes, outline);
        long chosenSeed = seed != null ? seed : new SplittableRandom().nextLong();
        Drill drill = new Drill(codebook, outline, scope,
                similarTitles != null ? similarTitles : new WordOverlap(outline, scope.from(), scope.to()), options,
                chosenSeed);
        List<QuestionKind> askable = kinds.stream()
                .filter(kind -> kind.appliesTo(system) && drill.subjects(kind).length > 0)
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
        return new Quiz(system, codes.release().version(), chosenSeed, asked);
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
        for (Map.Entry<String, BiFunction<CodeQuery, String, CodeQuery>> narrowing : narrowings.entrySet()) {
            String named = narrowing.getKey().substring(narrowing.getKey().indexOf(' ') + 1);
            narrowing.getValue().apply(codes.codes(), named); // checks the node exists and is of the kind named
            int node = outline.ordinal(codes.code(named).orElseThrow().code()).orElseThrow();
            if (root < 0 || outline.end[node] - node < to - from) {
                root = node;
            }
            from = Math.max(from, node);
            to = Math.min(to, outline.end[node]);
        }
        if (from >= to) {
            throw new IllegalArgumentException(describe(codes) + " holds no codes: the scopes do not overlap");
        }
        return new Drill.Scope(root, from, to, billableOnly, minDepth, maxDepth);
    }

    private String describe(CodeSet codes) {
        String scope = narrowings.isEmpty() ? "all of " : String.join(", ", narrowings.keySet()) + " of ";
        String filters = (billableOnly ? ", billable codes only" : "")
                + (minDepth > 1 || maxDepth < Integer.MAX_VALUE ? ", codes of " + minDepth + " to "
                        + (maxDepth == Integer.MAX_VALUE ? "any number of" : String.valueOf(maxDepth))
                        + " characters" : "");
        return scope + codes.release().label() + filters;
    }
}
