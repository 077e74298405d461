package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.IndexMetadata;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Every node of every full release, as the builder hands it to the code table, is what the table in the built index
 * answers: code, kind, parent, titles, flags, notes, 7th characters, dates, action and axes, found by its key and as
 * written. The releases are read again here, so that the comparison is with the builder's own entries.
 */
class FullTablesRoundTripTest {

    @Test
    void everyNodeOfEveryReleaseReadsBackAsBuilt() throws IOException {
        List<ReleaseSource> releases = ReleaseFinder.find(Sources.list(List.of(TestIndexes.releaseSources())),
                Progress.silent());
        assertEquals(4, releases.size(), "ICD-10-CM 2021, ICD-10-PCS 2023 and 2025, HCPCS 2020");
        for (ReleaseSource release : releases) {
            List<TableEntry> entries = release.read(Progress.silent()).entries();
            CodeTable table = CodeTable.read(IndexMetadata.tableFile(TestIndexes.full().folder(), release.system(),
                    release.version()));
            assertEquals(entries.size(), table.size(), release.system().id());
            List<String> wrong = new ArrayList<>();
            for (int position = 0; position < entries.size(); position++) {
                TableEntry entry = entries.get(position);
                TableEntry read = entryAt(table, position);
                if (!read.equals(entry)) {
                    wrong.add(entry + " read as " + read);
                }
                OptionalInt byKey = table.position(CodeTable.key(entry.code()));
                OptionalInt asWritten = table.position(entry.code());
                if (byKey.orElse(-1) != position || asWritten.orElse(-1) != position) {
                    wrong.add(entry.code() + " found at " + byKey + " by its key, " + asWritten + " as written");
                }
            }
            assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), release.system().id() + ": "
                    + wrong.size() + " nodes differ");
        }
    }

    private static TableEntry entryAt(CodeTable table, int position) {
        return new TableEntry(table.code(position), table.kind(position), table.parent(position),
                table.title(position), table.shortTitle(position), table.isBillable(position),
                table.isSeventhCharacterCode(position), table.ownNotes(position), table.ownSeventhCharacters(position),
                table.effectiveDates(position), table.action(position), table.axes(position));
    }
}
