package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.NoteKind;
import dev.codebook.search.SearchHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evaluation index leaves the inclusion terms of a relevance set out of search, and only those. */
class WithheldTermsTest {

    @TempDir
    Path folder;

    @Test
    void aWithheldInclusionTermNoLongerFindsItsCodeButLookupStillShowsIt() throws IOException {
        String term = "Type 2 diabetes mellitus with intercapillary glomerulosclerosis";
        Path set = Files.writeString(folder.resolve("withheld.tsv"),
                "# leave-one-out\ninclusion-term\t" + term.toUpperCase(java.util.Locale.ROOT) + "\tE11.21\n");
        WithheldTerms withheld = WithheldTerms.read(List.of(set));
        assertEquals(1, withheld.size());
        Path index = folder.resolve("index");
        new IndexBuilder(Progress.silent()).withholding(withheld).build(List.of(TestIndexes.sampleSources()), index);
        try (Codebook codebook = Codebook.open(index)) {
            List<String> hits = codebook.search("intercapillary glomerulosclerosis").run().stream()
                    .map(SearchHit::code).toList();
            assertFalse(hits.contains("E11.21"), hits.toString());
            assertTrue(codebook.icd10cm().code("E11.21").orElseThrow().notes(NoteKind.INCLUSION_TERM).stream()
                    .anyMatch(note -> note.text().equals(term)));
        }
        List<String> unwithheld = TestIndexes.sample().search("intercapillary glomerulosclerosis").run().stream()
                .map(SearchHit::code).toList();
        assertTrue(unwithheld.contains("E11.21"), "an index that withholds nothing finds it: " + unwithheld);
    }

    @Test
    void aMalformedLineIsNamedWithItsFileAndLine() throws IOException {
        Path set = Files.writeString(folder.resolve("bad.tsv"), "inclusion-term\tno codes\n");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> WithheldTerms.read(List.of(set)));
        assertTrue(e.getMessage().contains("bad.tsv") && e.getMessage().contains("1"), e.getMessage());
    }
}
