package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Release;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookup, validation and navigation on the hand-written sample release in data/sample. */
class SampleReleaseTest {

    private final CodeSet cm = TestIndexes.sample().icd10cm();

    private static List<String> codes(List<Code> codes) {
        return codes.stream().map(Code::code).toList();
    }

    @Test
    void looksUpCodesHoweverTheyAreTyped() {
        for (String input : List.of("E11.9", "e11.9", "E119", " e119 ", "e11.9\t")) {
            Code code = cm.code(input).orElseThrow(() -> new AssertionError(input));
            assertEquals("E11.9", code.code());
            assertEquals("Type 2 diabetes mellitus without complications", code.title());
            assertEquals(Kind.CODE, code.kind());
            assertTrue(code.billable());
            assertEquals("2021", code.release());
            assertEquals(CodeSystem.ICD10CM, code.system());
        }
        assertTrue(cm.code("E11.99").isEmpty());
        assertTrue(cm.code("E1.19").isEmpty(), "a dot anywhere but after the category is not a code");
        assertThrows(NullPointerException.class, () -> cm.code(null), "the null policy: null is refused, not looked up");
    }

    @Test
    void kindsFollowTheHierarchy() {
        assertEquals(Kind.CHAPTER, cm.code("4").orElseThrow().kind());
        assertEquals(Kind.BLOCK, cm.code("E08-E13").orElseThrow().kind());
        assertEquals(Kind.CATEGORY, cm.code("E11").orElseThrow().kind());
        assertEquals(Kind.SUBCATEGORY, cm.code("E11.64").orElseThrow().kind());
        assertEquals(Kind.CODE, cm.code("E11.641").orElseThrow().kind());
        assertEquals(Kind.CODE, cm.code("I10").orElseThrow().kind(), "a category without subdivisions is a code");
        assertEquals(Kind.CODE, cm.code("S72.001A").orElseThrow().kind());
    }

    @Test
    void titlesComeFromTheOrderFile() {
        Code code = cm.code("S72.001B").orElseThrow();
        assertEquals("Fracture of unspecified part of neck of right femur, initial encounter for open fracture "
                + "type I or II", code.title());
        assertEquals("Fx unsp part of nk of r femr, init for opn fx type I/2", code.shortTitle());
    }

    @Test
    void notesApplyFromAboveAndSayWhereTheyComeFrom() {
        Code code = cm.code("E11.22").orElseThrow();
        assertTrue(code.notes().contains(new Note(NoteKind.USE_ADDITIONAL_CODE,
                "code to identify stage of chronic kidney disease (N18.1-N18.6)", "E11.22")));
        assertTrue(code.notes().contains(new Note(NoteKind.EXCLUDES1, "type 1 diabetes mellitus (E10.-)", "E11")));
        assertTrue(code.notes().contains(new Note(NoteKind.EXCLUDES1,
                "transitory endocrine and metabolic disorders specific to newborn (P70-P74)", "4")));
        assertEquals(List.of("E11.22", "E11", "E11", "E11", "4"), code.notes().stream().map(Note::source).toList(),
                "own notes first, then the nearest ancestors'");
        Code sibling = cm.code("E11.29").orElseThrow();
        assertTrue(cm.code("E11.21").orElseThrow().notes(NoteKind.INCLUSION_TERM).size() == 1);
        assertTrue(sibling.notes(NoteKind.INCLUSION_TERM).isEmpty(), "inclusion terms are not inherited");
    }

    @Test
    void seventhCharactersAreGeneratedAsTheOrderFileListsThem() {
        assertEquals(List.of("S00.03XA", "S00.03XD", "S00.03XS"), codes(cm.children("S00.03")));
        assertEquals(List.of("S06.1X7A"), codes(cm.children("S06.1X7")), "D and S do not apply after a death");
        Code fracture = cm.code("S72.001D").orElseThrow();
        assertEquals(new SeventhCharacter('D', "subsequent encounter for closed fracture with routine healing", "S72"),
                fracture.seventhCharacter().orElseThrow());
        assertEquals(List.of('A', 'B', 'D', 'S'), cm.code("S72.001").orElseThrow().seventhCharacters().stream()
                .map(SeventhCharacter::character).toList());
        assertTrue(cm.code("E11.9").orElseThrow().seventhCharacter().isEmpty());
    }

    @Test
    void validCodesAreBillable() {
        Validation validation = cm.validate("e11.9");
        assertEquals(Verdict.BILLABLE, validation.verdict());
        assertTrue(validation.valid());
        assertTrue(validation.billable());
        assertTrue(validation.found());
        assertTrue(validation.suggestions().isEmpty());
    }

    @Test
    void aHeaderSaysWhatToAdd() {
        Validation validation = cm.validate("E11");
        assertEquals(Verdict.HEADER, validation.verdict());
        assertFalse(validation.valid());
        assertTrue(validation.found());
        assertEquals("E11 is a category, not billable; 6 billable codes below it, E11.21 to E11.9",
                validation.reason());
        assertEquals(List.of("E11.2", "E11.6", "E11.9"), validation.suggestions());
        assertEquals("E08-E13 is a block, not billable; 6 billable codes below it, E11.21 to E11.9",
                cm.validate("E08-E13").reason());
    }

    @Test
    void aMissingSeventhCharacterListsTheAllowedOnes() {
        Validation validation = cm.validate("S72.001");
        assertEquals(Verdict.SEVENTH_CHARACTER_MISSING, validation.verdict());
        assertEquals("S72.001 needs a 7th character: A (initial encounter for closed fracture), B (initial encounter "
                + "for open fracture type I or II; initial encounter for open fracture NOS), D (subsequent encounter for closed fracture with routine healing), "
                + "S (sequela)", validation.reason());
        assertEquals(List.of("S72.001A", "S72.001B", "S72.001D", "S72.001S"), validation.suggestions());
    }

    @Test
    void aSeventhCharacterTheCodeDoesNotTakeIsNamed() {
        Validation validation = cm.validate("S06.1X7D");
        assertEquals(Verdict.SEVENTH_CHARACTER_NOT_ALLOWED, validation.verdict());
        assertEquals("D is not a 7th character that S06.1X7 takes; it takes A (initial encounter) (D, subsequent "
                + "encounter, is defined at S06 but does not apply to S06.1X7)", validation.reason());
        assertEquals(List.of("S06.1X7A"), validation.suggestions());
        assertEquals(Verdict.SEVENTH_CHARACTER_NOT_ALLOWED, cm.validate("S00.03XZ").verdict());
    }

    @Test
    void aMissingPlaceholderGetsTheCorrectedCode() {
        Validation validation = cm.validate("T36.01A");
        assertEquals(Verdict.PLACEHOLDER_MISSING, validation.verdict());
        assertEquals(List.of("T36.0X1A"), validation.suggestions());
        assertTrue(validation.reason().contains("T36.0X1A"), validation.reason());
        assertEquals(List.of("S00.03XA"), cm.validate("S00.03A").suggestions());
    }

    @Test
    void anUnknownCodeGetsTheNearestExistingCodes() {
        Validation extended = cm.validate("E11.91");
        assertEquals(Verdict.UNKNOWN, extended.verdict());
        assertTrue(extended.reason().startsWith("E11.91 is not in ICD-10-CM 2021: E11.9 has no subdivisions"),
                extended.reason());
        assertEquals("E11.9", extended.suggestions().get(0));
        Validation typo = cm.validate("E11.92");
        assertTrue(typo.suggestions().contains("E11.9"), typo.suggestions().toString());
        Validation swapped = cm.validate("E11.12");
        assertTrue(swapped.suggestions().contains("E11.21"), swapped.suggestions().toString());
        Validation nowhere = cm.validate("Q99.9");
        assertEquals(Verdict.UNKNOWN, nowhere.verdict());
        assertTrue(nowhere.reason().contains("no category starts Q99"), nowhere.reason());
    }

    @Test
    void malformedInputSaysWhatWasExpected() {
        for (String input : List.of("", "   ", "12345", "E11..9", "E1.19", "EEE", "E11.99999", "*:*", "title:(")) {
            Validation validation = cm.validate(input);
            assertEquals(Verdict.MALFORMED, validation.verdict(), input);
            assertTrue(validation.reason().contains("expected an ICD-10-CM code"), validation.reason());
            assertTrue(validation.code().isEmpty());
        }
        assertEquals(Verdict.UNKNOWN, cm.validate("21").verdict(), "a chapter number the sample does not hold");
    }

    @Test
    void batchValidationAnswersInOrder() {
        List<Validation> validations = cm.validate(List.of("I10", "E11", "nonsense!", "T36.0X1A"));
        assertEquals(List.of(Verdict.BILLABLE, Verdict.HEADER, Verdict.MALFORMED, Verdict.BILLABLE),
                validations.stream().map(Validation::verdict).toList());
        assertEquals("nonsense!", validations.get(2).input());
    }

    @Test
    void navigatesTheHierarchy() {
        assertEquals("E11.2", cm.parent("E11.21").orElseThrow().code());
        assertEquals(List.of("E11.2", "E11", "E08-E13", "4"), codes(cm.ancestors("e1121")));
        assertEquals(List.of("E11.21", "E11.22", "E11.29"), codes(cm.children("E11.2")));
        assertEquals(List.of("E11.22", "E11.29"), codes(cm.siblings("E11.21")));
        assertEquals(List.of("E11.21", "E11.22", "E11.29", "E11.641", "E11.649", "E11.9"),
                cm.billableDescendants("E11").map(Code::code).toList());
        assertEquals(9, cm.descendants("E11").count());
        assertTrue(cm.isAncestor("4", "E11.649"));
        assertTrue(cm.isAncestor("E08-E13", "E11"));
        assertFalse(cm.isAncestor("E11.649", "4"));
        assertFalse(cm.isAncestor("E11", "E11"));
        assertEquals("E11", cm.commonAncestor("E11.21", "E11.649").orElseThrow().code());
        assertEquals("E11.2", cm.commonAncestor("E11.2", "E11.29").orElseThrow().code());
        assertTrue(cm.commonAncestor("E11.9", "I10").isEmpty());
        assertTrue(cm.parent("4").isEmpty());
        assertEquals(List.of("2", "4", "9", "19"), codes(cm.chapters()));
        assertEquals(List.of("2", "9", "19"), codes(cm.siblings("4")));
    }

    @Test
    void blocksNestByTheirRanges() {
        assertEquals(List.of("C00-C14", "C00-C96", "2"), codes(cm.ancestors("C00")));
        assertEquals(List.of("C00-C14"), codes(cm.children("C00-C96")));
    }

    @Test
    void navigationOfAnUnknownCodeSaysSo() {
        UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> cm.children("E11.99"));
        assertEquals("ICD-10-CM 2021 has no code 'E11.99'", e.getMessage());
        assertEquals("E11.99", e.input());
    }

    @Test
    void streamsCodesWithFilters() {
        assertEquals(27, cm.codes().billableOnly().count());
        assertEquals(List.of("E11.21", "E11.22", "E11.29", "E11.641", "E11.649", "E11.9"),
                cm.codes().chapter("4").billableOnly().stream().map(Code::code).toList());
        assertEquals(List.of("E08-E13"), cm.codes().chapter("4").kind(Kind.BLOCK).stream().map(Code::code).toList());
        assertEquals(List.of("S72"), cm.codes().block("S70-S79").kind(Kind.CATEGORY).toList().stream()
                .map(Code::code).toList());
        assertEquals(3, cm.codes().within("E11.2").billableOnly().count());
        assertEquals(0, cm.codes().chapter("4").block("S70-S79").count(), "filters narrow each other");
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> cm.codes().chapter("E11"));
        assertEquals("'E11' is a category of ICD-10-CM 2021, not a chapter", wrongKind.getMessage());
    }

    @Test
    void recordsTheRelease() {
        Release release = cm.release();
        assertEquals("2021", release.version());
        assertEquals(LocalDate.of(2020, 10, 1), release.effectiveFrom());
        assertEquals(LocalDate.of(2021, 9, 30), release.effectiveTo());
        assertEquals(2, release.sources().size());
        assertTrue(release.sources().stream().allMatch(source -> source.sha256().matches("[0-9a-f]{64}")));
        assertEquals(27, release.counts().get("billable"));
        assertEquals(4, release.counts().get("chapter"));
        assertEquals(1, release.crossCheck().size(), "the sample's S06.1X7 lists only A, as the real release does");
        assertEquals(List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS, CodeSystem.HCPCS, CodeSystem.of("clinic")),
                TestIndexes.sample().systems(), "the sample holds every system, side by side");
        assertEquals(IndexBuilder.version(), TestIndexes.sample().builderVersion());
    }

    @Test
    void anIndexWithoutASystemSaysWhatItHolds() {
        UnknownReleaseException e = assertThrows(UnknownReleaseException.class,
                () -> TestIndexes.sample().system(CodeSystem.of("cpt")));
        assertEquals(CodeSystem.of("cpt"), e.system());
        assertEquals("this index holds no 'cpt' release; it holds icd10cm 2021, icd10pcs 2025, hcpcs 2020, clinic 2024",
                e.getMessage());
        assertEquals("this index holds no ICD-10-CM (icd10cm) release 2019; it holds icd10cm 2021, icd10pcs 2025, "
                + "hcpcs 2020, clinic 2024", assertThrows(UnknownReleaseException.class,
                        () -> TestIndexes.sample().system(CodeSystem.ICD10CM, "2019")).getMessage());
        assertTrue(TestIndexes.sample().find(CodeSystem.of("cpt")).isEmpty());
        assertEquals("2021", TestIndexes.sample().system(CodeSystem.ICD10CM, "2021").release().version());
    }
}
