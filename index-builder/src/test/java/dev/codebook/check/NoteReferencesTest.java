package dev.codebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference parser on the forms the Tabular uses, and every reference of every note of the 2021 release. */
class NoteReferencesTest {

    private static List<String> resolve(String text) {
        Codebook codebook = TestIndexes.full();
        NoteReferences references = NoteReferences.of(codebook.icd10cm());
        return NoteReferences.parse(text).stream().flatMap(r -> references.resolve(r).stream()).toList();
    }

    private static CodeReference reference(String first, String last, String condition) {
        String named = first.equals(last) ? first : first + "-" + last;
        return new CodeReference(condition == null ? named : named + " with " + condition, first, last,
                Optional.ofNullable(condition));
    }

    @Test
    void readsEachFormTheTabularWrites() {
        assertEquals(List.of(reference("Z79.4", "Z79.4", null)), NoteReferences.parse("insulin (Z79.4)"));
        assertEquals(List.of(reference("E10", "E10", null)), NoteReferences.parse("type 1 diabetes mellitus (E10.-)"));
        assertEquals(List.of(reference("O24.4", "O24.4", null)), NoteReferences.parse("gestational (O24.4-)"));
        assertEquals(List.of(reference("P70", "P74", null)), NoteReferences.parse("newborn (P70-P74)"));
        assertEquals(List.of(reference("B56", "B56", null), reference("B57", "B57", null)),
                NoteReferences.parse("trypanosomiasis (B56.-, B57.-)"));
        assertEquals(List.of(reference("E08", "E13", ".42")), NoteReferences.parse("diabetic (E08-E13 with .42)"));
        assertEquals(List.of(reference("B27.0", "B27.9", "1")), NoteReferences.parse("mono (B27.0-B27.9 with 1)"));
        assertEquals(List.of(reference("F10", "F19", ".17, .27, .97")),
                NoteReferences.parse("dementia in substance disorders (F10-F19, with .17, .27, .97)"));
        // Ranges as the Tabular also writes them.
        assertEquals(List.of(reference("I70.2", "I70.7", null)), NoteReferences.parse("(I70.2--I70.7-)"));
        assertEquals(List.of(reference("F10", "F19", null)), NoteReferences.parse("(F10.- -F19.-)"));
        assertEquals(List.of(reference("S00", "S09", null)), NoteReferences.parse("head injury (S00.- to S09.-)"));
        assertEquals(List.of(reference("F98.2", "F98.3", null)), NoteReferences.parse("(F98.2.-F98.3)"));
        // A code in running text; a vitamin is not a category.
        assertEquals(List.of(reference("Z3A", "Z3A", null)), NoteReferences.parse("code from category Z3A, weeks"));
        assertEquals(List.of(), NoteReferences.parse("vitamin B12 deficiency"));
    }

    @Test
    void resolvesIntoTheCodesOfTheRelease() {
        assertEquals(List.of("E08.42", "E09.42", "E10.42", "E11.42", "E13.42"), resolve("(E08-E13 with .42)"));
        assertEquals(List.of("B27.01", "B27.11", "B27.81", "B27.91"), resolve("(B27.0-B27.9 with 1)"));
        assertEquals(List.of("F10.27", "F10.97", "F13.27", "F13.97", "F18.17", "F18.27", "F18.97", "F19.17",
                "F19.27", "F19.97"), resolve("(F10-F19, with .17, .27, .97)"));
        assertEquals(List.of("I69.023", "I69.123", "I69.223", "I69.323", "I69.823", "I69.923"),
                resolve("(I69. with final characters -23)"));
        assertEquals(List.of("C00"), resolve("neoplasm (C00-D49)"), "one span, from C00 to the end of D49");
        // ICD-10 has K93; ICD-10-CM does not: the range runs to where it would stand.
        assertEquals(List.of("K00"), resolve("Conditions in K00-K93"));
        assertEquals(List.of(), resolve("(T63.81-R63.83)"), "a range that runs backwards names nothing");
    }

    /**
     * Every code reference of every note of ICD-10-CM 2021 names a code of the release, but for three that the
     * Tabular itself writes wrong: B27 has no fourth character 2 (B27.02 is meant), V94 has no V94.X, and T63.81-R63.83
     * runs backwards (T63.83 is meant). The build summary lists these.
     */
    @Test
    void everyReferenceOfEveryNoteResolvesButThreeTheTabularWritesWrong() {
        Codebook codebook = TestIndexes.full();
        NoteReferences references = NoteReferences.of(codebook.icd10cm());
        String unresolved = references.unresolved().stream()
                .map(u -> u.note().source() + " " + u.note().kind().element() + " " + u.reference().written())
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n", "G02 excludes1 B27 with fourth character 2", "V92.07 excludes1 V94.X",
                "W62 excludes1 T63.81-R63.83"), unresolved);
        assertEquals(11_266, references.count());
    }
}
