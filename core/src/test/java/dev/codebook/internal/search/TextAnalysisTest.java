package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void wordFormsMeet() {
        assertEquals(TextAnalysis.terms("diabetes"), TextAnalysis.terms("diabetic"));
        assertEquals(TextAnalysis.terms("fracture"), TextAnalysis.terms("Fractures"));
        assertEquals(TextAnalysis.terms("Ménière's disease"), TextAnalysis.terms("meniere disease"));
    }

    @Test
    void punctuationSplitsWordsAndStopWordsGo() {
        assertEquals(List.of("gastro", "esophag", "reflux"), TextAnalysis.terms("gastro-esophageal (reflux)"));
        assertEquals(List.of("covid", "19"), TextAnalysis.terms("COVID-19"));
        assertEquals(List.of("fractur", "femur"), TextAnalysis.terms("fracture of the femur"));
        assertTrue(TextAnalysis.terms("*:* title:( \"\" ((").stream().noneMatch(term -> term.contains(":")));
        assertTrue(TextAnalysis.terms("... --- !!!").isEmpty());
    }

    @Test
    void keysIgnoreOrderAndRepeats() {
        assertEquals(TextAnalysis.key("Type 2 diabetes mellitus"), TextAnalysis.key("diabetes mellitus, type 2"));
        assertEquals(TextAnalysis.key("asthma asthma"), TextAnalysis.key("Asthma"));
    }

    @Test
    void theHeadIsWhatComesBeforeTheFirstOf() {
        assertEquals(TextAnalysis.key("secondary malignant neoplasm"),
                TextAnalysis.headKey("Secondary malignant neoplasm of brain and cerebral meninges"));
        assertEquals(TextAnalysis.key("fracture"), TextAnalysis.headKey("Fracture of neck of femur"));
        assertEquals(TextAnalysis.key("resection"), TextAnalysis.headKey("RESECTION OF Appendix, Open Approach"));
        assertEquals("", TextAnalysis.headKey("Type 2 diabetes mellitus without complications"));
        assertEquals("", TextAnalysis.headKey("Professional services"), "'of' inside a word is no 'of'");
        assertEquals("", TextAnalysis.headKey("Of unknown cause"));
    }

    @Test
    void editDistanceCountsSwapsAsOneEdit() {
        assertEquals(0, EditDistance.within("asthma", "asthma", 3));
        assertEquals(1, EditDistance.within("astma", "asthma", 3));
        assertEquals(1, EditDistance.within("pnuemonia", "pneumonia", 3));
        assertEquals(2, EditDistance.within("diarea", "diarrhea", 3));
        assertEquals(2, EditDistance.within("diarea", "diarrhea", 1), "beyond the bound: the bound plus one");
    }
}
