package dev.codebook;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Release;
import dev.codebook.code.Scope;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.internal.CodeSets;
import dev.codebook.internal.Systems;
import dev.codebook.internal.system.SystemRules;
import dev.codebook.internal.table.CodeTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One release of one code system: lookup, validation and navigation of its codes.
 *
 * <p>Get one from {@link Codebook#icd10cm()} or {@link Codebook#system(CodeSystem)}. Every method takes codes as a
 * user would type them: case, surrounding spaces and the dot do not matter ({@code "e119"} finds E11.9). Lookup and
 * validation never throw for bad input; the navigation methods throw {@link UnknownCodeException} for a code the
 * release does not hold, since no answer would be right. Immutable and safe to share between threads.
 */
public final class CodeSet {

    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private final Release release;
    private final int size;
    private final SystemRules rules;
    private final List<Code> chapters;
    /**
     * Null once closed. Its {@code built} holds the public value of each node, built on first use and kept: lookups
     * of a code already asked for then cost no more than the hash lookup. Codes are immutable, so two threads racing
     * to fill a slot build equal values and either may win.
     */
    private volatile Open open;

    static {
        CodeSets.register(new CodeSets.Access<CodeSet>() {
            @Override
            public CodeTable table(CodeSet codeSet) {
                return codeSet.table();
            }

            @Override
            public OptionalInt position(CodeSet codeSet, String input) {
                return codeSet.position(input);
            }

            @Override
            public Code code(CodeSet codeSet, int position) {
                return codeSet.codeAt(position);
            }

            @Override
            public <T> T derived(CodeSet codeSet, Class<T> type, Function<CodeSet, T> compute) {
                Map<Class<?>, Object> derived = codeSet.open().derived();
                Object kept = derived.get(type);
                if (kept == null) {
                    // Not computeIfAbsent: one derived value may ask for another while it is computed. Two threads
                    // may both compute it; they get equal values, and the first kept wins.
                    Object computed = compute.apply(codeSet);
                    kept = derived.putIfAbsent(type, computed);
                    kept = kept == null ? computed : kept;
                }
                return type.cast(kept);
            }
        });
    }

    CodeSet(Release release, CodeTable table) {
        this.release = release;
        this.size = table.size();
        this.rules = Systems.of(release.system());
        this.open = new Open(table, new Validator(this, table, rules), new Code[size],
                new ConcurrentHashMap<>());
        this.chapters = table().children(-1).mapToObj(this::codeAt).toList();
    }

    /** The release's table and what is built from it: dropped on close, so that its memory map can go. */
    private record Open(CodeTable table, Validator validator, Code[] built, Map<Class<?>, Object> derived) {
    }

    private Open open() {
        Open state = open;
        if (state == null) {
            throw new IllegalStateException("codebook closed: " + release.label() + " can no longer be read");
        }
        return state;
    }

    CodeTable table() {
        return open().table();
    }

    /** Releases the table; any use afterwards throws {@link IllegalStateException}. */
    void close() {
        open = null;
    }


    /** The code system. */
    public CodeSystem system() {
        return release.system();
    }

    /** The release this set answers from, with its effective dates and sources. */
    public Release release() {
        return release;
    }

    /** The number of nodes: chapters, blocks, categories, subcategories and codes. */
    public int size() {
        return table().size();
    }

    /** The node {@code input} names, if the release holds it: {@code code("e11.9 ")} is E11.9. */
    public Optional<Code> code(String input) {
        OptionalInt position = position(input);
        return position.isPresent() ? Optional.of(codeAt(position.getAsInt())) : Optional.empty();
    }

    /** Whether the release holds the node {@code input} names. */
    public boolean contains(String input) {
        return position(input).isPresent();
    }

    /**
     * Checks one input: whether it may be reported as it stands, and if not, why and what to use instead. A code
     * with dates of its own (HCPCS, a user's code set) is checked on the first day of the release; check it on the
     * date of service with {@link Validation#on}: {@code validate("G0202").on(LocalDate.of(2020, 6, 1))}.
     */
    public Validation validate(String input) {
        requireNonNull(input, "input");
        return open().validator().validate(input, release.effectiveFrom());
    }

    /**
     * Checks one input for a service on {@code dateOfService}, from this release when it is in effect on that day,
     * with the code's own dates (HCPCS, a user's code set) checked as {@link Validation#on} does; when the release is
     * not in effect then, the verdict is {@link Verdict#NO_RELEASE}, never an answer from another year.
     */
    public Validation validate(String input, LocalDate dateOfService) {
        requireNonNull(input, "input");
        requireNonNull(dateOfService, "dateOfService");
        if (!release.inEffectOn(dateOfService)) {
            return Validation.noRelease(input, release.system(), dateOfService,
                    release.labelWithDates() + " is not in effect on " + dateOfService + "; the date of service "
                            + "needs the release in effect on that day");
        }
        return open().validator().validate(input, dateOfService);
    }

    /** Checks each input, answering in the same order. */
    public List<Validation> validate(Collection<String> inputs) {
        List<Validation> validations = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            validations.add(validate(input));
        }
        return validations;
    }

    /**
     * The codes the release added, deleted, retitled or otherwise changed since the previous one, as its files state
     * them: the ICD-10-PCS addenda in their order, then the codes whose HCPCS action code records a change, in code
     * order (each code's {@link Code#action()} gives the action and the day it takes effect). Empty when the files
     * state none, as the ICD-10-CM Tabular and order file do.
     */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>(release.changes());
        for (int position = 0; position < table().size(); position++) {
            Optional<Change.Type> type = table().action(position).flatMap(Action::change);
            if (type.isPresent()) {
                changes.add(new Change(type.get(), table().code(position), table().title(position)));
            }
        }
        return List.copyOf(changes);
    }

    /** The changes of one type: {@code changes(Change.Type.ADDED)}. */
    public List<Change> changes(Change.Type type) {
        requireNonNull(type, "type");
        return changes().stream().filter(change -> change.type() == type).toList();
    }

    /**
     * The codes that differ between {@code earlier} and this release, computed from the two: added (here, not there),
     * deleted (there, not here; with its last title) and revised (in both, retitled), in code order. For ICD-10-PCS a
     * code counts as retitled only when its title says something new: what its characters stand for changed, or the
     * title names a value in words neither the earlier title nor the earlier labels hold (a label renamed, as
     * "Customizable" to "Custom-Made Anatomically Designed"). A release built from its tables has titles composed from
     * the labels, which may word a title unlike the codes file of another year without any change in meaning ({@link
     * #rewordedFrom} counts those).
     *
     * @throws IllegalArgumentException when {@code earlier} is of another system
     */
    public List<Change> changesFrom(CodeSet earlier) {
        requireNonNull(earlier, "earlier");
        if (!earlier.system().equals(system())) {
            throw new IllegalArgumentException("cannot compare " + release.label() + " with "
                    + earlier.release().label() + ": they are of different code systems");
        }
        List<Change> changes = new ArrayList<>();
        TreeMap<String, Code[]> both = new TreeMap<>();
        earlier.codes().kind(Kind.CODE).stream().forEach(code -> both.computeIfAbsent(code.code(), c -> new Code[2])[0]
                = code);
        codes().kind(Kind.CODE).stream().forEach(code -> both.computeIfAbsent(code.code(), c -> new Code[2])[1] = code);
        both.forEach((code, pair) -> {
            if (pair[0] == null) {
                changes.add(new Change(Change.Type.ADDED, code, pair[1].title()));
            } else if (pair[1] == null) {
                changes.add(new Change(Change.Type.DELETED, code, pair[0].title()));
            } else if (retitled(pair[0], pair[1]) && meaningChanged(pair[0], pair[1])) {
                changes.add(new Change(Change.Type.REVISED, code, pair[1].title()));
            }
        });
        return changes;
    }

    /** How many codes of both releases differ in title while their characters stand for the same (ICD-10-PCS). */
    public long rewordedFrom(CodeSet earlier) {
        requireNonNull(earlier, "earlier");
        return codes().kind(Kind.CODE).stream()
                .filter(code -> earlier.code(code.code()).filter(old -> retitled(old, code) && !meaningChanged(old,
                        code)).isPresent())
                .count();
    }

    private static boolean retitled(Code earlier, Code later) {
        return !earlier.title().equals(later.title());
    }

    private static boolean meaningChanged(Code earlier, Code later) {
        if (earlier.axes().isEmpty() || !values(earlier).equals(values(later))) {
            return true;
        }
        Set<String> said = words(earlier.title());
        values(earlier).forEach(value -> said.addAll(words(value)));
        return !said.containsAll(words(later.title()));
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(WORD_BREAKS.split(text.toLowerCase(Locale.ROOT))));
    }

    private static List<String> values(Code code) {
        return code.axes().stream().map(Axis::value).toList();
    }

    /** The top-level nodes: the 22 chapters of ICD-10-CM, the sections of ICD-10-PCS, the groups of HCPCS. */
    public List<Code> chapters() {
        return chapters;
    }

    /** The node directly above; empty for a chapter. */
    public Optional<Code> parent(String code) {
        int parent = table().parent(require(code));
        return parent < 0 ? Optional.empty() : Optional.of(codeAt(parent));
    }

    /** The nodes directly below, in code order. */
    public List<Code> children(String code) {
        return table().children(require(code)).mapToObj(this::codeAt).toList();
    }

    /** The nodes above, nearest first, up to and including the chapter. */
    public List<Code> ancestors(String code) {
        List<Code> ancestors = new ArrayList<>();
        for (int p = table().parent(require(code)); p >= 0; p = table().parent(p)) {
            ancestors.add(codeAt(p));
        }
        return ancestors;
    }

    /** All nodes below, in code order (depth first). */
    public Stream<Code> descendants(String code) {
        int position = require(code);
        return IntStream.range(position + 1, table().subtreeEnd(position)).mapToObj(this::codeAt);
    }

    /** The billable codes below, or the code itself when it is billable. */
    public Stream<Code> billableDescendants(String code) {
        int position = require(code);
        return IntStream.range(position, table().subtreeEnd(position))
                .filter(table()::isBillable)
                .mapToObj(this::codeAt);
    }

    /** The other nodes with the same parent, in code order; for a chapter, the other chapters. */
    public List<Code> siblings(String code) {
        int position = require(code);
        int parent = table().parent(position);
        return table().children(parent).filter(p -> p != position).mapToObj(this::codeAt).toList();
    }

    /** Whether {@code ancestor} stands above {@code descendant} (a node is not its own ancestor). */
    public boolean isAncestor(String ancestor, String descendant) {
        int above = require(ancestor);
        int below = require(descendant);
        return above < below && below < table().subtreeEnd(above);
    }

    /**
     * The lowest node that is an ancestor of both, or one of them when it stands above the other; empty when they
     * lie in different chapters.
     */
    public Optional<Code> commonAncestor(String first, String second) {
        int a = require(first);
        int b = require(second);
        for (int p = a; p >= 0; p = table().parent(p)) {
            if (p <= b && b < table().subtreeEnd(p)) {
                return Optional.of(codeAt(p));
            }
        }
        return Optional.empty();
    }

    /**
     * The node a scope names in this release: {@code node(Scope.chapter("4"))}.
     *
     * @throws UnknownCodeException     when the release has no such node
     * @throws IllegalArgumentException when the node is not of the kind the scope requires
     */
    public Code node(Scope scope) {
        requireNonNull(scope, "scope");
        return codeAt(position(scope));
    }

    int position(Scope scope) {
        int position = require(scope.code());
        Kind kind = table().kind(position);
        if (scope.kind().isPresent() && kind != scope.kind().get()) {
            throw new IllegalArgumentException("'" + scope.code() + "' is a " + kind.label() + " of "
                    + release.label() + ", not a " + scope.kind().get().label());
        }
        return position;
    }

    /** A query over all nodes of the release, to narrow with filters and stream: {@code codes().billableOnly()}. */
    public CodeQuery codes() {
        return new CodeQuery(this, 0, table().size());
    }

    OptionalInt position(String input) {
        requireNonNull(input, "input");
        // Most inputs come as the release writes them (E11.9, or E119 as claims carry it): found without normalising.
        OptionalInt asWritten = table().position(input);
        if (asWritten.isPresent()) {
            return asWritten;
        }
        Optional<String> key = rules.key(input);
        return key.isPresent() ? table().position(key.get()) : OptionalInt.empty();
    }

    int require(String code) {
        OptionalInt position = position(code);
        if (position.isEmpty()) {
            throw new UnknownCodeException(code, release.label() + " has no code '" + code + "'");
        }
        return position.getAsInt();
    }

    /** The public value of the node at {@code position}, with the notes that apply from above. */
    Code codeAt(int position) {
        Code[] built = open().built();
        Code code = built[position];
        if (code == null) {
            code = new Code(release.system(), release.version(), table().code(position), table().kind(position),
                    table().title(position), table().shortTitle(position), table().isBillable(position),
                    notesInForce(position), seventhCharactersInForce(position), table().effectiveDates(position),
                    table().action(position), table().axes(position));
            built[position] = code;
        }
        return code;
    }

    /**
     * A node's own notes, then those that apply to it from its ancestors, nearest first: every kind but inclusion
     * terms, which name what is classified to the node that states them, and the 7th-character instruction, of which
     * only the nearest applies (a subcategory that restates its 7th characters replaces the category's instruction).
     * A code generated with a 7th character also shows the inclusion terms of the entry it is generated from, its
     * parent, which name the same condition.
     */
    private List<Note> notesInForce(int position) {
        List<Note> own = table().ownNotes(position);
        List<Note> notes = null;
        boolean instructed = states(own, NoteKind.SEVENTH_CHARACTER_NOTE);
        int entry = table().isSeventhCharacterCode(position) ? table().parent(position) : -1;
        for (int p = table().parent(position); p >= 0; p = table().parent(p)) {
            if (!table().hasNotes(p)) {
                continue;
            }
            List<Note> stated = table().ownNotes(p);
            for (Note note : stated) {
                boolean applies = switch (note.kind()) {
                    case INCLUSION_TERM -> p == entry;
                    case SEVENTH_CHARACTER_NOTE -> !instructed;
                    default -> note.kind().inherited();
                };
                if (applies) {
                    if (notes == null) {
                        notes = new ArrayList<>(own.size() + 16);
                        notes.addAll(own);
                    }
                    notes.add(note);
                }
            }
            instructed |= states(stated, NoteKind.SEVENTH_CHARACTER_NOTE);
        }
        // A node that inherits nothing hands its own immutable list to the Code, which keeps it without a copy.
        return notes == null ? own : notes;
    }

    private static boolean states(List<Note> notes, NoteKind kind) {
        for (Note note : notes) {
            if (note.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 7th characters in force at a node: the definitions of its nearest defining ancestor, narrowed to those the
     * release lists for a code that takes one, or to the one a 7th-character code carries.
     */
    List<SeventhCharacter> seventhCharactersInForce(int position) {
        int definer = position;
        while (definer >= 0 && !table().definesSeventhCharacters(definer)) {
            definer = table().parent(definer);
        }
        if (definer < 0) {
            return List.of();
        }
        List<SeventhCharacter> defined = table().ownSeventhCharacters(definer);
        if (table().isSeventhCharacterCode(position)) {
            return withCharacters(defined, lastCharacters(IntStream.of(position)));
        }
        boolean takesSeventh = table().children(position).anyMatch(table()::isSeventhCharacterCode);
        return takesSeventh ? withCharacters(defined, lastCharacters(table().children(position))) : defined;
    }

    private String lastCharacters(IntStream positions) {
        StringBuilder characters = new StringBuilder();
        positions.filter(table()::isSeventhCharacterCode).forEach(p -> {
            String code = table().code(p);
            characters.append(code.charAt(code.length() - 1));
        });
        return characters.toString();
    }

    private static List<SeventhCharacter> withCharacters(List<SeventhCharacter> defined, String characters) {
        return defined.stream().filter(s -> characters.indexOf(s.character()) >= 0).toList();
    }

    @Override
    public String toString() {
        return release.label() + " (" + size + " nodes)";
    }
}
