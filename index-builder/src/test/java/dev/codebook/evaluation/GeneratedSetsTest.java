package dev.codebook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * release files ({@code CODEBOOK_REFERENCE}, by default {@code ../shared/reference}); skipped without them.
 */
class GeneratedSetsTest {

    private static final List<String> SETS =
            List.of("icd10cm-neoplasm", "icd10cm-drugs", "icd10pcs-index", "icd10cm-inclusion-terms");

    @TempDir
    Path out;

    @Test
    void theCommittedSetsAreWhatTheGeneratorWrites() throws IOException {
        Codebook codebook = TestIndexes.full();
        Path reference = TestIndexes.root().resolve(System.getenv().getOrDefault("CODEBOOK_REFERENCE",
                "../shared/reference")).normalize();
        Path pcsIndex = TestIndexes.releaseSources().resolve("icd10pcs/2023/icd10pcs_index_2023.xml");
        assumeTrue(Files.isDirectory(reference) && Files.isRegularFile(pcsIndex),
                "reference tables or the ICD-10-PCS Index missing: generated sets not checked");
        List<GeneratedSets.Written> written = GeneratedSets.write(reference, pcsIndex, codebook, out);
        assertEquals(2 * SETS.size(), written.size());
        Path committed = TestIndexes.root().resolve("data/relevance");
        for (GeneratedSets.Written file : written) {
            Path name = file.file().getFileName();
            assertEquals(Files.readAllLines(committed.resolve(name)), Files.readAllLines(file.file()),
                    name + " differs from what `codebook relevance-sets` writes: regenerate it");
            assertTrue(file.queries() >= 300, name + " holds at least 300 queries");
        }
        for (String set : SETS) {
            CodeSet codes = set.startsWith("icd10pcs") ? codebook.icd10pcs() : codebook.icd10cm();
            Set<String> tuning = queries(RelevanceSet.read(out.resolve(set + ".tsv"), codes));
            Set<String> heldOut = queries(RelevanceSet.read(out.resolve(set + "-heldout.tsv"), codes));
            tuning.retainAll(heldOut);
            assertTrue(tuning.isEmpty(), set + ": queries in both halves: " + tuning);
        }
    }

    private static Set<String> queries(RelevanceSet set) {
        Set<String> queries = new HashSet<>();
        set.queries().forEach(query -> queries.add(query.text().toLowerCase(java.util.Locale.ROOT)));
        return queries;
    }
}
