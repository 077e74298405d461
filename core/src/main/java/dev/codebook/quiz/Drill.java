package dev.codebook.quiz;

import dev.codebook.CodeSet;
import dev.codebook.check.Checker;
import dev.codebook.check.CodeReference;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.NoteReferences;
import dev.codebook.check.Rule;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * What the question kinds share while one quiz is built: the release, the scope, the seeded randomness, where
 * distractors come from, and the words explanations are made of.
 */
final class Drill {

    /** Random probes per source before a source counts as spent. */
    private static final int PROBES = 12;
    private static final int SIMILAR = 12;

    final CodeSet codes;
    final Outline outline;
    /** The index the release belongs to: every question on a rule between codes is checked by its rule engine. */
    private final Checker checker;
    final SplittableRandom random;
    final int optionCount;
    private final SimilarTitles similar;
    private final Scope scope;
    private final int spreadFrom;
    private final int spreadTo;
    private final Map<QuestionKind, int[]> subjects = new HashMap<>();

    /**
     * Where subjects come from: the nodes from {@code from} up to {@code to} in code order, of code level, billable
     * when asked, with {@code minDepth} to {@code maxDepth} characters.
     */
    record Scope(int root, int from, int to, boolean billableOnly, int minDepth, int maxDepth) {
    }

    Drill(CodeSet codes, Outline outline, Scope scope, SimilarTitles similar, int optionCount, long seed) {
        this.codes = codes;
        this.outline = outline;
        this.checker = Checker.of(codes);
        this.random = new SplittableRandom(seed);
        this.optionCount = optionCount;
        this.similar = similar;
        this.scope = scope;
        // Distractors come from the scope, or from the block around it when the scope is narrower than a block.
        int spread = scope.root() < 0 ? -1 : outline.enclosing(scope.root(), Kind.BLOCK);
        boolean narrow = scope.root() >= 0 && outline.isCodeLevel(scope.root()) && spread >= 0;
        this.spreadFrom = narrow ? spread : scope.from();
        this.spreadTo = narrow ? outline.end(spread) : scope.to();
    }

    boolean inScope(int node) {
        int depth = outline.depth(node);
        return outline.isSubjectLevel(node) && (!scope.billableOnly() || outline.billable(node))
                && depth >= scope.minDepth() && depth <= scope.maxDepth();
    }

    /** The nodes in scope the kind can ask about, in code order. */
    int[] subjects(QuestionKind kind) {
        return subjects.computeIfAbsent(kind, k -> {
            int[] askable = outline.askable(k);
            int[] slice = Outline.slice(askable, scope.from(), scope.to());
            boolean filtered = scope.billableOnly() || scope.minDepth() > 1 || scope.maxDepth() < Integer.MAX_VALUE;
            return filtered
                    ? Arrays.stream(askable, slice[0], slice[1]).filter(this::inScope).toArray()
                    : Arrays.copyOfRange(askable, slice[0], slice[1]);
        });
    }

    /** The node as the release answers for it: every option is checked against this, not against the outline. */
    Code code(int node) {
        return codes.code(outline.code(node)).orElseThrow();
    }

    /**
     * The findings of one rule about {@code about} on an encounter of these diagnoses, in this order, as the rule
     * engine reports them against the quiz's release.
     */
    List<Finding> findings(Rule rule, String about, String... diagnoses) {
        return checker.check(Encounter.of(diagnoses)).findings(rule).stream()
                .filter(finding -> finding.codes().contains(about))
                .toList();
    }

    /** The nodes a note's code references name, each standing for its subtree; in the order the note names them. */
    List<Integer> named(Note note) {
        NoteReferences references = NoteReferences.of(codes);
        List<Integer> nodes = new ArrayList<>();
        for (CodeReference reference : NoteReferences.parse(note.text())) {
            for (String head : references.resolve(reference)) {
                outline.ordinal(head).ifPresent(nodes::add);
            }
        }
        return nodes;
    }

    /** Whether a distractor suits the scope: billable when the quiz asks only about billable codes. */
    boolean alike(Code code) {
        return !scope.billableOnly() || code.billable();
    }

    /** The same, read from the outline, to pass over candidates before building them. */
    boolean alike(int node) {
        return !scope.billableOnly() || outline.billable(node);
    }

    /**
     * Up to {@code wanted} distractors a learner could plausibly pick, distinct by {@code label} from each other and
     * from {@code taken}: the kind's {@code preferred} nodes, siblings of the anchor, its cousins in the same category
     * and block, and codes with similar titles, taken in turn; then any code of the scope, then of the release, when
     * those run short. A candidate must pass {@code plausible} on the outline, then {@code verify} on the code as the
     * release answers for it, which is what keeps a second right answer out.
     */
    List<Code> distractors(int anchor, int wanted, List<Integer> preferred, Set<String> taken,
            Function<Code, String> label, IntPredicate plausible, Predicate<Code> verify) {
        Candidates accept = new Candidates(label, plausible, verify);
        Set<String> labels = new HashSet<>(taken);
        Set<Integer> tried = new HashSet<>();
        tried.add(anchor);
        List<Code> chosen = new ArrayList<>();
        List<IntSupplier> sources = new ArrayList<>(List.of(
                fromList(preferred, false), fromList(siblings(anchor), true), cousins(anchor), similarTo(anchor)));
        while (chosen.size() < wanted && !sources.isEmpty()) {
            for (int s = 0; s < sources.size() && chosen.size() < wanted; s++) {
                int node = sources.get(s).getAsInt();
                if (node < 0) {
                    sources.remove(s--);
                } else if (spreadFrom <= node && node < spreadTo || preferred.contains(node)) {
                    consider(node, tried, labels, accept, chosen);
                }
            }
        }
        fill(spreadFrom, spreadTo, wanted, tried, labels, accept, chosen);
        fill(0, outline.size(), wanted, tried, labels, accept, chosen);
        return chosen;
    }

    /** How a kind judges candidates: cheaply on the outline first, then on the release. */
    private record Candidates(Function<Code, String> label, IntPredicate plausible, Predicate<Code> verify) {
    }

    private void fill(int from, int to, int wanted, Set<Integer> tried, Set<String> labels, Candidates accept,
            List<Code> chosen) {
        for (int probe = 0; probe < 5 * PROBES && chosen.size() < wanted && to > from; probe++) {
            consider(random.nextInt(from, to), tried, labels, accept, chosen);
        }
    }

    private void consider(int node, Set<Integer> tried, Set<String> labels, Candidates accept, List<Code> chosen) {
        if (!tried.add(node) || !outline.isCodeLevel(node) || !accept.plausible().test(node)) {
            return;
        }
        Code candidate = code(node);
        if (accept.verify().test(candidate) && labels.add(accept.label().apply(candidate))) {
            chosen.add(candidate);
        }
    }

    private IntSupplier fromList(List<Integer> nodes, boolean shuffled) {
        List<Integer> order = new ArrayList<>(nodes);
        if (shuffled) {
            shuffle(order);
        }
        int[] next = {0};
        return () -> next[0] < order.size() ? order.get(next[0]++) : -1;
    }

    /** Random nodes of the anchor's category, then of its block. */
    private IntSupplier cousins(int anchor) {
        int category = outline.enclosing(anchor, Kind.CATEGORY);
        int block = outline.enclosing(anchor, Kind.BLOCK);
        int[] probes = {0};
        return () -> {
            int range = probes[0] < PROBES && category >= 0 ? category : block;
            if (probes[0]++ >= 2 * PROBES || range < 0) {
                return -1;
            }
            return random.nextInt(range, outline.end(range));
        };
    }

    private IntSupplier similarTo(int anchor) {
        List<Integer> found = new ArrayList<>();
        boolean[] asked = {false};
        int[] next = {0};
        return () -> {
            if (!asked[0]) {
                asked[0] = true;
                for (String code : similar.similarTo(outline.code(anchor), SIMILAR)) {
                    OptionalInt node = outline.ordinal(code);
                    node.ifPresent(found::add);
                }
            }
            return next[0] < found.size() ? found.get(next[0]++) : -1;
        };
    }

    /** The other children of the node's parent, in code order. */
    List<Integer> siblings(int node) {
        int parent = outline.parent(node);
        List<Integer> siblings = new ArrayList<>();
        if (parent >= 0) {
            for (int p = parent + 1; p < outline.end(parent); p = outline.end(p)) {
                if (p != node) {
                    siblings.add(p);
                }
            }
        }
        return siblings;
    }

    /** Puts the right option among the wrong ones at a random place and makes the question. */
    Question question(QuestionKind kind, String prompt, int subject, Option right, List<Option> wrong) {
        List<Option> options = new ArrayList<>(wrong);
        int answer = random.nextInt(options.size() + 1);
        options.add(answer, right);
        return new Question(kind.id(), prompt, outline.code(subject), options, answer, right.explanation());
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    /** "E11 (Type 2 diabetes mellitus)", "E08-E13 (Diabetes mellitus)", "chapter 4 (Endocrine, ...)". */
    String named(int node) {
        String prefix = outline.kind(node) == Kind.CHAPTER ? "chapter " : "";
        String title = outline.title(node);
        // Chapter and block titles end with their range, "Diabetes mellitus (E08-E13)": once is enough.
        int range = title.lastIndexOf(" (");
        if (!outline.isCodeLevel(node) && range > 0 && title.endsWith(")")) {
            title = title.substring(0, range);
        }
        return prefix + outline.code(node) + " (" + title + ")";
    }

    /** Where a node stands: "a billable code under E11.2 (...), in block E08-E13 (...)". */
    String place(int node) {
        StringBuilder place = new StringBuilder(outline.billable(node) ? "a billable " : "a non-billable ")
                .append(outline.kind(node).label());
        int parent = outline.parent(node);
        if (parent >= 0) {
            place.append(" under ").append(named(parent));
        }
        int block = outline.enclosing(parent < 0 ? node : parent, Kind.BLOCK);
        if (block >= 0 && block != parent) {
            place.append(", in block ").append(named(block));
        }
        return place.toString();
    }

    /** How {@code other} stands to {@code subject} in the hierarchy, for explaining why it was a plausible pick. */
    String relation(int subject, int other) {
        if (outline.contains(other, subject)) {
            return "a header above " + outline.code(subject);
        }
        if (outline.contains(subject, other)) {
            return "below " + outline.code(subject);
        }
        int common = outline.parent(other);
        while (common >= 0 && !outline.contains(common, subject)) {
            common = outline.parent(common);
        }
        if (common < 0) {
            // Systems without chapters (HCPCS groups, a user's code set) have other top-level nodes.
            int top = other;
            while (outline.parent(top) >= 0) {
                top = outline.parent(top);
            }
            return "in another " + outline.kind(top).label() + ", " + named(top);
        }
        if (common == outline.parent(subject) && common == outline.parent(other)) {
            return "a sibling of " + outline.code(subject) + " under " + named(common);
        }
        return outline.kind(common) == Kind.CHAPTER
                ? "in the same " + named(common)
                : "in the same " + outline.kind(common).label() + ", " + named(common);
    }
}
