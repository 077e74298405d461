package dev.codebook.internal.table;

import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The nodes of one release of one code system, held in memory in hierarchy preorder, with the file format that stores
 * them in an index.
 *
 * <p>Lookup and navigation answer from this table alone, without touching Lucene: a node is a position, its subtree is
 * the range from it to {@link #subtreeEnd(int)}, and codes are found through a hash of their normalised keys. The
 * table is immutable once read and safe to share between threads.
 *
 * <p>Format 4 (this one; see {@link TableFile} for the container) stores the table as the columns it is held in: a
 * few dozen arrays, used where they lie in the memory-mapped file, with the key hash computed by the writer
 * ({@link PositionIndex}) and every string in one UTF-8 array, decoded when first asked for ({@link TableText}).
 * Opening a table therefore reads no entry one by one and builds no per-node object: a string, a note, a 7th
 * character or an axis becomes an object when first asked for, and is kept.
 */
public final class CodeTable {

    /** The bits of a node's flags, and the day that stands for none; {@link TableWriter} writes them. */
    static final int BILLABLE = 1;
    static final int SEVENTH_CHARACTER_CODE = 2;
    static final int HAS_FROM = 8;
    static final int HAS_TO = 16;
    static final int HAS_ACTION = 32;
    static final int NO_DAY = Integer.MIN_VALUE;
    /** Joins an axis value's keys in the text; no key holds a line break. */
    static final String KEY_SEPARATOR = "\n";
    private static final Kind[] KINDS = Kind.values();
    private static final NoteKind[] NOTE_KINDS = NoteKind.values();

    private final CodeSystem system;
    private final String release;
    private final int size;
    private final ByteBuffer kinds;
    private final ByteBuffer flags;
    private final IntBuffer parents;
    private final IntBuffer subtreeEnds;
    private final IntBuffer billableCounts;
    /** Per node, the ids in {@link #text} of its title and short title; its code is the string of its position. */
    private final IntBuffer titles;
    private final IntBuffer shortTitles;
    /** A node's notes are those from {@code noteStarts.get(p)} up to {@code noteStarts.get(p + 1)}; so for 7ths. */
    private final IntBuffer noteStarts;
    private final ByteBuffer noteKinds;
    private final IntBuffer noteTexts;
    private final IntBuffer seventhStarts;
    private final CharBuffer seventhCharacters;
    private final IntBuffer seventhMeanings;
    /** Per node, its first and last day and its HCPCS action; empty when no node of the release has one. */
    private final IntBuffer fromDays;
    private final IntBuffer toDays;
    private final CharBuffer actionCodes;
    private final IntBuffer actionDays;
    /** A node's axes: the distinct axes that {@code axisRefs} names from {@code axisStarts.get(p)} on. */
    private final IntBuffer axisStarts;
    private final IntBuffer axisRefs;
    private final IntBuffer axisNames;
    private final CharBuffer axisCharacters;
    private final IntBuffer axisValues;
    /** Per distinct axis, its definition ("" for none) and its keys joined by {@link #KEY_SEPARATOR}. */
    private final IntBuffer axisDefinitions;
    private final IntBuffer axisKeys;
    private final TableText text;
    private final PositionIndex positions;
    /**
     * The values built on first use and kept, so that every caller shares them. As in {@link TableText}, a racy but
     * benign memo: each slot only ever receives equal immutable values (lists from {@code List.of} and records,
     * whose final fields publish them safely), so a thread sees either null, and builds one itself, or a whole value.
     */
    private final List<Note>[] builtNotes;
    private final List<SeventhCharacter>[] builtSevenths;
    private final Axis[] builtAxes;

    @SuppressWarnings("unchecked")
    private CodeTable(TableFile.Reader in) throws IOException {
        system = CodeSystem.of(in.string());
        release = in.string();
        size = in.integer();
        kinds = in.bytes("kinds", size);
        flags = in.bytes("flags", size);
        parents = in.ints("parents", size);
        subtreeEnds = in.ints("subtree ends", size);
        billableCounts = in.ints("billable counts", size);
        titles = in.ints("titles", size);
        shortTitles = in.ints("short titles", size);
        noteStarts = in.ints("note starts", size + 1);
        noteKinds = in.bytes("note kinds");
        noteTexts = in.ints("note texts", noteKinds.capacity());
        seventhStarts = in.ints("7th character starts", size + 1);
        seventhCharacters = in.chars("7th characters");
        seventhMeanings = in.ints("7th character meanings", seventhCharacters.capacity());
        fromDays = in.ints("first days", 0, size);
        toDays = in.ints("last days", 0, size);
        actionCodes = in.chars("action codes", 0, size);
        actionDays = in.ints("action days", actionCodes.capacity());
        axisStarts = in.ints("axis starts", 0, size + 1);
        axisRefs = in.ints("axis references");
        axisNames = in.ints("axis names");
        axisCharacters = in.chars("axis characters", axisNames.capacity());
        axisValues = in.ints("axis values", axisNames.capacity());
        axisDefinitions = in.ints("axis definitions", axisNames.capacity());
        axisKeys = in.ints("axis keys", axisNames.capacity());
        positions = new PositionIndex(in.ints("key hash slots"));
        text = new TableText(in.ints("string starts"), in.bytes("text"));
        in.end();
        if (!positions.isWellFormed() || !text.fitsText() || text.count() < size) {
            throw in.damaged("its key hash or its text does not fit its nodes");
        }
        builtNotes = (List<Note>[]) new List<?>[size];
        builtSevenths = (List<SeventhCharacter>[]) new List<?>[size];
        builtAxes = new Axis[axisNames.capacity()];
    }

    /** The key a code is found by: upper case, without dots or white space ("E119" for "e11.9 "). */
    public static String key(String code) {
        StringBuilder key = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (isKeyCharacter(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString();
    }

    /** Whether {@link #key} keeps {@code c} (upper-cased): all but dots and white space. */
    static boolean isKeyCharacter(char c) {
        return c != '.' && !Character.isWhitespace(c);
    }

    /**
     * Writes the entries, in preorder, to {@code file}.
     *
     * @throws IllegalArgumentException when two entries share a key
     */
    public static void write(Path file, CodeSystem system, String release, List<TableEntry> entries)
            throws IOException {
        TableWriter.write(file, system, release, entries);
    }

    /** Reads a table written by {@link #write}; a damaged or foreign file fails with its name and what is wrong. */
    public static CodeTable read(Path file) throws IOException {
        return new CodeTable(TableFile.read(file));
    }

    public CodeSystem system() {
        return system;
    }

    public String release() {
        return release;
    }

    /** The number of nodes. */
    public int size() {
        return size;
    }

    /**
     * The position of the node whose key (see {@link #key}) or canonical code is {@code key}: "E119" and "E11.9" are
     * found, "e11.9" is not. A key never contains a dot, so the two forms never name different nodes.
     */
    public OptionalInt position(String key) {
        int position = positions.find(key, text);
        return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }

    public String code(int position) {
        return text.code(position);
    }

    public Kind kind(int position) {
        return KINDS[kinds.get(position)];
    }

    public boolean isBillable(int position) {
        return (flags.get(position) & BILLABLE) != 0;
    }

    /** Whether the node's last character is a 7th character appended to its parent. */
    public boolean isSeventhCharacterCode(int position) {
        return (flags.get(position) & SEVENTH_CHARACTER_CODE) != 0;
    }

    /** The parent's position, or -1 for a top-level node. */
    public int parent(int position) {
        return parents.get(position);
    }

    /** One past the last position of the node's subtree: its descendants are {@code position + 1} up to this. */
    public int subtreeEnd(int position) {
        return subtreeEnds.get(position);
    }

    /**
     * The positions of the node's children; of the top-level nodes for -1. In preorder each child's subtree ends where
     * the next child starts, so this steps over subtrees instead of scanning them.
     */
    public IntStream children(int position) {
        int end = position < 0 ? size() : subtreeEnd(position);
        return IntStream.iterate(position + 1, p -> p < end, this::subtreeEnd);
    }

    /** The number of billable nodes in the subtree, the node included. */
    public int billableCount(int position) {
        return billableCounts.get(position);
    }

    public String title(int position) {
        return text.get(titles.get(position));
    }

    public String shortTitle(int position) {
        return text.get(shortTitles.get(position));
    }

    /** The notes the node states itself. */
    public List<Note> ownNotes(int position) {
        List<Note> notes = builtNotes[position];
        if (notes == null) {
            int first = noteStarts.get(position);
            Note[] own = new Note[noteStarts.get(position + 1) - first];
            for (int n = 0; n < own.length; n++) {
                int note = first + n;
                own[n] = new Note(NOTE_KINDS[noteKinds.get(note)], text.get(noteTexts.get(note)), code(position));
            }
            notes = List.of(own);
            builtNotes[position] = notes;
        }
        return notes;
    }

    /** The 7th-character definitions the node states itself. */
    public List<SeventhCharacter> ownSeventhCharacters(int position) {
        List<SeventhCharacter> sevenths = builtSevenths[position];
        if (sevenths == null) {
            int first = seventhStarts.get(position);
            SeventhCharacter[] own = new SeventhCharacter[seventhStarts.get(position + 1) - first];
            for (int n = 0; n < own.length; n++) {
                int seventh = first + n;
                own[n] = new SeventhCharacter(seventhCharacters.get(seventh), text.get(seventhMeanings.get(seventh)),
                        code(position));
            }
            sevenths = List.of(own);
            builtSevenths[position] = sevenths;
        }
        return sevenths;
    }

    /** Whether the node states any notes: a cheap test before {@link #ownNotes}. */
    public boolean hasNotes(int position) {
        return noteStarts.get(position + 1) > noteStarts.get(position);
    }

    /** Whether the node defines 7th characters. */
    public boolean definesSeventhCharacters(int position) {
        return seventhStarts.get(position + 1) > seventhStarts.get(position);
    }

    /** The days the node may be reported on, when it states its own. */
    public EffectiveDates effectiveDates(int position) {
        int flag = flags.get(position);
        if ((flag & (HAS_FROM | HAS_TO)) == 0) {
            return EffectiveDates.ALWAYS;
        }
        return new EffectiveDates(
                (flag & HAS_FROM) != 0 ? Optional.of(day(fromDays.get(position))) : Optional.empty(),
                (flag & HAS_TO) != 0 ? Optional.of(day(toDays.get(position))) : Optional.empty());
    }

    /** The release's maintenance action on the node (HCPCS). */
    public Optional<Action> action(int position) {
        if ((flags.get(position) & HAS_ACTION) == 0) {
            return Optional.empty();
        }
        int effective = actionDays.get(position);
        return Optional.of(new Action(actionCodes.get(position),
                effective == NO_DAY ? Optional.empty() : Optional.of(day(effective))));
    }

    private static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** What each of the node's characters stands for (ICD-10-PCS); empty in other systems. */
    public List<Axis> axes(int position) {
        if (axisStarts.capacity() == 0) {
            return List.of();
        }
        int first = axisStarts.get(position);
        Axis[] own = new Axis[axisStarts.get(position + 1) - first];
        for (int n = 0; n < own.length; n++) {
            own[n] = axis(axisRefs.get(first + n));
        }
        return List.of(own);
    }

    /** One of the release's distinct axes: some 550,000 axis places of ICD-10-PCS share a few thousand. */
    private Axis axis(int id) {
        Axis axis = builtAxes[id];
        if (axis == null) {
            String definition = text.get(axisDefinitions.get(id));
            String keys = text.get(axisKeys.get(id));
            axis = new Axis(text.get(axisNames.get(id)), axisCharacters.get(id), text.get(axisValues.get(id)),
                    definition.isEmpty() ? Optional.empty() : Optional.of(definition),
                    keys.isEmpty() ? List.of() : List.of(keys.split(KEY_SEPARATOR)));
            builtAxes[id] = axis;
        }
        return axis;
    }
}
