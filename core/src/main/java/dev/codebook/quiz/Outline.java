package dev.codebook.quiz;

import dev.codebook.CodeSet;
import dev.codebook.check.NoteReferences;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.internal.CodeSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The hierarchy of one release as arrays in code order, with the words of each title and the inclusion terms of each
 * node: what a quiz samples subjects and distractors from. A node is an ordinal; its subtree runs from it up to
 * {@link #end}. Built once per release from the public {@link CodeSet} API and kept while the release is in use.
 */
final class Outline {

    /** Words too common in titles to make two titles alike. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "as", "at", "by", "due", "for", "from",
            "in", "of", "on", "or", "the", "to", "with", "without", "w", "other", "unspecified", "specified", "not",
            "elsewhere", "classified", "nos", "nec");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    final String[] code;
    final Kind[] kind;
    final boolean[] billable;
    final boolean[] seventhCharacterCode;
    final String[] title;
    /** Whether an Excludes1 note is in force at the node, its own or an ancestor's. */
    final boolean[] excludes1InForce;
    /** Whether a code-first note that names codes is in force at the node, its own or an ancestor's. */
    final boolean[] codeFirstInForce;
    final int[] parent;
    private final byte[] depth;
    final int[] end;
    /** Per node, the ids of the distinct words of its title. */
    final int[][] words;
    /** Per word id, the nodes whose titles hold it, in code order. */
    final int[][] postings;
    /** The nodes of code level that are not billable, in code order. */
    final int[] headers;
    /** Per node, the inclusion terms it states itself. */
    final List<List<String>> inclusionTerms;
    /** Per inclusion term in lower case, the nodes that state it. */
    final Map<String, int[]> inclusionTermHolders;
    private final Map<String, Integer> ordinals;
    private final Map<QuestionKind, int[]> askable = new ConcurrentHashMap<>();

    private Outline(CodeSet codes) {
        int size = codes.size();
        code = new String[size];
        kind = new Kind[size];
        billable = new boolean[size];
        seventhCharacterCode = new boolean[size];
        title = new String[size];
        excludes1InForce = new boolean[size];
        codeFirstInForce = new boolean[size];
        parent = new int[size];
        depth = new byte[size];
        end = new int[size];
        words = new int[size][];
        inclusionTerms = new ArrayList<>(size);
        ordinals = new HashMap<>(size * 2);
        Map<String, Integer> wordIds = new HashMap<>();
        List<List<Integer>> wordPostings = new ArrayList<>();
        Map<String, List<Integer>> holders = new TreeMap<>();
        int next = 0;
        for (Code chapter : codes.chapters()) {
            next = visit(codes, chapter, -1, next, wordIds, wordPostings, holders);
        }
        postings = wordPostings.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        Map<String, int[]> termHolders = new HashMap<>();
        holders.forEach((term, list) -> termHolders.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        inclusionTermHolders = termHolders;
        headers = IntStream.range(0, size).filter(node -> isCodeLevel(node) && !billable[node]).toArray();
    }

    /** The outline of a release, built on first use and kept with the release while it is open. */
    static Outline of(CodeSet codes) {
        return CodeSets.<CodeSet>access().derived(codes, Outline.class, Outline::new);
    }

    /** Numbers the node and its subtree in preorder; answers the next free ordinal. */
    private int visit(CodeSet codes, Code node, int parentOrdinal, int ordinal, Map<String, Integer> wordIds,
            List<List<Integer>> wordPostings, Map<String, List<Integer>> holders) {
        code[ordinal] = node.code();
        kind[ordinal] = node.kind();
        billable[ordinal] = node.billable();
        seventhCharacterCode[ordinal] = node.seventhCharacter().isPresent();
        title[ordinal] = node.title();
        parent[ordinal] = parentOrdinal;
        depth[ordinal] = (byte) node.code().replace(".", "").length();
        ordinals.put(node.code(), ordinal);
        words[ordinal] = wordsOf(node.title()).stream().mapToInt(word -> {
            int id = wordIds.computeIfAbsent(word, w -> {
                wordPostings.add(new ArrayList<>());
                return wordPostings.size() - 1;
            });
            wordPostings.get(id).add(ordinal);
            return id;
        }).toArray();
        List<String> terms = node.notes().stream()
                .filter(note -> note.kind() == NoteKind.INCLUSION_TERM && note.source().equals(node.code()))
                .map(Note::text)
                .toList();
        inclusionTerms.add(terms);
        excludes1InForce[ordinal] = !node.notes(NoteKind.EXCLUDES1).isEmpty();
        codeFirstInForce[ordinal] = node.notes(NoteKind.CODE_FIRST).stream()
                .anyMatch(note -> !NoteReferences.parse(note.text()).isEmpty());
        for (String term : terms) {
            holders.computeIfAbsent(normalise(term), t -> new ArrayList<>()).add(ordinal);
        }
        int next = ordinal + 1;
        for (Code child : codes.children(node.code())) {
            next = visit(codes, child, ordinal, next, wordIds, wordPostings, holders);
        }
        end[ordinal] = next;
        return next;
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
        return code.length;
    }

    /** The ordinal of a canonical code. */
    OptionalInt ordinal(String canonical) {
        Integer ordinal = ordinals.get(canonical);
        return ordinal == null ? OptionalInt.empty() : OptionalInt.of(ordinal);
    }

    boolean contains(int ancestor, int node) {
        return ancestor <= node && node < end[ancestor];
    }

    /** The nearest node of {@code wanted} kind at or above the node, or -1. */
    int enclosing(int node, Kind wanted) {
        for (int p = node; p >= 0; p = parent[p]) {
            if (kind[p] == wanted) {
                return p;
            }
        }
        return -1;
    }

    /** Whether the node is a code a coder could write down: a category, subcategory or code. */
    /** Whether a question may be about the node: a node of code level, or a HCPCS modifier. */
    boolean isSubjectLevel(int node) {
        return isCodeLevel(node) || kind[node] == Kind.MODIFIER;
    }

    boolean isCodeLevel(int node) {
        return kind[node] == Kind.CATEGORY || kind[node] == Kind.SUBCATEGORY || kind[node] == Kind.CODE;
    }

    /** The number of characters of a code without its dot: 3 for E11, 7 for S72.001A. */
    int depth(int node) {
        return depth[node];
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
