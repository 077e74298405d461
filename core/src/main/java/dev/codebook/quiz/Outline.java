package dev.codebook.quiz;

import dev.codebook.CodeSet;
import dev.codebook.check.NoteReferences;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.internal.CodeSets;
import dev.codebook.internal.table.CodeTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The hierarchy of one release as a quiz walks it: a node is its position in the release's memory-mapped code table
 * (code order, preorder), its subtree runs from it up to {@link #end}, and its code, kind, title, parent and notes are
 * read from the table. On the heap are only the indexes the table lacks: which nodes hold each title word, which
 * state each inclusion term, and the subjects each kind can ask about. Built once per release and kept while the
 * release is open.
 */
final class Outline {

    /** Words too common in titles to make two titles alike. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "as", "at", "by", "due", "for", "from",
            "in", "of", "on", "or", "the", "to", "with", "without", "w", "other", "unspecified", "specified", "not",
            "elsewhere", "classified", "nos", "nec");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final CodeTable table;
    /**
     * Per title word, the nodes whose titles hold it, in code order: codes with similar titles are found through it,
     * and the table has no index of title words (finding them would read every title of the scope).
     */
    private final Map<String, int[]> postings;
    /**
     * Per inclusion term in lower case, the nodes that state it: a question on a term must know every node that
     * lists it, and the table has no index of note texts (finding them would read every note of the release).
     */
    private final Map<String, int[]> inclusionTermHolders;
    /** Per kind, the nodes it can ask about: deciding reads, for some kinds parses, the notes of every node. */
    private final Map<QuestionKind, int[]> askable = new ConcurrentHashMap<>();

    private Outline(CodeTable table) {
        this.table = table;
        Map<String, List<Integer>> byWord = new HashMap<>();
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int node = 0; node < table.size(); node++) {
            for (String word : wordsOf(title(node))) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(node);
            }
            for (String term : inclusionTerms(node)) {
                holders.computeIfAbsent(normalise(term), t -> new ArrayList<>()).add(node);
            }
        }
        this.postings = toArrays(byWord);
        this.inclusionTermHolders = toArrays(holders);
    }

    /** The outline of a release, built on first use and kept with the release while it is open. */
    static Outline of(CodeSet codes) {
        CodeSets.Access<CodeSet> access = CodeSets.access();
        return access.derived(codes, Outline.class, set -> new Outline(access.table(set)));
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /** The distinct content words of a title, in lower case, in order of appearance. */
    static List<String> wordsOf(String text) {
        List<String> found = new ArrayList<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word) && !found.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** How inclusion terms and titles are compared: case and surrounding space do not matter. */
    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The nodes of code level the kind can ask about, in code order; worked out once per kind. */
    int[] askable(QuestionKind kind) {
        return askable.computeIfAbsent(kind, k -> IntStream.range(0, size())
                .filter(node -> isSubjectLevel(node) && k.canAsk(this, node))
                .toArray());
    }

    int size() {
        return table.size();
    }

    /** The node of a canonical code (E11.9, not E119). */
    OptionalInt ordinal(String canonical) {
        OptionalInt position = table.position(canonical);
        return position.isPresent() && table.code(position.getAsInt()).equals(canonical) ? position
                : OptionalInt.empty();
    }

    String code(int node) {
        return table.code(node);
    }

    Kind kind(int node) {
        return table.kind(node);
    }

    boolean billable(int node) {
        return table.isBillable(node);
    }

    String title(int node) {
        return table.title(node);
    }

    /** Whether the node's last character is a 7th character appended to its parent. */
    boolean seventhCharacterCode(int node) {
        return table.isSeventhCharacterCode(node);
    }

    /** The parent, or -1 for a chapter. */
    int parent(int node) {
        return table.parent(node);
    }

    /** One past the node's subtree. */
    int end(int node) {
        return table.subtreeEnd(node);
    }

    boolean contains(int ancestor, int node) {
        return ancestor <= node && node < end(ancestor);
    }

    /** The nearest node of {@code wanted} kind at or above the node, or -1. */
    int enclosing(int node, Kind wanted) {
        for (int p = node; p >= 0; p = parent(p)) {
            if (kind(p) == wanted) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a question may be about the node: a node of code level, or a HCPCS modifier. */
    boolean isSubjectLevel(int node) {
        return isCodeLevel(node) || kind(node) == Kind.MODIFIER;
    }

    /** Whether the node is a code a coder could write down: a category, subcategory or code. */
    boolean isCodeLevel(int node) {
        Kind kind = kind(node);
        return kind == Kind.CATEGORY || kind == Kind.SUBCATEGORY || kind == Kind.CODE;
    }

    /** The number of characters of a code without its dot: 3 for E11, 7 for S72.001A. */
    int depth(int node) {
        return (int) code(node).chars().filter(c -> c != '.').count();
    }

    /** The nodes of code level that are not billable (headers) in the node's subtree, in code order. */
    int[] headers(int node) {
        return IntStream.range(node, end(node)).filter(p -> isCodeLevel(p) && !billable(p)).toArray();
    }

    /** The inclusion terms the node states itself. */
    List<String> inclusionTerms(int node) {
        if (!table.hasNotes(node)) {
            return List.of();
        }
        return table.ownNotes(node).stream()
                .filter(note -> note.kind() == NoteKind.INCLUSION_TERM)
                .map(Note::text)
                .toList();
    }

    /** The nodes that state the inclusion term, in code order; empty when none does. */
    int[] inclusionTermHolders(String term) {
        return inclusionTermHolders.getOrDefault(normalise(term), new int[0]);
    }

    /** Whether an Excludes1 note is in force at the node, its own or an ancestor's. */
    boolean excludes1InForce(int node) {
        return inForce(node, note -> note.kind() == NoteKind.EXCLUDES1);
    }

    /** Whether a code-first note that names codes is in force at the node, its own or an ancestor's. */
    boolean codeFirstInForce(int node) {
        return inForce(node, note -> note.kind() == NoteKind.CODE_FIRST
                && !NoteReferences.parse(note.text()).isEmpty());
    }

    /** Whether the node or one above it states a note that {@code wanted} accepts (a kind its nodes inherit). */
    private boolean inForce(int node, Predicate<Note> wanted) {
        for (int p = node; p >= 0; p = parent(p)) {
            if (table.hasNotes(p) && table.ownNotes(p).stream().anyMatch(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Per content word of the node's title, in order, the nodes whose titles hold it, in code order. */
    int[][] titleWordPostings(int node) {
        return wordsOf(title(node)).stream().map(postings::get).toArray(int[][]::new);
    }

    /** The positions in {@code sorted} that fall in [from, to). */
    static int[] slice(int[] sorted, int from, int to) {
        int start = Arrays.binarySearch(sorted, from);
        int stop = Arrays.binarySearch(sorted, to);
        start = start < 0 ? -start - 1 : start;
        stop = stop < 0 ? -stop - 1 : stop;
        return new int[] {start, stop};
    }
}
