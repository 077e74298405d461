package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.internal.CodeSets;
import dev.codebook.internal.table.CodeTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The code references of every note of one release, resolved into the release's codes: what the encounter checks
 * apply. Get it from {@link #of(CodeSet)}; it is worked out on first use (a fraction
 * of a second for ICD-10-CM) and kept.
 *
 * <pre>{@code
 * NoteReferences references = NoteReferences.of(codebook.icd10cm());
 * references.resolve(NoteReferences.parse("diabetes mellitus (E08-E13 with .42)").get(0)); // E08.42, E09.42, ...
 * references.unresolved(); // the references that name no code of the release, with their notes
 * }</pre>
 */
public final class NoteReferences {

    /**
     * A reference that names no code of the release, with the note it comes from ({@link Note#source()} is the node
     * that states it).
     */
    public record Unresolved(CodeReference reference, Note note) {
        public Unresolved {
            requireNonNull(reference, "reference");
            requireNonNull(note, "note");
        }
    }

    /**
     * What one reference names: the subtrees of the release from {@code spans[2i]} up to {@code spans[2i + 1]}.
     * Not {@code exact} when the reference's condition gives no characters to test ("with fifth or sixth character to
     * indicate intent"), so that all the codes it narrows are named.
     */
    record Target(CodeReference reference, int[] spans, boolean exact) {

        boolean resolved() {
            return spans.length > 0;
        }
    }

    /**
     * One note a node states, with what each of its references names. The spans of all targets, in target order, are
     * also kept flat ({@code spans}, with the index of the target each comes from in {@code owners}) and bounded by
     * {@code low} and {@code high}: encounter checks ask of every note in force whether it names each other code, and
     * the common answer (a code far from what the note names) then takes two comparisons. Those are worked out from
     * the targets here, so that they cannot disagree with them.
     */
    static final class ResolvedNote {

        private final Note note;
        private final List<Target> targets;
        private final int[] spans;
        private final int[] owners;
        private final int low;
        private final int high;

        ResolvedNote(Note note, List<Target> targets) {
            this.note = note;
            this.targets = List.copyOf(targets);
            int size = targets.stream().mapToInt(target -> target.spans().length).sum();
            this.spans = new int[size];
            this.owners = new int[size / 2];
            int at = 0;
            int lowest = Integer.MAX_VALUE;
            int highest = Integer.MIN_VALUE;
            for (int owner = 0; owner < targets.size(); owner++) {
                int[] own = targets.get(owner).spans();
                for (int i = 0; i < own.length; i += 2, at += 2) {
                    spans[at] = own[i];
                    spans[at + 1] = own[i + 1];
                    owners[at / 2] = owner;
                    lowest = Math.min(lowest, own[i]);
                    highest = Math.max(highest, own[i + 1]);
                }
            }
            this.low = lowest;
            this.high = highest;
        }

        /** The note. */
        Note note() {
            return note;
        }

        /** What each of its references names, in the note's order. */
        List<Target> targets() {
            return targets;
        }

        /** The first target, in the note's order, that names the code at {@code position}. */
        Optional<Target> covering(int position) {
            int span = span(position);
            return span < 0 ? Optional.empty() : Optional.of(targets.get(owners[span / 2]));
        }

        boolean covers(int position) {
            return span(position) >= 0;
        }

        /** Whether any reference of the note names a code of the release. */
        boolean resolved() {
            return spans.length > 0;
        }

        private int span(int position) {
            if (position < low || position >= high) {
                return -1;
            }
            for (int i = 0; i < spans.length; i += 2) {
                if (spans[i] <= position && position < spans[i + 1]) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The notes of one kind that one node states, which the Tabular means as one instruction ("Code first underlying
     * disease, such as:", then one note per example): met by any code they name. What its findings say of it is
     * worked out once. Equal only to itself.
     */
    static final class Instruction {
        private final List<ResolvedNote> notes;
        private final String quoted;
        private final boolean conditional;
        private final boolean names;

        Instruction(List<ResolvedNote> notes) {
            this.notes = List.copyOf(notes);
            this.quoted = notes.stream().map(note -> "'" + note.note().text() + "'").collect(Collectors.joining("; "));
            this.conditional = notes.stream().map(note -> note.note().text().toLowerCase(Locale.ROOT))
                    .anyMatch(text -> text.contains("if applicable") || text.contains("any associated"));
            this.names = notes.stream().anyMatch(ResolvedNote::resolved);
        }

        List<ResolvedNote> notes() {
            return notes;
        }

        /** The node that states it. */
        String source() {
            return notes.get(0).note().source();
        }

        /** Its notes' texts, each in quotes, separated by semicolons. */
        String quoted() {
            return quoted;
        }

        /** Whether it says "if applicable" or "any associated": advice, not a rule. */
        boolean conditional() {
            return conditional;
        }

        /** Whether it names any code of the release. */
        boolean names() {
            return names;
        }

        /** Whether any of its notes names the code at {@code position}. */
        boolean covers(int position) {
            // Indexed: see EncounterCheck.
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).covers(position)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ResolvedNote[] NONE = new ResolvedNote[0];
    /** The kinds of note the checks apply, kept per node whether they name codes or not (a bare "code first"). */
    private static final Set<NoteKind> APPLIED = EnumSet.of(NoteKind.EXCLUDES1, NoteKind.CODE_FIRST,
            NoteKind.USE_ADDITIONAL_CODE, NoteKind.CODE_ALSO);
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z]");

    private final CodeSet codes;
    private final CodeTable table;
    /** Per position, the notes of the applied kinds that the node states itself; {@link #NONE} for most. */
    private final ResolvedNote[][] byPosition;
    /**
     * Per applied kind (by ordinal), per position: the instructions of that kind in force there, nearest first, each
     * the notes of the kind that one node states. A node that states none shares its parent's list, so this costs a
     * reference per node, and checks read it instead of walking up the hierarchy.
     */
    private final List<Instruction>[][] inForce;
    /**
     * Per position: every span the Excludes1 instructions in force there name, merged and sorted, so that "does any of
     * them name that code", which checks ask of every pair of diagnoses, is a binary search (shared with the parent,
     * as {@link #inForce} is). The other kinds are asked once per diagnosis: they go through the instructions.
     */
    private final int[][] excludedInForce;
    /** The positions of the categories, in code order: where a range's missing end category would stand. */
    private final int[] categories;
    private final List<Unresolved> unresolved = new ArrayList<>();
    private int count;

    NoteReferences(CodeSet codes, CodeTable table) {
        this.codes = codes;
        this.table = table;
        this.byPosition = new ResolvedNote[table.size()][];
        @SuppressWarnings("unchecked")
        List<Instruction>[][] byKind = new List[NoteKind.values().length][];
        this.inForce = byKind;
        this.categories = IntStream.range(0, table.size()).filter(p -> table.kind(p) == Kind.CATEGORY).toArray();
        for (int position = 0; position < table.size(); position++) {
            byPosition[position] = table.hasNotes(position) ? resolveNotes(position) : NONE;
        }
        for (NoteKind kind : APPLIED) {
            inForce[kind.ordinal()] = instructions(kind);
        }
        this.excludedInForce = named(inForce[NoteKind.EXCLUDES1.ordinal()]);
    }

    private ResolvedNote[] resolveNotes(int position) {
        List<ResolvedNote> resolved = new ArrayList<>();
        for (Note note : table.ownNotes(position)) {
            List<CodeReference> references = parse(note.text());
            if (references.isEmpty() && !APPLIED.contains(note.kind())) {
                continue;
            }
            List<Target> targets = new ArrayList<>(references.size());
            for (CodeReference reference : references) {
                Target target = target(reference);
                count++;
                if (!target.resolved()) {
                    unresolved.add(new Unresolved(reference, note));
                }
                targets.add(target);
            }
            if (APPLIED.contains(note.kind())) {
                resolved.add(new ResolvedNote(note, targets));
            }
        }
        return resolved.toArray(ResolvedNote[]::new);
    }

    /**
     * The resolved note references of a release: what the checks apply. Worked out on first use (about a second for
     * ICD-10-CM) and kept with the release while its codebook is open.
     */
    public static NoteReferences of(CodeSet release) {
        requireNonNull(release, "release");
        CodeSets.Access<CodeSet> access = CodeSets.access();
        return access.derived(release, NoteReferences.class, set -> new NoteReferences(set, access.table(set)));
    }

    /** The code references in a note's text, in order: {@code "type 1 diabetes mellitus (E10.-)"} names E10.-. */
    public static List<CodeReference> parse(String text) {
        return ReferenceParser.parse(requireNonNull(text, "text"));
    }

    /**
     * The nodes a reference names in this release, in code order, each standing for itself and every code below it;
     * empty when it names none.
     */
    public List<String> resolve(CodeReference reference) {
        int[] spans = target(requireNonNull(reference, "reference")).spans();
        List<String> heads = new ArrayList<>(spans.length / 2);
        for (int i = 0; i < spans.length; i += 2) {
            heads.add(table.code(spans[i]));
        }
        return heads;
    }

    /** Every reference of every note of the release that names no code of it, in code order of the notes' nodes. */
    public List<Unresolved> unresolved() {
        return List.copyOf(unresolved);
    }

    /** How many code references the notes of the release hold, resolved or not. */
    public int count() {
        return count;
    }

    /** The release. */
    public CodeSet release() {
        return codes;
    }

    /** The notes of the kinds the checks apply that the node at {@code position} states itself. */
    ResolvedNote[] at(int position) {
        return byPosition[position];
    }

    /**
     * The instructions of an applied kind in force at the node at {@code position}: per node at or above it that
     * states notes of the kind, those notes; nearest first.
     */
    List<Instruction> inForce(int position, NoteKind kind) {
        return inForce[kind.ordinal()][position];
    }

    /**
     * Whether an Excludes1 instruction in force at {@code position} names the code at {@code other}: a quick answer
     * for the common "no", before asking which instruction and which reference.
     */
    boolean excludes(int position, int other) {
        int[] spans = excludedInForce[position];
        int low = 0;
        int high = spans.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (other < spans[2 * middle]) {
                high = middle - 1;
            } else if (other >= spans[2 * middle + 1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Per position, the spans its instructions name, merged: one array per distinct list of instructions. */
    private static int[][] named(List<Instruction>[] instructions) {
        Map<List<Instruction>, int[]> merged = new IdentityHashMap<>();
        int[][] named = new int[instructions.length][];
        for (int position = 0; position < instructions.length; position++) {
            named[position] = merged.computeIfAbsent(instructions[position], NoteReferences::merge);
        }
        return named;
    }

    private static int[] merge(List<Instruction> instructions) {
        List<int[]> spans = new ArrayList<>();
        for (Instruction instruction : instructions) {
            for (ResolvedNote note : instruction.notes()) {
                for (Target target : note.targets()) {
                    for (int i = 0; i < target.spans().length; i += 2) {
                        spans.add(new int[] {target.spans()[i], target.spans()[i + 1]});
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        int[] merged = new int[2 * spans.size()];
        int count = 0;
        for (int[] span : spans) {
            if (count > 0 && span[0] <= merged[2 * count - 1]) {
                merged[2 * count - 1] = Math.max(merged[2 * count - 1], span[1]);
            } else {
                merged[2 * count] = span[0];
                merged[2 * count + 1] = span[1];
                count++;
            }
        }
        return Arrays.copyOf(merged, 2 * count);
    }

    /** {@link #inForce} of one kind for every position, parents before children as the table stores them. */
    @SuppressWarnings("unchecked")
    private List<Instruction>[] instructions(NoteKind kind) {
        List<Instruction>[] instructions = new List[table.size()];
        for (int position = 0; position < table.size(); position++) {
            int parent = table.parent(position);
            List<Instruction> above = parent < 0 ? List.of() : instructions[parent];
            // Most nodes state no note: they share their parent's list without a look at their own.
            List<ResolvedNote> own = List.of();
            for (ResolvedNote note : byPosition[position]) {
                if (note.note().kind() == kind) {
                    own = own.isEmpty() ? new ArrayList<>(2) : own;
                    own.add(note);
                }
            }
            if (own.isEmpty()) {
                instructions[position] = above;
            } else {
                List<Instruction> here = new ArrayList<>(above.size() + 1);
                here.add(new Instruction(own));
                here.addAll(above);
                instructions[position] = List.copyOf(here);
            }
        }
        return instructions;
    }

    CodeTable table() {
        return table;
    }

    Target target(CodeReference reference) {
        boolean range = !reference.first().equals(reference.last());
        OptionalInt first = table.position(CodeTable.key(reference.first()));
        OptionalInt last = table.position(CodeTable.key(reference.last()));
        // Some ranges end on a category ICD-10-CM leaves out (K00-K93, I60-I64: ICD-10 has K93 and I64; the CM does
        // not): the range then runs from or to where that category would stand.
        if (range && first.isEmpty()) {
            first = nearestCategory(reference.first(), true);
        }
        if (range && last.isEmpty()) {
            last = nearestCategory(reference.last(), false);
        }
        if (first.isEmpty() || last.isEmpty() || last.getAsInt() < first.getAsInt()) {
            return new Target(reference, new int[0], true);
        }
        int from = first.getAsInt();
        int to = table.subtreeEnd(last.getAsInt());
        if (reference.condition().isEmpty()) {
            return new Target(reference, new int[] {from, to}, true);
        }
        Optional<Condition> condition = Condition.read(reference.condition().get(),
                CodeTable.key(reference.first()).length());
        if (condition.isEmpty()) {
            return new Target(reference, new int[] {from, to}, false);
        }
        return new Target(reference, matching(condition.get(), from, to), true);
    }

    /** For a category the release lacks, the first category after it ({@code after}) or the last before it. */
    private OptionalInt nearestCategory(String category, boolean after) {
        if (!CATEGORY.matcher(category).matches()) {
            return OptionalInt.empty();
        }
        int low = 0;
        int high = categories.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (table.code(categories[middle]).compareTo(category) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int index = after ? low : low - 1;
        return index >= 0 && index < categories.length ? OptionalInt.of(categories[index]) : OptionalInt.empty();
    }

    /** The subtrees in [from, to) whose nodes all meet the condition, found by descending only where undecided. */
    private int[] matching(Condition condition, int from, int to) {
        List<Integer> spans = new ArrayList<>();
        int position = from;
        while (position < to) {
            Kind kind = table.kind(position);
            int end = table.subtreeEnd(position);
            if (kind == Kind.CHAPTER || kind == Kind.BLOCK) {
                position++;
                continue;
            }
            switch (condition.test(CodeTable.key(table.code(position)), end == position + 1)) {
                case MATCH -> {
                    spans.add(position);
                    spans.add(end);
                    position = end;
                }
                case FAIL -> position = end;
                default -> position++;
            }
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }
}
