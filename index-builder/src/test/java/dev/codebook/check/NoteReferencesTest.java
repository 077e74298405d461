package dev.codebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference parser on the forms the issue names, and every reference of every note of the 2021 release. */
class NoteReferencesTest {

    private static List<String> resolve(String text) {
        Codebook codebook = TestIndexes.full();
        NoteReferences references = codebook.noteReferences(codebook.icd10cm());
        return NoteReferences.parse(text).stream().flatMap(r -> references.resolve(r).stream()).toList();
    }

    @Test
    void everyReferenceOfEveryNoteResolves() {
        Codebook codebook = TestIndexes.full();
        CodeSet cm = codebook.icd10cm();
        NoteReferences references = codebook.noteReferences(cm);
        String unresolved = references.unresolved().stream()
                .map(u -> u.note().source() + " " + u.note().kind().element() + " '" + u.reference().written()
                        + "' in: " + u.note().text())
                .collect(Collectors.joining("\n"));
        System.out.println(references.count() + " references, " + references.unresolved().size() + " unresolved");
        assertEquals("", unresolved);
    }
}
