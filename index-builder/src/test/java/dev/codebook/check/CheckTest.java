package dev.codebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule on hand-written encounters, against the full releases (ICD-10-CM 2021, ICD-10-PCS 2025, HCPCS 2020). */
class CheckTest {

    private final Codebook codebook = TestIndexes.full();

    private List<Finding> findings(Encounter encounter, Rule rule) {
        return Checker.of(codebook).check(encounter).findings(rule);
    }

    private List<Finding> findings(Rule rule, String... diagnoses) {
        return findings(Encounter.of(diagnoses), rule);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void invalidCodeSaysWhyInTheValidatorsWords() {
        Finding header = only(findings(Rule.INVALID_CODE, "E11", "I10"));
        assertEquals(Severity.ERROR, header.severity());
        assertEquals(List.of("E11"), header.codes());
        assertTrue(header.message().contains("E11 is a category, not billable"), header.message());
        assertEquals(Optional.empty(), header.source());
        assertTrue(findings(Rule.INVALID_CODE, "E11.9", "I10").isEmpty());
        Finding procedure = only(findings(Encounter.builder().diagnoses("I10").procedures("0DTJ4ZZ", "0DTJ4Z")
                .build(), Rule.INVALID_CODE));
        assertEquals(List.of("0DTJ4Z"), procedure.codes());
        assertTrue(procedure.message().contains("ICD-10-PCS"), procedure.message());
    }

    @Test
    void invalidCodeOnTheDateOfServiceForHcpcs() {
        // G0202 was terminated on 2017-12-31; E0130 is in force in 2020.
        Encounter encounter = Encounter.builder().date(LocalDate.of(2020, 6, 1)).service("G0202").service("E0130")
                .build();
        Finding terminated = only(findings(encounter, Rule.INVALID_CODE));
        assertEquals(List.of("G0202"), terminated.codes());
        assertTrue(terminated.message().contains("2017-12-31"), terminated.message());
        Finding modifierAsService = only(findings(Encounter.builder().service("RR").build(), Rule.INVALID_CODE));
        assertTrue(modifierAsService.message().contains("is a modifier, not a service code"));
    }

    @Test
    void excludes1NamesTheNoteAndTheNodeThatStatesIt() {
        Finding finding = only(findings(Rule.EXCLUDES1, "E11.9", "E10.9"));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(Set.of("E11.9", "E10.9"), Set.copyOf(finding.codes()));
        assertTrue(Set.of("E10", "E11").contains(finding.source().orElseThrow()), finding.toString());
        assertTrue(finding.message().contains("Excludes1 note at " + finding.source().get()), finding.message());
        assertTrue(finding.message().contains("unrelated"), finding.message());
        assertEquals(Set.copyOf(finding.codes()),
                Set.copyOf(only(findings(Rule.EXCLUDES1, "E10.9", "E11.9")).codes()));
    }

    @Test
    void excludes1AppliesInheritedNotesAndTheWithForms() {
        // G54.5's own note: neuralgic amyotrophy in diabetes mellitus (E08-E13 with .44).
        Finding with = only(findings(Rule.EXCLUDES1, "G54.5", "E11.44"));
        assertEquals(Optional.of("G54.5"), with.source());
        assertTrue(findings(Rule.EXCLUDES1, "G54.5", "E11.9").isEmpty());
        // M14's note, inherited by M14.60: diabetes mellitus (E08-E13 with .61-).
        assertEquals(Optional.of("M14"), only(findings(Rule.EXCLUDES1, "M14.60", "E11.618")).source());
        // Chapter 4's note, inherited: transitory endocrine and metabolic disorders specific to newborn (P70-P74).
        assertEquals(Optional.of("4"), only(findings(Rule.EXCLUDES1, "E85.0", "P70.0")).source());
    }

    @Test
    void codeFirstWhenTheManifestationIsListedFirstOrItsUnderlyingConditionIsMissing() {
        Finding first = only(findings(Rule.CODE_FIRST, "G63", "E85.0"));
        assertEquals(Severity.ERROR, first.severity());
        assertEquals(Optional.of("G63"), first.source());
        assertTrue(first.message().contains("listed first"), first.message());
        assertTrue(findings(Rule.CODE_FIRST, "E85.0", "G63").isEmpty(), "amyloidosis (E85.-) is one of G63's");
        Finding missing = only(findings(Rule.CODE_FIRST, "I10", "G63"));
        assertEquals(Severity.WARNING, missing.severity());
        assertTrue(missing.message().contains("none of the codes it names"), missing.message());
        // N18's "code first any associated: ..." is advice when none is present.
        assertEquals(Severity.INFO, only(findings(Rule.CODE_FIRST, "I10", "N18.4")).severity());
        assertTrue(findings(Rule.CODE_FIRST, "I12.9", "N18.4").isEmpty());
        // I42.7 inherits I42's instruction (a warning when unmet) and states its own "if applicable" one (advice):
        // listed first, it is judged by the firmer, never more mildly than listed second.
        Finding firstOfTwo = only(findings(Rule.CODE_FIRST, "I42.7", "S96.929D"));
        assertEquals(Severity.WARNING, firstOfTwo.severity());
        assertEquals(Optional.of("I42"), firstOfTwo.source());
        assertTrue(findings(Rule.CODE_FIRST, "S96.929D", "I42.7").stream()
                .anyMatch(finding -> finding.severity() == Severity.WARNING));
    }

    @Test
    void useAdditionalCodeIsAdviceMetByAnyCodeItNames() {
        Finding advice = only(findings(Rule.USE_ADDITIONAL_CODE, "E11.9"));
        assertEquals(Severity.INFO, advice.severity());
        assertEquals(Optional.of("E11"), advice.source());
        assertTrue(advice.message().contains("Z79.4"), advice.message());
        assertTrue(Checker.of(codebook).check(Encounter.of("E11.9")).clean(), "advice leaves an encounter clean");
        assertTrue(findings(Rule.USE_ADDITIONAL_CODE, "E11.9", "Z79.4").isEmpty());
        assertTrue(findings(Rule.USE_ADDITIONAL_CODE, "E11.9", "Z79.84").isEmpty());
    }

    @Test
    void codeAlsoIsAdvice() {
        Finding advice = only(findings(Rule.CODE_ALSO, "E85.0"));
        assertEquals(Severity.INFO, advice.severity());
        assertEquals(Optional.of("E85.0"), advice.source());
        assertTrue(findings(Rule.CODE_ALSO, "E85.0", "M04.1").isEmpty());
    }

    @Test
    void maternalAndNewbornCodesStayOnTheirOwnRecords() {
        Finding together = only(findings(Rule.MATERNAL_NEWBORN, "O80", "Z37.0", "P07.30"));
        assertEquals(Severity.ERROR, together.severity());
        assertEquals(List.of("O80", "P07.30"), together.codes());
        assertTrue(together.message().contains("newborn records only"), together.message());
        Encounter male = Encounter.builder().diagnoses("O80", "Z37.0").sex(Sex.MALE).build();
        assertEquals(Optional.of("15"), only(findings(male, Rule.MATERNAL_NEWBORN)).source());
        Encounter female = Encounter.builder().diagnoses("O80", "Z37.0").sex(Sex.FEMALE).build();
        assertTrue(findings(female, Rule.MATERNAL_NEWBORN).isEmpty());
    }

    @Test
    void duplicateDiagnosesHoweverWritten() {
        Finding duplicate = only(findings(Rule.DUPLICATE, "E11.9", "I10", "e119"));
        assertEquals(Severity.ERROR, duplicate.severity());
        assertEquals(List.of("E11.9"), duplicate.codes());
        Encounter services = Encounter.builder().service("E0130", "RR").service("E0130", "RR").service("E0130")
                .build();
        assertEquals(Severity.INFO, only(findings(services, Rule.DUPLICATE)).severity());
    }

    @Test
    void modifiersOfTheReleaseOnly() {
        Encounter encounter = Encounter.builder().date(LocalDate.of(2020, 3, 1))
                .service("E0130", "RR", "ZZ", "59", "LT").build();
        List<Finding> findings = findings(encounter, Rule.MODIFIER);
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(List.of("E0130", "ZZ"), findings.get(0).codes());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(List.of("E0130", "59"), findings.get(1).codes());
        assertEquals(Severity.WARNING, findings.get(1).severity());
        assertTrue(findings.get(1).message().contains("CPT"), findings.get(1).message());
    }

    @Test
    void noReleaseNamesWhatTheIndexHoldsAndChecksAgainstTheNearest() {
        Encounter in2019 = Encounter.builder().date(LocalDate.of(2019, 3, 1)).diagnoses("E11.9", "E10.9").build();
        Finding noRelease = only(findings(in2019, Rule.NO_RELEASE));
        assertEquals(Severity.WARNING, noRelease.severity());
        assertTrue(noRelease.message().contains("ICD-10-CM 2021 (2020-10-01 to 2021-09-30)"), noRelease.message());
        assertFalse(findings(in2019, Rule.EXCLUDES1).isEmpty(), "checked against the nearest release");
        Encounter inEffect = Encounter.builder().date(LocalDate.of(2021, 3, 1)).diagnoses("E11.9").build();
        assertTrue(findings(inEffect, Rule.NO_RELEASE).isEmpty());
        assertTrue(findings(Rule.NO_RELEASE, "E11.9").isEmpty(), "without a date, the latest release");
    }

    @Test
    void aCleanEncounterHasNoErrorOrWarning() {
        CheckResult result = Checker.of(codebook).check(Encounter.builder().date(LocalDate.of(2021, 3, 1))
                .diagnoses("E11.9", "Z79.84", "I10").build());
        assertTrue(result.clean(), result.toString());
        assertFalse(Checker.of(codebook).check(Encounter.of("E11.9", "E10.9")).clean());
    }
}
