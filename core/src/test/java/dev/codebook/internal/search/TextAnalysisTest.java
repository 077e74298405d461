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
    void aResidualTitleIsWhatOfOtherSites() {
        assertEquals(TextAnalysis.key("secondary malignant neoplasm"),
                TextAnalysis.residualKey("Secondary malignant neoplasm of other specified sites"));
        assertEquals(TextAnalysis.key("neoplasm of uncertain behavior"),
                TextAnalysis.residualKey("Neoplasm of uncertain behavior of other specified sites"));
        assertEquals(TextAnalysis.key("malignant neoplasm"),
                TextAnalysis.residualKey("Malignant neoplasm of other and ill-defined sites"));
        assertEquals(TextAnalysis.key("cellulitis"), TextAnalysis.residualKey("Cellulitis of other sites"));
        assertEquals(TextAnalysis.key("tuberculosis"), TextAnalysis.residualKey("Tuberculosis of other organs"));
        assertEquals("", TextAnalysis.residualKey("Other specified diseases of intestine"));
        assertEquals("", TextAnalysis.residualKey("Cellulitis of other sites of the face"), "a residual of a site");
        assertEquals("", TextAnalysis.residualKey("Secondary malignant neoplasm of lung"));
    }

    @Test
    void aTextSplitsAtEachOfIntoWhatAndWhere() {
        List<TextAnalysis.Split> splits = TextAnalysis.splits("Neoplasm of uncertain behavior of eyelid (skin)");
        assertEquals(List.of("Neoplasm", "Neoplasm of uncertain behavior"),
                splits.stream().map(TextAnalysis.Split::what).toList());
        assertEquals("eyelid (skin)", splits.get(1).where());
        assertEquals(TextAnalysis.key("neoplasm uncertain behavior"), splits.get(1).whatKey());
        assertEquals(TextAnalysis.terms("eyelid skin"), splits.get(1).whereTerms());
        assertEquals(List.of(), TextAnalysis.splits("Professional services"));
        assertEquals(List.of(), TextAnalysis.splits("Of unknown cause"), "nothing before the 'of'");
        assertEquals(List.of(), TextAnalysis.splits("Fracture of"), "nothing after it");
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
