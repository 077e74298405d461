package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.fixture.FixtureIndex;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    @Test
    void readsSectionsPhrasesAndExpansions() {
        Vocabulary vocabulary = Vocabulary.parse("test.txt", List.of(
                "# comment",
                "heart attack, coronary = acute myocardial infarction | myocardial infarction",
                "",
                "[abbreviations]",
                "  CHF = congestive heart failure  ",
                "[Word Parts]",
                "-pexy = repair | reposition",
                "[drug stems]",
                "-cillin, cef- = penicillins | cephalosporins"));
        assertEquals(List.of(
                new Vocabulary.Entry(MatchSource.SYNONYM, "heart attack",
                        List.of("acute myocardial infarction", "myocardial infarction")),
                new Vocabulary.Entry(MatchSource.SYNONYM, "coronary",
                        List.of("acute myocardial infarction", "myocardial infarction")),
                new Vocabulary.Entry(MatchSource.ABBREVIATION, "CHF", List.of("congestive heart failure")),
                new Vocabulary.Entry(MatchSource.WORD_PARTS, "-pexy", List.of("repair", "reposition")),
                new Vocabulary.Entry(MatchSource.DRUG_STEM, "-cillin", List.of("penicillins", "cephalosporins")),
                new Vocabulary.Entry(MatchSource.DRUG_STEM, "cef-", List.of("penicillins", "cephalosporins"))),
                vocabulary.entries());
        assertEquals(vocabulary, Vocabulary.parse("again", vocabulary.lines()), "lines() reads back as it was");
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        assertMessage("v.txt:2: expected 'phrase, other phrase = expansion", "# ok", "no equals sign here");
        assertMessage("v.txt:1: expected 'phrase", "a = b = c");
        assertMessage("v.txt:1: an empty phrase", " = heart failure");
        assertMessage("v.txt:1: an empty expansion", "CHF = heart failure |");
        assertMessage("v.txt:1: expected the section [abbreviations], [synonyms], [word parts] or [drug stems]",
                "[words]");
        assertMessage("v.txt:2: expected a drug stem with its hyphen, '-cillin' (a suffix) or 'cef-' (a prefix); "
                + "got 'cillin'", "[drug stems]", "cillin = penicillins");
        assertMessage("v.txt:1: the phrase 'the' has no searchable words", "the = heart");
    }

    private static void assertMessage(String start, String... lines) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.parse("v.txt", List.of(lines)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void anIndexCopyIsReadAsTheBuilderCheckedItAndSearchPassesOverEntriesWithoutWords(@TempDir Path folder)
            throws IOException {
        Path index = FixtureIndex.write(folder);
        // Written by hand after the build: the builder would have refused the first entry.
        Files.write(index.resolve(Vocabulary.FILE_NAME),
                List.of("the = of", "sugar sickness = type 2 diabetes mellitus"), StandardCharsets.UTF_8);
        assertEquals(2, Vocabulary.read(index).entries().size());
        try (Codebook codebook = Codebook.open(index)) {
            SearchHit hit = codebook.search("sugar sickness").limit(1).run().get(0);
            assertEquals("E11", hit.code());
            assertTrue(hit.why().contains(new Match(MatchSource.SYNONYM,
                    "sugar sickness = type 2 diabetes mellitus")), hit.why().toString());
        }
    }
}
