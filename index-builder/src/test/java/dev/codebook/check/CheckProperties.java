package dev.codebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Code;
import dev.codebook.code.NoteKind;
import dev.codebook.internal.table.CodeTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The rules as properties over encounters drawn from the full ICD-10-CM release: codes at random, and codes paired
 * with a code an Excludes1 note in force at them names, so that encounters with findings are common.
 */
class CheckProperties {

    private static List<String> billable;

    private static synchronized List<String> billable() {
        if (billable == null) {
            billable = TestIndexes.full().icd10cm().codes().billableOnly().stream().map(Code::code).toList();
        }
        return billable;
    }

    /** Billable codes the Excludes1 notes in force at the code name, a few per note. */
    private static List<String> excludedBy(String code) {
        Codebook codebook = TestIndexes.full();
        CodeSet cm = codebook.icd10cm();
        NoteReferences references = NoteReferences.of(cm);
        List<String> partners = new ArrayList<>();
        cm.code(code).orElseThrow().notes(NoteKind.EXCLUDES1).forEach(note -> NoteReferences.parse(note.text())
                .forEach(reference -> references.resolve(reference).forEach(head -> cm.billableDescendants(head)
                        .limit(3).forEach(partner -> partners.add(partner.code())))));
        return partners;
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(billable());
    }

    @Provide
    Arbitrary<List<String>> encounters() {
        Arbitrary<List<String>> pair = codes().flatMap(code -> {
            List<String> partners = excludedBy(code);
            return partners.isEmpty() ? Arbitraries.just(List.of(code))
                    : Arbitraries.of(partners).map(partner -> List.of(code, partner));
        });
        return Arbitraries.oneOf(pair, codes().map(List::of)).list().ofMinSize(2).ofMaxSize(5)
                .map(parts -> parts.stream().flatMap(List::stream).toList());
    }

    private static CheckResult check(List<String> diagnoses) {
        return Checker.of(TestIndexes.full()).check(Encounter.of(diagnoses.toArray(String[]::new)));
    }

    /** The encounter without the codes of its errors and warnings, repeatedly, until it is clean. */
    private static List<String> cleaned(List<String> diagnoses) {
        List<String> kept = new ArrayList<>(diagnoses);
        CheckResult result = check(kept);
        while (!result.clean()) {
            Set<String> involved = result.findings().stream()
                    .filter(finding -> finding.severity() != Severity.INFO)
                    .flatMap(finding -> finding.codes().stream())
                    .collect(Collectors.toSet());
            kept.removeIf(code -> involved.contains(TestIndexes.full().icd10cm().code(code).orElseThrow().code()));
            result = check(kept);
        }
        return kept;
    }

    private static boolean hasCodeFirst(String code) {
        return !TestIndexes.full().icd10cm().code(code).orElseThrow().notes(NoteKind.CODE_FIRST).isEmpty();
    }

    @Property(tries = 1000)
    void aCleanEncounterStaysCleanWhenReordered(@ForAll("encounters") List<String> drawn, @ForAll long seed) {
        List<String> clean = cleaned(drawn);
        Statistics.label("codes left").collect(clean.size() < 2 ? "fewer than two" : "two or more");
        Statistics.label("codes left").coverage(coverage -> coverage.check("two or more")
                .percentage(percent -> percent >= 40));
        List<String> reordered = new ArrayList<>(clean);
        Collections.shuffle(reordered, new Random(seed));
        // Only a code without a code-first note may move to the front.
        if (!reordered.isEmpty() && hasCodeFirst(reordered.get(0)) && !hasCodeFirst(clean.get(0))) {
            reordered.remove(clean.get(0));
            reordered.add(0, clean.get(0));
        }
        if (!reordered.isEmpty() && hasCodeFirst(reordered.get(0))) {
            reordered = clean;
        }
        assertTrue(check(reordered).clean(), clean + " is clean, " + reordered + " is not: " + check(reordered));
    }

    @Property(tries = 200)
    void addingACodeNeverRemovesAnExcludes1Finding(@ForAll("encounters") List<String> drawn,
            @ForAll("codes") String added, @ForAll int at) {
        Set<Set<String>> before = excludedPairs(drawn);
        Statistics.collect(before.isEmpty() ? "no Excludes1 finding" : "Excludes1 findings");
        List<String> more = new ArrayList<>(drawn);
        more.add(Math.floorMod(at, drawn.size() + 1), added);
        Set<Set<String>> after = excludedPairs(more);
        assertTrue(after.containsAll(before), "adding " + added + " to " + drawn + ": " + before + " -> " + after);
    }

    private static Set<Set<String>> excludedPairs(List<String> diagnoses) {
        return check(diagnoses).findings(Rule.EXCLUDES1).stream()
                .map(finding -> Set.copyOf(finding.codes()))
                .collect(Collectors.toSet());
    }

    /**
     * The merged spans the checks ask first say "no" exactly when no Excludes1 note in force names the code: drawn over holders and codes, and over the partners an Excludes1 note in force names, so that both
     * answers are common.
     */
    @Property(tries = 500)
    void theQuickAnswerAgreesWithTheNotes(@ForAll("encounters") List<String> drawn, @ForAll("codes") String other) {
        CodeSet cm = TestIndexes.full().icd10cm();
        NoteReferences references = NoteReferences.of(cm);
        int holder = references.table().position(CodeTable.key(drawn.get(0))).orElseThrow();
        List<String> others = new ArrayList<>(drawn.subList(1, drawn.size()));
        others.add(other);
        for (String code : others) {
            int position = references.table().position(CodeTable.key(code)).orElseThrow();
            boolean named = references.inForce(holder, NoteKind.EXCLUDES1).stream()
                    .anyMatch(instruction -> instruction.covers(position));
            Statistics.label("named").collect(named);
            assertEquals(named, references.excludes(holder, position), drawn.get(0) + " excludes " + code);
        }
    }
}
