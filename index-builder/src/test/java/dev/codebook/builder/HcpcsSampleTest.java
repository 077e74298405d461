package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.Action;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HCPCS Level II on the hand-written sample in data/sample/hcpcs. */
class HcpcsSampleTest {

    private final CodeSet hcpcs = TestIndexes.sample().system(CodeSystem.HCPCS);

    @Test
    void readsCodesWithBothDescriptionsDatesAndAction() {
        Code walker = hcpcs.code("e0130").orElseThrow();
        assertEquals("Walker, rigid (pickup), adjustable or fixed height", walker.title());
        assertEquals("Walker rigid adjust/fixed ht", walker.shortTitle());
        assertEquals(Kind.CODE, walker.kind());
        assertTrue(walker.billable());
        assertEquals(new EffectiveDates(Optional.of(LocalDate.of(1986, 1, 1)), Optional.empty()),
                walker.effectiveDates());
        assertEquals(new Action('N', Optional.of(LocalDate.of(1986, 1, 1))), walker.action().orElseThrow());
        assertEquals("no maintenance for this code", walker.action().orElseThrow().meaning());
        assertEquals(LocalDate.of(2017, 12, 31), hcpcs.code("G0202").orElseThrow().effectiveDates().to()
                .orElseThrow());
        assertEquals('D', hcpcs.code("G9999").orElseThrow().action().orElseThrow().code());
    }

    @Test
    void joinsLongDescriptionsAcrossContinuationLines() {
        assertEquals("Screening mammography, bilateral (2-view study of each breast), including computer-aided "
                + "detection (cad) when performed", hcpcs.code("G0202").orElseThrow().title());
        assertEquals("Sample service discontinued at the end of the year before the release, written for the Codebook"
                + " sample:  two spaces kept where the file has them", hcpcs.code("G9999").orElseThrow().title());
        assertEquals("Right side (used to identify procedures performed on the right side of the body)",
                hcpcs.code("RT").orElseThrow().title());
    }

    @Test
    void modifiersAreTheirOwnKind() {
        Code left = hcpcs.code("lt").orElseThrow();
        assertEquals(Kind.MODIFIER, left.kind());
        assertFalse(left.billable());
        Validation validation = hcpcs.validate("LT");
        assertEquals(Verdict.MODIFIER, validation.verdict());
        assertTrue(validation.valid());
        assertEquals(List.of("LT", "QX", "RT"), hcpcs.children("modifiers").stream().map(Code::code).toList());
        assertEquals("modifiers is a group of 3 modifiers, each reported with the code it modifies",
                hcpcs.validate("modifiers").reason());
    }

    @Test
    void groupsCodesByLetterRange() {
        assertEquals(List.of("A0000-A9999", "E0000-E9999", "G0000-G9999", "J0000-J9999", "L0000-L9999",
                "Q0000-Q9999", "modifiers"), hcpcs.chapters().stream().map(Code::code).toList());
        assertEquals("Durable medical equipment", hcpcs.parent("E0135").orElseThrow().title());
        assertEquals("Drugs administered other than oral method, chemotherapy drugs",
                hcpcs.code("J0000-J9999").orElseThrow().title());
        assertEquals(List.of("E0130", "E0135"), hcpcs.billableDescendants("E0000-E9999").map(Code::code).toList());
    }

    @Test
    void validityDependsOnTheDateOfService() {
        Validation onReleaseDay = hcpcs.validate("G0202");
        assertEquals(LocalDate.of(2020, 1, 1), onReleaseDay.dateOfService());
        assertEquals(Verdict.TERMINATED, onReleaseDay.verdict());
        Validation inJune = hcpcs.validate("G0202").on(LocalDate.of(2020, 6, 1));
        assertFalse(inJune.valid());
        assertEquals(Verdict.TERMINATED, inJune.verdict());
        assertEquals("G0202 was terminated: its last day was 2017-12-31, so it is not valid for a service on "
                + "2020-06-01", inJune.reason());
        assertEquals(Verdict.BILLABLE, inJune.on(LocalDate.of(2017, 12, 31)).verdict(), "its last day is valid");
        assertEquals("G0202 is a billable code: Screening mammography, bilateral (2-view study of each breast), "
                + "including computer-aided detection (cad) when performed",
                hcpcs.validate("G0202").on(LocalDate.of(2017, 6, 1)).reason());
        Validation spring = hcpcs.validate("Q9001");
        assertEquals(Verdict.NOT_YET_EFFECTIVE, spring.verdict());
        assertEquals("Q9001 takes effect on 2020-04-01, so it is not valid for a service on 2020-01-01",
                spring.reason());
        assertTrue(spring.on(LocalDate.of(2020, 4, 1)).valid());
        assertEquals(Verdict.UNKNOWN, hcpcs.validate("E0199").on(LocalDate.of(2020, 6, 1)).verdict(),
                "a date does not change a verdict that is not about dates");
        assertEquals(Verdict.BILLABLE, TestIndexes.sample().icd10cm().validate("E11.9").on(LocalDate.of(1990, 1, 1))
                .verdict(), "ICD-10-CM codes carry no dates of their own");
    }

    @Test
    void malformedInputSaysWhatWasExpected() {
        Validation validation = hcpcs.validate("E013");
        assertEquals(Verdict.MALFORMED, validation.verdict());
        assertEquals("'E013' is not a HCPCS Level II code: expected a HCPCS Level II code (a letter and four digits, "
                + "like E0130), a modifier (two letters or digits, like LT) or a group (a range like E0000-E9999, or "
                + "modifiers)", validation.reason());
    }
}
