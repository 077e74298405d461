package dev.codebook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance sets written from official sources are exactly what the generator writes from them today, their
 * codes are codes of the release, and no query is in both halves of a set. Needs the reference tables beside the
 * release files ({@code CODEBOOK_REFERENCE}, by default {@code ../shared/reference}) for the comparison with the
 * generator.
 */
class GeneratedSetsTest {

    private static final List<String> SETS =
            List.of("icd10cm-neoplasm", "icd10cm-drugs", "icd10pcs-index", "icd10cm-inclusion-terms");

    @TempDir
    Path out;

    @Test
    void theHalvesOfEachCommittedSetShareNoQuery() throws IOException {
        Codebook codebook = TestIndexes.full();
        Path committed = TestIndexes.root().resolve("data/relevance");
        for (String set : SETS) {
            CodeSet codes = set.startsWith("icd10pcs") ? codebook.icd10pcs() : codebook.icd10cm();
            Set<String> tuning = queries(RelevanceSet.read(committed.resolve(set + ".tsv"), codes));
            Set<String> heldOut = queries(RelevanceSet.read(committed.resolve(set + "-heldout.tsv"), codes));
            assertTrue(tuning.size() >= 300 && heldOut.size() >= 300, set + " holds at least 300 queries a half");
            tuning.retainAll(heldOut);
            assertTrue(tuning.isEmpty(), set + ": queries in both halves: " + tuning);
        }
    }

    /**
     * Where the reference tables are at hand (CI lays shared/ beside the clone; a clone of its own has none, and the
     * repository does not copy them), the committed sets are exactly what the generator writes from them.
     */
    @Test
    void theCommittedSetsAreWhatTheGeneratorWritesWhereTheReferenceTablesAre() throws IOException {
        Path reference = TestIndexes.root().resolve(System.getenv().getOrDefault("CODEBOOK_REFERENCE",
                "../shared/reference")).normalize();
        if (!Files.isDirectory(reference)) {
            System.err.println("GeneratedSetsTest: no reference tables at " + reference + "; regeneration not compared");
            return;
        }
        Path pcsIndex = TestIndexes.releaseFile("icd10pcs/2023/icd10pcs_index_2023.xml");
        List<GeneratedSets.Written> written = GeneratedSets.write(reference, pcsIndex, TestIndexes.full(), out);
        assertEquals(2 * SETS.size(), written.size());
        Path committed = TestIndexes.root().resolve("data/relevance");
        for (GeneratedSets.Written file : written) {
            Path name = file.file().getFileName();
            assertEquals(Files.readAllLines(committed.resolve(name)), Files.readAllLines(file.file()),
                    name + " differs from what `codebook relevance-sets` writes: regenerate it");
        }
    }

    private static Set<String> queries(RelevanceSet set) {
        Set<String> queries = new HashSet<>();
        set.queries().forEach(query -> queries.add(query.text().toLowerCase(java.util.Locale.ROOT)));
        return queries;
    }
}
