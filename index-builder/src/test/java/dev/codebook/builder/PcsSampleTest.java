package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.Axis;
import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICD-10-PCS on the hand-written sample in data/sample/icd10pcs. */
class PcsSampleTest {

    private final CodeSet pcs = TestIndexes.sample().system(CodeSystem.ICD10PCS);

    private static List<String> codes(List<Code> codes) {
        return codes.stream().map(Code::code).toList();
    }

    @Test
    void findsCodesWithTheirTitles() {
        Code code = pcs.code(" 0dtj4zz ").orElseThrow();
        assertEquals("0DTJ4ZZ", code.code());
        assertEquals("Resection of Appendix, Percutaneous Endoscopic Approach", code.title());
        assertEquals(Kind.CODE, code.kind());
        assertTrue(code.billable());
        assertEquals(20, pcs.codes().kind(Kind.CODE).count());
        assertEquals(LocalDate.of(2024, 10, 1), pcs.release().effectiveFrom());
        assertEquals(LocalDate.of(2025, 9, 30), pcs.release().effectiveTo());
    }

    @Test
    void explainsACodeAxisByAxis() {
        Code code = pcs.code("0DTJ4ZZ").orElseThrow();
        assertEquals("Medical and Surgical / Gastrointestinal System / Resection / Appendix / Percutaneous Endoscopic"
                + " / No Device / No Qualifier", code.explanation());
        assertEquals(List.of(new Axis("Section", '0', "Medical and Surgical"),
                new Axis("Body System", 'D', "Gastrointestinal System"),
                new Axis("Root Operation", 'T', "Resection"),
                new Axis("Body Part", 'J', "Appendix"),
                new Axis("Approach", '4', "Percutaneous Endoscopic"),
                new Axis("Device", 'Z', "No Device"),
                new Axis("Qualifier", 'Z', "No Qualifier")), code.axes());
        assertEquals("Medical and Surgical / Anatomical Regions, General / Drainage / Peritoneal Cavity / Percutaneous"
                + " / Drainage Device / No Qualifier", pcs.code("0W9G30Z").orElseThrow().explanation());
        assertEquals("Diagnostic", pcs.code("0DBJ0ZX").orElseThrow().axes().get(6).value());
        assertEquals("Via Natural or Artificial Opening Endoscopic", pcs.code("0DTJ8ZZ").orElseThrow().axes().get(4)
                .value(), "the approach keeps its own words, without the 'Approach' some titles add");
        assertEquals("Imaging / Axial Skeleton, Except Skull and Facial Bones / Plain Radiography / Cervical Spine / "
                + "No Contrast / No Qualifier / No Qualifier", pcs.code("BR00ZZZ").orElseThrow().explanation());
        assertEquals("Root Type", pcs.code("BR00ZZZ").orElseThrow().axes().get(2).name());
    }

    @Test
    void navigatesBySectionBodySystemRootOperationAndBodyPart() {
        assertEquals(List.of("0DTJ", "0DT", "0D", "0"), codes(pcs.ancestors("0DTJ4ZZ")));
        assertEquals(List.of(Kind.BODY_PART, Kind.ROOT_OPERATION, Kind.BODY_SYSTEM, Kind.SECTION),
                pcs.ancestors("0DTJ4ZZ").stream().map(Code::kind).toList());
        assertEquals(List.of("Appendix", "Resection", "Gastrointestinal System", "Medical and Surgical"),
                pcs.ancestors("0DTJ4ZZ").stream().map(Code::title).toList());
        assertEquals(List.of("0", "B"), codes(pcs.chapters()));
        assertEquals(List.of("0DB", "0DT"), codes(pcs.children("0D")));
        assertEquals(List.of("0DTJ0ZZ", "0DTJ4ZZ", "0DTJ7ZZ", "0DTJ8ZZ"), codes(pcs.children("0DTJ")));
        Validation table = pcs.validate("0DT");
        assertEquals(Verdict.HEADER, table.verdict());
        assertEquals("0DT is a root operation, not billable; 6 billable codes below it, 0DTJ0ZZ to 0DTK4ZZ",
                table.reason());
    }

    @Test
    void validityExplainsWhatIsWrong() {
        assertEquals(Verdict.BILLABLE, pcs.validate("0DTJ4ZZ").verdict());
        assertMalformed("0DTJ4Z", "'0DTJ4Z' is not an ICD-10-PCS code: wrong length: 6 characters, but an "
                + "ICD-10-PCS code has 7 (like 0DTJ4ZZ)");
        assertMalformed("0DTJ4ZZZ", "'0DTJ4ZZZ' is not an ICD-10-PCS code: wrong length: 8 characters, but an "
                + "ICD-10-PCS code has 7 (like 0DTJ4ZZ)");
        assertMalformed("0DTJ4ZO", "'0DTJ4ZO' is not an ICD-10-PCS code: ICD-10-PCS never uses the letters I and O "
                + "(O at position 7; did you mean 0?)");
        assertMalformed("0DTI4ZZ", "'0DTI4ZZ' is not an ICD-10-PCS code: ICD-10-PCS never uses the letters I and O "
                + "(I at position 4; did you mean 1?)");
        Validation qualifier = pcs.validate("0DTJ4ZX");
        assertEquals(Verdict.CHARACTER_NOT_VALID, qualifier.verdict());
        assertEquals("X is not valid as the 7th character (Qualifier) in table 0DT (Resection); valid there: Z",
                qualifier.reason());
        assertEquals(List.of("0DTJ4ZZ"), qualifier.suggestions());
        assertEquals("9 is not valid as the 5th character (Approach) in table 0DT (Resection); valid there: 0, 4, 7, 8",
                pcs.validate("0DTJ9ZZ").reason());
        Validation deleted = pcs.validate("0DTJ3ZZ");
        assertEquals(Verdict.UNKNOWN, deleted.verdict());
        assertTrue(deleted.reason().startsWith("0DTJ3ZZ was deleted from ICD-10-PCS 2025 (it was: Resection of "
                + "Appendix, Percutaneous Approach); nearest: "), deleted.reason());
        assertEquals("7 is not valid as the 5th character (Approach) with body part 0DTK (Ileocecal Valve) (the "
                + "table 0DT takes it with other body parts); valid there: 0, 4", pcs.validate("0DTK7ZZ").reason());
        assertEquals("Q is not valid as the 4th character (Body Part) in table 0DT (Resection); valid there: J, K",
                pcs.validate("0dtq").reason(), "a body part the table does not have");
        assertEquals("Q is not valid as the 2nd character (Body System) in section 0 (Medical and Surgical); valid "
                + "there: D, W", pcs.validate("0QTJ4ZZ").reason());
        assertEquals("Y is not valid as the 3rd character (Root Operation) in body system 0D (Gastrointestinal "
                + "System); valid there: B, T", pcs.validate("0DYJ4ZZ").reason());
        assertEquals("X is not valid as the 7th character (Qualifier) with body part 0W9H (Retroperitoneum) (the table "
                + "0W9 takes it with other body parts); valid there: Z", pcs.validate("0W9H3ZX").reason());
        Validation combination = pcs.validate("0W9G30X");
        assertEquals(Verdict.UNKNOWN, combination.verdict());
        assertTrue(combination.reason().startsWith("0W9G30X is not in ICD-10-PCS 2025: each of its characters is "
                + "valid in table 0W9, but not in this combination"), combination.reason());
        assertTrue(combination.suggestions().containsAll(List.of("0W9G30Z", "0W9G3ZX")),
                combination.suggestions().toString());
    }

    private void assertMalformed(String input, String reason) {
        Validation validation = pcs.validate(input);
        assertEquals(Verdict.MALFORMED, validation.verdict(), input);
        assertEquals(reason, validation.reason());
    }

    @Test
    void reportsTheReleaseChanges() {
        assertEquals(List.of(new Change(Change.Type.ADDED, "0DTJ8ZZ",
                        "Resection of Appendix, Via Natural or Artificial Opening Endoscopic"),
                new Change(Change.Type.ADDED, "0W9H3ZZ", "Drainage of Retroperitoneum, Percutaneous Approach"),
                new Change(Change.Type.DELETED, "0DTJ3ZZ", "Resection of Appendix, Percutaneous Approach")),
                pcs.changes());
        assertEquals(List.of("0DTJ3ZZ"), pcs.changes(Change.Type.DELETED).stream().map(Change::code).toList());
        assertTrue(pcs.release().crossCheck().isEmpty(), pcs.release().crossCheck().toString());
        assertTrue(TestIndexes.sample().icd10cm().changes().isEmpty());
    }
}
