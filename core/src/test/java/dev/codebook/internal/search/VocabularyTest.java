package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.search.MatchSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void readsSectionsPhrasesAndExpansions() {
        Vocabulary vocabulary = Vocabulary.parse("test.txt", List.of(
                "# comment",
                "heart attack, coronary = acute myocardial infarction | myocardial infarction",
                "",
                "[abbreviations]",
                "  CHF = congestive heart failure  "));
        assertEquals(List.of(
                new Vocabulary.Entry(MatchSource.SYNONYM, "heart attack",
                        List.of("acute myocardial infarction", "myocardial infarction")),
                new Vocabulary.Entry(MatchSource.SYNONYM, "coronary",
                        List.of("acute myocardial infarction", "myocardial infarction")),
                new Vocabulary.Entry(MatchSource.ABBREVIATION, "CHF", List.of("congestive heart failure"))),
                vocabulary.entries());
        assertEquals(vocabulary, Vocabulary.parse("again", vocabulary.lines()), "lines() reads back as it was");
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        assertMessage("v.txt:2: expected 'phrase, other phrase = expansion", "# ok", "no equals sign here");
        assertMessage("v.txt:1: expected 'phrase", "a = b = c");
        assertMessage("v.txt:1: an empty phrase", " = heart failure");
        assertMessage("v.txt:1: an empty expansion", "CHF = heart failure |");
        assertMessage("v.txt:1: expected the section [abbreviations] or [synonyms]", "[words]");
        assertMessage("v.txt:1: the phrase 'the' has no searchable words", "the = heart");
    }

    private static void assertMessage(String start, String... lines) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.parse("v.txt", List.of(lines)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
