package dev.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.Rule;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.fixture.FixtureIndex;
import dev.codebook.search.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each code system's own rules, as a caller meets them through the API, on core's fixture index: how input is read,
 * what an invalid code is told, how codes are written, and which rules search and checks apply.
 */
class SystemRulesTest {

    private final Codebook codebook = FixtureIndex.codebook();

    private Validation cm(String input) {
        return codebook.icd10cm().validate(input);
    }

    @Test
    void icd10cmReadsCodesAsCodersTypeThem() {
        for (String typed : List.of("E11.9", "E119", " e11 .9 ", "e11.9")) {
            assertEquals(Verdict.BILLABLE, cm(typed).verdict(), typed);
            assertEquals("E11.9", cm(typed).code().orElseThrow().code(), typed);
        }
        assertEquals("4", codebook.icd10cm().code("04").orElseThrow().code());
        assertEquals(Verdict.MALFORMED, cm("E1.19").verdict());
    }

    @Test
    void icd10cmTellsWhatIsMissing() {
        Validation header = cm("E11");
        assertEquals(Verdict.HEADER, header.verdict());
        assertEquals("E11 is a category, not billable; 2 billable codes below it, E11.21 to E11.9", header.reason());
        Validation seventh = cm("S72.001");
        assertEquals(Verdict.SEVENTH_CHARACTER_MISSING, seventh.verdict());
        assertEquals(List.of("S72.001A", "S72.001D"), seventh.suggestions());
        Validation notAllowed = cm("S72.001Q");
        assertEquals(Verdict.SEVENTH_CHARACTER_NOT_ALLOWED, notAllowed.verdict());
        assertTrue(notAllowed.reason().startsWith("Q is not a 7th character that S72.001 takes; it takes A (initial "
                + "encounter for closed fracture), D ("), notAllowed.reason());
        Validation placeholder = cm("T36.01A");
        assertEquals(Verdict.PLACEHOLDER_MISSING, placeholder.verdict());
        assertEquals("T36.01A lacks the placeholder X that pads a code to six characters before its 7th: the code is "
                + "T36.0X1A", placeholder.reason());
        Validation unknown = cm("E11.99");
        assertEquals(Verdict.UNKNOWN, unknown.verdict());
        assertEquals("E11.99 is not in ICD-10-CM 2021: E11.9 has no subdivisions and is billable as it stands; "
                + "nearest: E11.9", unknown.reason());
        assertEquals("Z99.89 is not in ICD-10-CM 2021: no category starts Z99", cm("Z99.89").reason());
    }

    @Test
    void aCodeOfAnotherSystemIsNamedAsSuch() {
        assertTrue(cm("0DTJ4ZZ").reason().endsWith("this looks like an ICD-10-PCS code (system icd10pcs)"),
                cm("0DTJ4ZZ").reason());
        Validation walker = codebook.icd10pcs().validate("E0130");
        assertTrue(walker.reason().endsWith("this looks like a HCPCS Level II code (system hcpcs)"), walker.reason());
        Validation cpt = codebook.system(CodeSystem.HCPCS).validate("99213");
        assertTrue(cpt.reason().contains("this looks like a CPT code (HCPCS Level I)"), cpt.reason());
        Validation diagnosis = codebook.system(CodeSystem.HCPCS).validate("S72.001A");
        assertTrue(diagnosis.reason().endsWith("this looks like an ICD-10-CM code (system icd10cm)"),
                diagnosis.reason());
    }

    @Test
    void icd10pcsSaysWhichCharacterItsTableDoesNotAllow() {
        CodeSet pcs = codebook.icd10pcs();
        assertEquals(Verdict.BILLABLE, pcs.validate("0dt j4zz").verdict());
        Validation approach = pcs.validate("0DTJ3ZZ");
        assertEquals(Verdict.CHARACTER_NOT_VALID, approach.verdict());
        assertEquals("3 is not valid as the 5th character (Approach) in table 0DT (Resection); valid there: 0, 4",
                approach.reason());
        assertEquals(List.of("0DTJ0ZZ", "0DTJ4ZZ"), approach.suggestions());
        Validation letter = pcs.validate("0DTJ4ZO");
        assertEquals(Verdict.MALFORMED, letter.verdict());
        assertTrue(letter.reason().contains("ICD-10-PCS never uses the letters I and O (O at position 7; did you "
                + "mean 0?)"), letter.reason());
        Code code = pcs.code("0DTJ4ZZ").orElseThrow();
        assertEquals("Resection: cutting out or off, without replacement, all of a body part",
                code.axes().get(2).explained());
    }

    @Test
    void hcpcsKnowsModifiersAndTheDentalRange() {
        CodeSet hcpcs = codebook.system(CodeSystem.HCPCS);
        assertEquals(Verdict.BILLABLE, hcpcs.validate("e0130").verdict());
        assertEquals(Verdict.MODIFIER, hcpcs.validate("LT").verdict());
        assertEquals("D0120 is not in HCPCS Level II 2020: D codes are dental procedure codes (CDT), which the "
                + "American Dental Association maintains; CMS's HCPCS file holds none", hcpcs.validate("D0120")
                .reason());
    }

    @Test
    void aCodeSetOfAnotherNameGetsTheGeneralRules() {
        assertEquals("cpt", CodeSystem.of(" CPT ").displayName());
        assertEquals("ICD-10-CM", CodeSystem.of("ICD10CM").displayName());
        assertEquals(CodeSystem.ICD10CM, CodeSystem.of("icd10cm"));
        UnknownReleaseException missing = assertThrows(UnknownReleaseException.class,
                () -> codebook.system(CodeSystem.of("cpt")));
        assertEquals("this index holds no 'cpt' release; it holds icd10cm 2021, icd10pcs 2025, hcpcs 2020",
                missing.getMessage());
        UnknownCodeException unknown = assertThrows(UnknownCodeException.class,
                () -> codebook.icd10cm().children("E11.99"));
        assertEquals("E11.99", unknown.input());
    }

    @Test
    void searchUnderstandsTheVocabulary() {
        List<SearchHit> hits = codebook.search("T2DM").in(CodeSystem.ICD10CM).run();
        assertTrue(!hits.isEmpty() && hits.stream().allMatch(hit -> hit.code().startsWith("E11")), hits.toString());
        List<SearchHit> fracture = codebook.search("broken femur").run();
        assertTrue(fracture.stream().allMatch(hit -> hit.code().startsWith("S72")), fracture.toString());
    }

    @Test
    void encounterChecksApplyTheNotesOfTheRelease() {
        List<Finding> findings = Checker.of(codebook).check(Encounter.of("E10.9", "E11.9")).findings(Rule.EXCLUDES1);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of("E10.9", "E11.9"), findings.get(0).codes());
        assertTrue(Checker.of(codebook).check(Encounter.of("E11.9", "S72.001A")).findings(Rule.EXCLUDES1).isEmpty());
    }
}
