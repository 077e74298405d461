package dev.codebook.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.builder.TestIndexes;
import dev.codebook.quiz.Excludes1.Reference;
import dev.codebook.quiz.Excludes1.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the code references of Excludes1 notes, and the verdict on pairs of the full release. */
class Excludes1Test {

    private static Reference certain(String first, String last) {
        return new Reference(first, last, true);
    }

    private static Reference loose(String first, String last) {
        return new Reference(first, last, false);
    }

    @Test
    void readsTheWaysNotesNameCodes() {
        assertEquals(List.of(certain("E10", "E10")), Excludes1.references("type 1 diabetes mellitus (E10.-)"));
        assertEquals(List.of(certain("P70", "P74")), Excludes1.references(
                "transitory endocrine and metabolic disorders specific to newborn (P70-P74)"));
        assertEquals(List.of(certain("K52.9", "K52.9")), Excludes1.references("colitis NOS (K52.9)"));
        assertEquals(List.of(certain("A04.7", "A04.7")), Excludes1.references(
                "Clostridium difficile foodborne intoxication and infection (A04.7-)"));
        assertEquals(List.of(certain("R10.1", "R10.3")),
                Excludes1.references("localized abdominal pain (R10.1-R10.3-)"));
        assertEquals(List.of(certain("C43.2", "C43.2"), certain("C44.2", "C44.2")), Excludes1.references(
                "malignant neoplasm of auricular canal (external) (C43.2-,C44.2-)"));
        assertEquals(List.of(certain("O00", "O07"), certain("O08.1", "O08.1")), Excludes1.references(
                "abortion or ectopic or molar pregnancy (O00-O07, O08.1)"));
        assertEquals(List.of(certain("D29.2", "D29.2")), Excludes1.references("benign neoplasm of testis (D29.2.-)"));
        assertEquals(List.of(certain("C7A.026", "C7A.026")), Excludes1.references(
                "malignant carcinoid tumor of the rectum (C7A.026)"));
        assertEquals(List.of(certain("D61.9", "D61.9")), Excludes1.references(
                "pancytopenia (due to) (with) aplastic anemia (D61.9)"));
    }

    @Test
    void conditionsAndLooseMentionsAreNeverCertain() {
        assertEquals(List.of(loose("E08", "E13")), Excludes1.references(
                "neuralgic amyotrophy in diabetes mellitus (E08-E13 with .44)"));
        assertEquals(List.of(loose("V01", "V09")), Excludes1.references(
                "roller-skater collision with other land transport vehicle (V01-V09 with 5th character 1)"));
        assertEquals(List.of(loose("I69", "I69")), Excludes1.references(
                "fluency disorder (stuttering) following cerebrovascular disease (I69. with final characters -23)"));
        assertEquals(List.of(certain("J65", "J65"), loose("A15", "A15")), Excludes1.references(
                "pneumoconiosis associated with tuberculosis, any type in A15 (J65)"));
        assertEquals(List.of(), Excludes1.references("meningitis (in):"));
        assertEquals(List.of(certain("N00.6", "N00.6")), Excludes1.references(
                "Acute nephritic syndrome (with C3 glomerulopathy) with dense deposit disease (N00.6)"));
        assertEquals(List.of(certain("R76.0", "R76.0")), Excludes1.references(
                "lupus anticoagulant (LAC) finding without diagnosis (R76.0)"));
    }

    @Test
    void decidesPairsOfTheFullReleaseInBothDirections() {
        CodeSet cm = TestIndexes.full().icd10cm();
        Excludes1 rules = Excludes1.of(cm);
        Excludes1.Finding finding = rules.check("E11.9", "E10.9");
        assertEquals(Verdict.EXCLUDED, finding.verdict());
        assertEquals("E11", finding.note().orElseThrow().source());
        assertEquals(Verdict.EXCLUDED, rules.check("E10.9", "E11.9").verdict());
        assertEquals(Verdict.ALLOWED, rules.check("E11.9", "I10").verdict());
        assertEquals("I10 may be reported with E11.9: no Excludes1 note in force at either names the other.",
                rules.check("e119", "I10").reason());
        // G54.5 excludes "neuralgic amyotrophy in diabetes mellitus (E08-E13 with .44)": a condition, not a list.
        assertEquals(Verdict.UNRESOLVED, rules.check("G54.5", "E11.44").verdict());
        assertEquals(Verdict.UNRESOLVED, rules.check("E11.44", "G54.5").verdict());
        assertEquals(Verdict.UNRESOLVED, rules.check("G54.5", "E11.9").verdict(), "cannot tell without the 4th "
                + "and 5th characters");
        assertTrue(rules.check("E11.9", "E10.9").reason().contains("E10.9 falls under E10"));
        assertEquals("ICD-10-CM 2021 has no code 'E11.99'", assertThrows(IllegalArgumentException.class,
                () -> rules.check("E11.99", "I10")).getMessage());
    }

    @Test
    void agreesWithTheNotesInForceOnEveryPairAQuizAsks() {
        CodeSet cm = TestIndexes.full().icd10cm();
        Quiz quiz = TestIndexes.full().quiz().kinds(QuestionKinds.EXCLUDES1).questions(500).seed(11).build();
        for (Question question : quiz.questions()) {
            QuizChecks.assertSound(cm, question);
        }
    }
}
