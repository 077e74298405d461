package dev.codebook.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The table file holds whatever the builder hands it: every field of every entry of a random release in preorder
 * (any text, any number of notes, 7th characters and axes, dates and actions on some nodes) reads back as written,
 * found by its key and as written, with subtree ends and billable counts as the parent links give them.
 */
class CodeTableProperties {

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(30)
                .filter(s -> s.codePoints().allMatch(c -> c < 0xD800 || c > 0xDFFF)); // UTF-8 holds no lone surrogate
    }

    @Property(tries = 200)
    void everyEntryReadsBackAsWritten(@ForAll @IntRange(max = 60) int size, @ForAll long seed,
            @ForAll("text") String sample) throws IOException {
        Random random = new Random(seed);
        List<TableEntry> entries = randomPreorder(size, random, sample);
        Path file = Files.createTempFile("codebook", ".table");
        try {
            CodeTable.write(file, CodeSystem.of("mine"), "v1", entries);
            CodeTable table = CodeTable.read(file);
            assertEquals(entries.size(), table.size());
            for (int position = 0; position < entries.size(); position++) {
                TableEntry entry = entries.get(position);
                assertEquals(entry, entryAt(table, position));
                assertEquals(position, table.position(CodeTable.key(entry.code())).orElseThrow());
                assertEquals(position, table.position(entry.code()).orElseThrow());
                int end = position + 1;
                int billable = 0;
                while (end < size && isBelow(entries, end, position)) {
                    end++;
                }
                for (int p = position; p < end; p++) {
                    billable += entries.get(p).billable() ? 1 : 0;
                }
                assertEquals(end, table.subtreeEnd(position));
                assertEquals(billable, table.billableCount(position));
            }
            assertTrue(table.position("NOT-A-CODE").isEmpty());
        } finally {
            Files.delete(file);
        }
    }

    /** Each node hangs from a node on the path to the one before it, or from none: that is a preorder. */
    private static List<TableEntry> randomPreorder(int size, Random random, String sample) {
        List<TableEntry> entries = new ArrayList<>();
        List<Integer> path = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int depth = random.nextInt(path.size() + 1);
            path.subList(depth, path.size()).clear();
            int parent = path.isEmpty() ? -1 : path.get(path.size() - 1);
            path.add(i);
            // Distinct keys: letters (either case, a dot perhaps), a hyphen, then the node's number.
            String letters = random.nextBoolean() ? "ab" : "C.D";
            String code = letters.substring(0, 1 + random.nextInt(letters.length())) + "-" + i;
            String title = random.nextBoolean() ? sample : sample + " " + i;
            String shortTitle = random.nextBoolean() ? title : "short " + i;
            List<Note> notes = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                notes.add(new Note(NoteKind.values()[random.nextInt(NoteKind.values().length)],
                        random.nextBoolean() ? sample : "note " + n, code));
            }
            List<SeventhCharacter> sevenths = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                sevenths.add(new SeventhCharacter((char) ('A' + n), sample + n, code));
            }
            Optional<LocalDate> from = random.nextBoolean() ? Optional.of(LocalDate.of(2020, 1, 1 + i % 28))
                    : Optional.empty();
            Optional<LocalDate> to = random.nextBoolean() ? Optional.of(LocalDate.of(2030, 1, 1)) : Optional.empty();
            Optional<Action> action = random.nextInt(4) == 0
                    ? Optional.of(new Action('D', random.nextBoolean() ? to : Optional.empty()))
                    : Optional.empty();
            List<Axis> axes = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                axes.add(new Axis(random.nextBoolean() ? "Body Part" : sample, (char) ('0' + n), "value " + n));
            }
            entries.add(new TableEntry(code, Kind.values()[random.nextInt(Kind.values().length)], parent, title,
                    shortTitle, random.nextBoolean(), random.nextBoolean(), notes, sevenths,
                    new EffectiveDates(from, to), action, axes));
        }
        return entries;
    }

    private static boolean isBelow(List<TableEntry> entries, int node, int ancestor) {
        for (int p = entries.get(node).parent(); p >= 0; p = entries.get(p).parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static TableEntry entryAt(CodeTable table, int position) {
        return new TableEntry(table.code(position), table.kind(position), table.parent(position),
                table.title(position), table.shortTitle(position), table.isBillable(position),
                table.isSeventhCharacterCode(position), table.ownNotes(position), table.ownSeventhCharacters(position),
                table.effectiveDates(position), table.action(position), table.axes(position));
    }
}
