package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualifiers are read as coders read them: optional, in the wording the titles use. */
class QualifiersTest {

    private static List<String> optional(String text) {
        return Qualifiers.read(text).stream().filter(Qualifiers.Word::optional).map(Qualifiers.Word::text).toList();
    }

    private static List<String> needed(String text) {
        return Qualifiers.read(text).stream().filter(word -> !word.optional()).map(Qualifiers.Word::text).toList();
    }

    @Test
    void nosAndNecAreOptionalAndNecReadsAsOther() {
        assertEquals(List.of("nos"), optional("Pneumonia NOS"));
        assertEquals(List.of("unspecified"), optional("Pneumonia, not otherwise specified"));
        assertEquals(List.of("nec", "other"), optional("Disorder of liver NEC"));
        assertEquals(List.of("other"), optional("Disorder of liver, not elsewhere classified"));
        assertEquals(List.of("disorder", "liver"), needed("Other specified disorder of liver"));
    }

    @Test
    void parenthesesBracketsAndWhatFollowsWithoutMentionOfAreOptional() {
        String wound = "Open wound of scrotum and testes, without mention of complication";
        assertEquals(List.of("open", "wound", "scrotum", "testes"), needed(wound));
        assertEquals(List.of("without", "complication"), optional(wound));
        assertEquals(List.of("periosteum", "ankle"), optional("Neoplasm of bone (periosteum) [ankle]"));
        assertEquals(List.of("hemorrhage"), optional("Peptic ulcer with or without hemorrhage"));
    }

    @Test
    void seventhCharacterWordsAndLateralityAreOptional() {
        assertEquals(List.of("fracture", "femur"),
                needed("Fracture of left femur, subsequent encounter for closed fracture with routine healing"));
        assertEquals(List.of("right", "initial", "encounter"), optional("Burn of right hand, initial encounter"));
    }

    @Test
    void unspecifiedBehaviorNamesANeoplasmCategoryNotAQualifier() {
        assertEquals(List.of("neoplasm", "unspecified", "behavior", "kidney"),
                needed("Neoplasm of unspecified behavior of kidney"));
        assertEquals(List.of("neoplasm", "unspecified", "behaviour"), needed("Neoplasm of unspecified behaviour"));
        assertEquals(List.of("unspecified"), optional("Neoplasm of kidney, unspecified"));
    }

    @Test
    void aWordSaidPlainlyAsWellIsNeededAndAQueryOfQualifiersAloneNeedsThem() {
        assertEquals(List.of("renal", "cyst", "kidney"), needed("Renal cyst (kidney) of kidney"));
        assertEquals(List.of("left"), needed("left"));
        assertEquals(List.of("other", "unspecified"), needed("other unspecified"));
    }
}
