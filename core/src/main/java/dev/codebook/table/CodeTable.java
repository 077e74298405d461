package dev.codebook.table;

import dev.codebook.Action;
import dev.codebook.Axis;
import dev.codebook.CodeSystem;
import dev.codebook.EffectiveDates;
import dev.codebook.Kind;
import dev.codebook.Note;
import dev.codebook.NoteKind;
import dev.codebook.SeventhCharacter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The nodes of one release of one code system, held in memory in hierarchy preorder, with the file format that stores
 * them in an index.
 *
 * <p>Lookup and navigation answer from this table alone, without touching Lucene: a node is a position, its subtree is
 * the range from it to {@link #subtreeEnd(int)}, and codes are found through a hash of their normalised keys. The
 * table is immutable once read and safe to share between threads.
 *
 * <p>Format 3 (this one): after the header, the release's distinct ICD-10-PCS axes (a count, then name, character
 * and value of each), since some 550,000 axis places share a few thousand values; then the entries, each with, after
 * its 7th characters and only when its flags say so, the first and last day the node may be reported on (epoch
 * days), its HCPCS action (the code as a char, then its effective day or Integer.MIN_VALUE), and its axes (a count,
 * then the position of each in the list of distinct axes).
 */
public final class CodeTable {

    private static final int MAGIC = 0x43424B54; // "CBKT"
    private static final int FORMAT = 3;
    private static final int BILLABLE = 1;
    private static final int SEVENTH_CHARACTER_CODE = 2;
    private static final int SHORT_TITLE_IS_TITLE = 4;
    private static final int HAS_FROM = 8;
    private static final int HAS_TO = 16;
    private static final int HAS_ACTION = 32;
    private static final int HAS_AXES = 64;
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final Axis[] NO_AXES = {};
    private static final Kind[] KINDS = Kind.values();
    private static final NoteKind[] NOTE_KINDS = NoteKind.values();
    private static final Note[] NO_NOTES = {};
    private static final SeventhCharacter[] NO_SEVENTH_CHARACTERS = {};

    private final CodeSystem system;
    private final String release;
    private final String[] codes;
    private final byte[] kinds;
    private final byte[] flags;
    private final int[] parents;
    private final int[] subtreeEnds;
    private final int[] billableCounts;
    private final String[] titles;
    private final String[] shortTitles;
    private final Note[][] notes;
    private final SeventhCharacter[][] seventhCharacters;
    private final EffectiveDates[] effectiveDates;
    private final Action[] actions;
    private final Axis[][] axes;
    private final Map<String, Integer> positionsByKey;

    private CodeTable(CodeSystem system, String release, int size) {
        this.system = system;
        this.release = release;
        codes = new String[size];
        kinds = new byte[size];
        flags = new byte[size];
        parents = new int[size];
        subtreeEnds = new int[size];
        billableCounts = new int[size];
        titles = new String[size];
        shortTitles = new String[size];
        notes = new Note[size][];
        seventhCharacters = new SeventhCharacter[size][];
        effectiveDates = new EffectiveDates[size];
        actions = new Action[size];
        axes = new Axis[size][];
        positionsByKey = new HashMap<>(size * 2);
    }

    /** The key a code is found by: upper case, without dots or white space ("E119" for "e11.9 "). */
    public static String key(String code) {
        StringBuilder key = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '.' && !Character.isWhitespace(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString();
    }

    /** Writes the entries, in preorder, to {@code file}. */
    public static void write(Path file, CodeSystem system, String release, List<TableEntry> entries)
            throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(system.id());
            out.writeUTF(release);
            out.writeInt(entries.size());
            Map<Axis, Integer> axisPositions = new LinkedHashMap<>();
            entries.forEach(entry -> entry.axes().forEach(axis -> axisPositions.putIfAbsent(axis, axisPositions.size())));
            out.writeInt(axisPositions.size());
            for (Axis axis : axisPositions.keySet()) {
                out.writeUTF(axis.name());
                out.writeChar(axis.character());
                out.writeUTF(axis.value());
            }
            for (TableEntry entry : entries) {
                boolean shortIsTitle = entry.shortTitle().equals(entry.title());
                EffectiveDates dates = entry.effectiveDates();
                out.writeUTF(entry.code());
                out.writeByte(entry.kind().ordinal());
                out.writeByte((entry.billable() ? BILLABLE : 0)
                        | (entry.seventhCharacterCode() ? SEVENTH_CHARACTER_CODE : 0)
                        | (shortIsTitle ? SHORT_TITLE_IS_TITLE : 0)
                        | (dates.from().isPresent() ? HAS_FROM : 0)
                        | (dates.to().isPresent() ? HAS_TO : 0)
                        | (entry.action().isPresent() ? HAS_ACTION : 0)
                        | (entry.axes().isEmpty() ? 0 : HAS_AXES));
                out.writeInt(entry.parent());
                out.writeUTF(entry.title());
                if (!shortIsTitle) {
                    out.writeUTF(entry.shortTitle());
                }
                out.writeShort(entry.notes().size());
                for (Note note : entry.notes()) {
                    out.writeByte(note.kind().ordinal());
                    out.writeUTF(note.text());
                }
                out.writeByte(entry.seventhCharacters().size());
                for (SeventhCharacter seventh : entry.seventhCharacters()) {
                    out.writeChar(seventh.character());
                    out.writeUTF(seventh.meaning());
                }
                writeDatesActionAxes(entry, axisPositions, out);
            }
        }
    }

    private static void writeDatesActionAxes(TableEntry entry, Map<Axis, Integer> axisPositions, DataOutputStream out)
            throws IOException {
        EffectiveDates dates = entry.effectiveDates();
        if (dates.from().isPresent()) {
            out.writeInt((int) dates.from().get().toEpochDay());
        }
        if (dates.to().isPresent()) {
            out.writeInt((int) dates.to().get().toEpochDay());
        }
        if (entry.action().isPresent()) {
            Action action = entry.action().get();
            out.writeChar(action.code());
            out.writeInt(action.effective().map(day -> (int) day.toEpochDay()).orElse(NO_DAY));
        }
        if (!entry.axes().isEmpty()) {
            out.writeByte(entry.axes().size());
            for (Axis axis : entry.axes()) {
                out.writeInt(axisPositions.get(axis));
            }
        }
    }

    /** Reads a table written by {@link #write}; a damaged or foreign file fails with its name and what is wrong. */
    public static CodeTable read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IndexFormatException(file + " is not a Codebook code table");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IndexFormatException(file + " has table format " + format + ", this library reads format "
                        + FORMAT + ": rebuild the index with this version of codebook");
            }
            CodeTable table = new CodeTable(CodeSystem.of(in.readUTF()), in.readUTF(), in.readInt());
            Axis[] distinctAxes = new Axis[in.readInt()];
            for (int n = 0; n < distinctAxes.length; n++) {
                distinctAxes[n] = new Axis(in.readUTF(), in.readChar(), in.readUTF());
            }
            for (int i = 0; i < table.codes.length; i++) {
                table.readEntry(i, in);
                table.readDatesActionAxes(i, in, distinctAxes);
            }
            table.link();
            return table;
        } catch (EOFException e) {
            throw new IndexFormatException(file + " is truncated: rebuild the index");
        }
    }

    private void readEntry(int i, DataInputStream in) throws IOException {
        String code = in.readUTF();
        codes[i] = code;
        kinds[i] = in.readByte();
        flags[i] = in.readByte();
        parents[i] = in.readInt();
        titles[i] = in.readUTF();
        shortTitles[i] = (flags[i] & SHORT_TITLE_IS_TITLE) != 0 ? titles[i] : in.readUTF();
        int noteCount = in.readUnsignedShort();
        Note[] own = noteCount == 0 ? NO_NOTES : new Note[noteCount];
        for (int n = 0; n < noteCount; n++) {
            own[n] = new Note(NOTE_KINDS[in.readByte()], in.readUTF(), code);
        }
        notes[i] = own;
        int sevenCount = in.readUnsignedByte();
        SeventhCharacter[] defined = sevenCount == 0 ? NO_SEVENTH_CHARACTERS : new SeventhCharacter[sevenCount];
        for (int n = 0; n < sevenCount; n++) {
            defined[n] = new SeventhCharacter(in.readChar(), in.readUTF(), code);
        }
        seventhCharacters[i] = defined;
        String key = key(code);
        if (positionsByKey.put(key, i) != null) {
            throw new IndexFormatException("code table of " + system + " " + release + " lists " + code + " twice");
        }
        if (!key.equals(code)) {
            // Found as written too ("E11.9"), so that a canonical code needs no normalising: see #position.
            positionsByKey.put(code, i);
        }
    }

    /** Reads an entry's dates, action and axes; the axes are shared, not held once per code. */
    private void readDatesActionAxes(int i, DataInputStream in, Axis[] distinctAxes) throws IOException {
        Optional<LocalDate> from = (flags[i] & HAS_FROM) != 0 ? Optional.of(day(in.readInt())) : Optional.empty();
        Optional<LocalDate> to = (flags[i] & HAS_TO) != 0 ? Optional.of(day(in.readInt())) : Optional.empty();
        effectiveDates[i] = from.isEmpty() && to.isEmpty() ? EffectiveDates.ALWAYS : new EffectiveDates(from, to);
        if ((flags[i] & HAS_ACTION) != 0) {
            char code = in.readChar();
            int effective = in.readInt();
            actions[i] = new Action(code, effective == NO_DAY ? Optional.empty() : Optional.of(day(effective)));
        }
        if ((flags[i] & HAS_AXES) != 0) {
            Axis[] own = new Axis[in.readUnsignedByte()];
            for (int n = 0; n < own.length; n++) {
                int position = in.readInt();
                if (position < 0 || position >= distinctAxes.length) {
                    throw new IndexFormatException("code table of " + system + " " + release + " is damaged: "
                            + codes[i] + " names axis " + position + " of " + distinctAxes.length);
                }
                own[n] = distinctAxes[position];
            }
            axes[i] = own;
        } else {
            axes[i] = NO_AXES;
        }
    }

    private static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Derives subtree ends and billable counts from the parent links of the preorder. */
    private void link() {
        for (int i = codes.length - 1; i >= 0; i--) {
            subtreeEnds[i] = Math.max(subtreeEnds[i], i + 1);
            if (isBillable(i)) {
                billableCounts[i]++;
            }
            int parent = parents[i];
            if (parent >= 0) {
                subtreeEnds[parent] = Math.max(subtreeEnds[parent], subtreeEnds[i]);
                billableCounts[parent] += billableCounts[i];
            }
        }
    }

    public CodeSystem system() {
        return system;
    }

    public String release() {
        return release;
    }

    /** The number of nodes. */
    public int size() {
        return codes.length;
    }

    /**
     * The position of the node whose key (see {@link #key}) or canonical code is {@code key}: "E119" and "E11.9" are
     * found, "e11.9" is not. A key never contains a dot, so the two forms never name different nodes.
     */
    public OptionalInt position(String key) {
        Integer position = positionsByKey.get(key);
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    public String code(int position) {
        return codes[position];
    }

    public Kind kind(int position) {
        return KINDS[kinds[position]];
    }

    public boolean isBillable(int position) {
        return (flags[position] & BILLABLE) != 0;
    }

    /** Whether the node's last character is a 7th character appended to its parent. */
    public boolean isSeventhCharacterCode(int position) {
        return (flags[position] & SEVENTH_CHARACTER_CODE) != 0;
    }

    /** The parent's position, or -1 for a top-level node. */
    public int parent(int position) {
        return parents[position];
    }

    /** One past the last position of the node's subtree: its descendants are {@code position + 1} up to this. */
    public int subtreeEnd(int position) {
        return subtreeEnds[position];
    }

    /** The number of billable nodes in the subtree, the node included. */
    public int billableCount(int position) {
        return billableCounts[position];
    }

    public String title(int position) {
        return titles[position];
    }

    public String shortTitle(int position) {
        return shortTitles[position];
    }

    /** The notes the node states itself. */
    public List<Note> ownNotes(int position) {
        return List.of(notes[position]);
    }

    /** The 7th-character definitions the node states itself. */
    public List<SeventhCharacter> ownSeventhCharacters(int position) {
        return List.of(seventhCharacters[position]);
    }

    /** Whether the node states any notes: a cheap test before {@link #ownNotes}. */
    public boolean hasNotes(int position) {
        return notes[position].length > 0;
    }

    /** The days the node may be reported on, when it states its own. */
    public EffectiveDates effectiveDates(int position) {
        return effectiveDates[position];
    }

    /** The release's maintenance action on the node (HCPCS). */
    public Optional<Action> action(int position) {
        return Optional.ofNullable(actions[position]);
    }

    /** What each of the node's characters stands for (ICD-10-PCS); empty in other systems. */
    public List<Axis> axes(int position) {
        return List.of(axes[position]);
    }

    /** Whether the node defines 7th characters. */
    public boolean definesSeventhCharacters(int position) {
        return seventhCharacters[position].length > 0;
    }
}
