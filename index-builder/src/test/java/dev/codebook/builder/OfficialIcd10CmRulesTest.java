package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.builder.OfficialIcd10Cm.Diag;
import dev.codebook.builder.OfficialIcd10Cm.Extension;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FY2021 ICD-10-CM answers held against the Tabular List and order file as they state them (read by
 * {@link OfficialIcd10Cm}, not by the builder), over every order-file code: 7th-character definitions and their
 * notes, the 7th-character instruction in force, the inclusion terms of generated codes, the placeholder X, and the
 * suggestions for a code below a billable one. Each test counts the codes that break its rule and expects none.
 */
class OfficialIcd10CmRulesTest {

    private static final int SHOWN = 12;
    private static OfficialIcd10Cm official;
    private static CodeSet cm;

    @BeforeAll
    static void read() {
        official = OfficialIcd10Cm.full();
        cm = TestIndexes.full().icd10cm();
    }

    /** Guidelines I.A: a note inside a {@code <sevenChrDef>} belongs to the 7th character it follows. */
    @Test
    void everyNoteInsideASeventhCharacterDefinitionEndsInTheMeaningOfItsCharacterOnly() {
        Set<String> definitionNotes = official.diags().values().stream()
                .flatMap(diag -> diag.sevenChrDef().stream())
                .flatMap(extension -> extension.notes().stream())
                .collect(Collectors.toSet());
        assertEquals(5, definitionNotes.size(), "the FY2021 Tabular has 7 such notes, S52's repeated at S72 and S82");
        List<String> wrong = new ArrayList<>();
        official.order().keySet().forEach(key -> {
            Code code = code(key);
            List<String> problems = new ArrayList<>();
            code.notes().stream()
                    .filter(note -> definitionNotes.stream().anyMatch(note.text()::contains))
                    .forEach(note -> problems.add("shows the " + note.kind().element() + " '" + note.text()
                            + "' from " + note.source()));
            Optional<Diag> definer = official.entry(key).flatMap(entry -> official.applyingDefinition(entry.name()));
            for (SeventhCharacter seventh : code.seventhCharacters()) {
                Extension extension = definer.orElseThrow().sevenChrDef().stream()
                        .filter(e -> e.character() == seventh.character())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(code.code() + " allows " + seventh));
                if (!seventh.meaning().startsWith(extension.meaning())
                        || !extension.notes().stream().allMatch(seventh.meaning()::contains)) {
                    problems.add(seventh.character() + " means '" + seventh.meaning() + "', the Tabular '"
                            + extension.meaning() + "' with " + extension.notes());
                }
            }
            if (!problems.isEmpty()) {
                wrong.add(code.code() + " " + String.join("; ", problems));
            }
        });
        assertNone(wrong, "codes show a 7th-character definition's note apart from the meaning of its character");
    }

    /** The 7th-character instruction shown is that of the definition that applies: the nearest one. */
    @Test
    void theSeventhCharacterInstructionShownIsThatOfTheApplyingDefinition() {
        Set<String> instructions = official.diags().values().stream()
                .flatMap(diag -> diag.sevenChrNote().stream())
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        official.order().keySet().forEach(key -> {
            Code code = code(key);
            List<Note> expected = official.entry(key)
                    .flatMap(entry -> official.applyingDefinition(entry.name()))
                    .map(definer -> List.of(new Note(NoteKind.SEVENTH_CHARACTER_NOTE, definer.sevenChrNote()
                            .orElseThrow(), definer.name())))
                    .orElse(List.of());
            List<Note> shown = code.notes(NoteKind.SEVENTH_CHARACTER_NOTE).stream()
                    .filter(note -> instructions.contains(note.text()))
                    .toList();
            if (!shown.equals(expected)) {
                wrong.add(code.code() + " shows " + sources(shown) + ", expected " + sources(expected));
            }
        });
        assertNone(wrong, "codes show a 7th-character instruction other than that of the applying definition");
    }

    /**
     * A code the Tabular generates with a 7th character shows the inclusion terms of the entry the character is added
     * to, marked as that entry's; a code the Tabular lists shows its own.
     */
    @Test
    void everyCodeShowsTheInclusionTermsOfItsTabularEntry() {
        List<String> wrong = new ArrayList<>();
        int generated = 0;
        for (String key : official.order().keySet()) {
            Diag entry = official.entry(key).orElseThrow(() -> new AssertionError(key + " has no Tabular entry"));
            generated += official.isGenerated(key) ? 1 : 0;
            List<Note> expected = entry.inclusionTerms().stream()
                    .map(term -> new Note(NoteKind.INCLUSION_TERM, term, entry.name()))
                    .toList();
            List<Note> shown = code(key).notes(NoteKind.INCLUSION_TERM);
            if (!shown.equals(expected)) {
                wrong.add(OfficialIcd10Cm.dotted(key) + " shows " + shown.size() + " inclusion terms, " + entry.name()
                        + " states " + expected.size());
            }
        }
        assertEquals(50_341, generated, "7-character codes the Tabular generates (75 more it lists by name)");
        assertNone(wrong, "codes do not show the inclusion terms of their Tabular entry");
    }

    /**
     * Guidelines I.A.5: where the placeholder X exists it must be used. An order-file code typed without
     * its placeholder X's (all or some, wherever they stand, with or without the dot) is answered with that code,
     * unless what is left is itself a code of the release.
     */
    @Test
    void everyCodeTypedWithoutItsPlaceholdersIsAnsweredWithThatCode() {
        List<String> wrong = new ArrayList<>();
        int inputs = 0;
        for (String key : official.order().keySet()) {
            List<Integer> placeholders = IntStream.range(3, key.length()).filter(i -> key.charAt(i) == 'X')
                    .boxed().toList();
            for (int subset = 1; subset < 1 << placeholders.size(); subset++) {
                StringBuilder typed = new StringBuilder(key);
                for (int i = placeholders.size() - 1; i >= 0; i--) {
                    if ((subset & 1 << i) != 0) {
                        typed.deleteCharAt(placeholders.get(i));
                    }
                }
                String input = typed.toString();
                if (official.order().containsKey(input) || official.diags().containsKey(
                        OfficialIcd10Cm.dotted(input))) {
                    continue; // what is left names another code (H21.1X without its X is H21.1)
                }
                for (String form : List.of(input, OfficialIcd10Cm.dotted(input))) {
                    inputs++;
                    Validation validation = cm.validate(form);
                    if (validation.verdict() != Verdict.PLACEHOLDER_MISSING
                            || !validation.suggestions().contains(OfficialIcd10Cm.dotted(key))) {
                        wrong.add(form + " -> " + validation.verdict() + " " + validation.suggestions() + ", not "
                                + OfficialIcd10Cm.dotted(key));
                    }
                }
            }
        }
        assertTrue(inputs > 30_000, inputs + " inputs");
        assertNone(wrong, "of " + inputs + " inputs without their placeholder X are not answered with the code ("
                + wrong.stream().filter(line -> line.matches("[A-Z][0-9][0-9A-Z]\\.?[0-9A-Z] .*")).count()
                + " of them a category and a 7th character)");
    }

    /**
     * A code that does not exist, below a billable code that has no subdivisions (H10.131 below H10.13), is told of
     * that code first: it is what the coder meant, or the nearest valid code.
     */
    @Test
    void aCodeBelowABillableCodeSuggestsThatCodeFirst() {
        List<String> wrong = new ArrayList<>();
        int inputs = 0;
        for (Map.Entry<String, Boolean> entry : official.order().entrySet()) {
            String key = entry.getKey();
            if (!entry.getValue() || key.length() == 7) {
                continue;
            }
            inputs++;
            String input = OfficialIcd10Cm.dotted(key + "1");
            Validation validation = cm.validate(input);
            String billable = OfficialIcd10Cm.dotted(key);
            if (validation.verdict() != Verdict.UNKNOWN || validation.suggestions().isEmpty()
                    || !validation.suggestions().get(0).equals(billable)) {
                wrong.add(input + " -> " + validation.verdict() + " " + validation.suggestions()
                        + (validation.suggestions().contains(billable) ? "" : ", without " + billable));
            }
        }
        assertEquals(22_205, inputs, "billable codes shorter than 7 characters");
        assertNone(wrong, "inputs below a billable code do not suggest it first ("
                + wrong.stream().filter(line -> line.contains(", without ")).count() + " do not suggest it at all)");
    }

    /**
     * The one place the index differs from the file: a section of one category (B10) gets the id "B10-B10", because
     * the file's id is the category's code, and a code names one node.
     */
    @Test
    void aSectionOfOneCategoryIsRenamedBecauseItsIdIsTheCategorysCode() {
        List<String> single = official.sections().stream().filter(id -> !id.contains("-")).toList();
        assertEquals(38, single.size());
        for (String id : single) {
            assertTrue(official.diags().containsKey(id), id + " is also a category: the collision is real");
            assertTrue(Set.of(Kind.CATEGORY, Kind.CODE).contains(cm.code(id).orElseThrow().kind()), id);
            assertEquals(Kind.BLOCK, cm.code(id + "-" + id).orElseThrow().kind(), id);
            assertEquals(id + "-" + id, cm.parent(id).orElseThrow().code(), id);
        }
        official.sections().stream().filter(id -> id.contains("-")).forEach(id ->
                assertEquals(Kind.BLOCK, cm.code(id).orElseThrow().kind(), id + " is kept as the file writes it"));
    }

    private static Code code(String key) {
        return cm.code(key).orElseThrow(() -> new AssertionError(key + " is not found"));
    }

    private static String sources(List<Note> notes) {
        return notes.stream().map(Note::source).toList().toString();
    }

    private static void assertNone(List<String> wrong, String what) {
        assertEquals(List.of(), wrong.subList(0, Math.min(SHOWN, wrong.size())), wrong.size() + " " + what);
    }
}
