package dev.codebook.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.CodeSystem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Descriptions worded outside this project, long or short, get hits whenever a code holds one of their words, on the
 * full ICD-10-CM release. Skipped without CODEBOOK_SOURCES.
 */
class LongQueriesTest {

    /** Queries the issue (12) reports as finding nothing, from descriptions written outside this project. */
    @ParameterizedTest
    @ValueSource(strings = {"Other chronic nonalcoholic liver disease", "Glaucoma associated with pupillary block",
            "Intestinal infection due to enterohemorrhagic E. coli",
            "Locked twins, antepartum condition or complication", "Other specified diseases of sebaceous glands",
            "Open wound of scrotum and testes, without mention of complication"})
    void descriptionsWordedElsewhereAreNeverEmptyHanded(String query) {
        assertFalse(TestIndexes.full().search(query).in(CodeSystem.ICD10CM).limit(10).run().isEmpty(), query);
    }

    /** Some of them, with the family that answers them among the first ten hits. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Other chronic nonalcoholic liver disease | K76",
            "Intestinal infection due to enterohemorrhagic E. coli | A04",
            "Open wound of scrotum and testes, without mention of complication | S31"})
    void descriptionsWordedElsewhereFindTheirFamily(String query, String family) {
        Codebook codebook = TestIndexes.full();
        List<String> hits = codebook.search(query).in(CodeSystem.ICD10CM).limit(10).run().stream()
                .map(SearchHit::code).toList();
        assertTrue(hits.stream().anyMatch(code -> code.startsWith(family)), query + ": " + hits);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 30, 100, 400})
    void aParagraphOfAnyLengthGetsHits(int words) {
        String sentence = "patient seen today with chest pain radiating to the left arm, shortness of breath and "
                + "sweating, history of type 2 diabetes and hypertension, ";
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.toString().split("\\s+").length < words) {
            paragraph.append(sentence);
        }
        List<SearchHit> hits = TestIndexes.full().search(paragraph.toString()).in(CodeSystem.ICD10CM).limit(10).run();
        assertFalse(hits.isEmpty(), words + " words");
    }
}
