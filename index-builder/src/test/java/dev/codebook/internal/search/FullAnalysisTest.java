package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import org.junit.jupiter.api.Test;

/** The analysis search explains hits with is the one the builder indexed with, on every text of the full releases. */
class FullAnalysisTest {

    private final Codebook codebook = TestIndexes.full();

    @Test
    void hitsAreExplainedWithTheAnalysisTheIndexUsed() {
        Stems stems = new Stems();
        for (CodeSystem system : codebook.releases().stream().map(release -> release.system()).distinct().toList()) {
            for (Code code : codebook.system(system).codes().stream().toList()) {
                assertEquals(TextAnalysis.tokens(code.title()), stems.tokens(code.title()), code.toString());
                assertEquals(TextAnalysis.tokens(code.shortTitle()), stems.tokens(code.shortTitle()), code.toString());
                for (var note : code.notes().stream().filter(note -> note.source().equals(code.code())).toList()) {
                    assertEquals(TextAnalysis.tokens(note.text()), stems.tokens(note.text()), note.toString());
                }
            }
        }
    }
}
