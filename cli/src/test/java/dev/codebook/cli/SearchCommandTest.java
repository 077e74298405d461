package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.builder.TestIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search and suggest commands on the sample release, built with a user's own vocabulary file. */
class SearchCommandTest {


    @TempDir
    static Path folder;
    static Path index;

    @BeforeAll
    static void buildWithOwnVocabulary() throws Exception {
        Path vocabulary = Files.writeString(folder.resolve("mine.txt"),
                "# words our clinic uses\n[synonyms]\nsugar illness = diabetes mellitus\n");
        index = folder.resolve("index");
        assertEquals(0, CliRun.of("build", "--source", TestIndexes.sampleSources().toString(), "--out",
                index.toString(), "--vocabulary", vocabulary.toString(), "-q").status());
    }

    @Test
    void searchAnswersEachQueryOnItsOwnLine() {
        CliRun result = CliRun.of("search", "--index", index.toString(), "--limit", "3", "sugar illness",
                "high blood pressure");
        assertEquals(0, result.status(), result.err());
        assertEquals(2, result.lines().size());
        JsonNode sugar = result.lines().get(0);
        assertEquals("sugar illness", sugar.get("input").asText());
        JsonNode first = sugar.get("hits").get(0);
        assertEquals("E08-E13", first.get("code").asText(), sugar.toString());
        assertEquals("icd10cm", first.get("system").asText());
        assertEquals("Diabetes mellitus (E08-E13)", first.get("title").asText(), "the exact title leads");
        assertTrue(first.get("score").asDouble() > 0);
        assertTrue(first.has("billable"));
        assertEquals("synonym", first.get("why").get(0).get("source").asText(), "the user's own vocabulary");
        assertEquals("I10", result.lines().get(1).get("hits").get(0).get("code").asText());
    }

    @Test
    void searchReadsQueriesFromStandardInputAndFilters() {
        CliRun result = CliRun.withInput("E11.6\nfracture femur\n*:*\n", "search", "--index", index.toString(), "--billable-only",
                "-");
        assertEquals(0, result.status(), result.err());
        assertEquals(List.of("E11.6", "fracture femur", "*:*"),
                result.lines().stream().map(line -> line.get("input").asText()).toList());
        for (JsonNode line : result.lines()) {
            line.get("hits").forEach(hit -> assertTrue(hit.get("billable").asBoolean(), hit.toString()));
        }
        assertTrue(result.lines().get(0).get("hits").get(0).get("code").asText().startsWith("E11.6"));
        assertEquals(0, result.lines().get(2).get("hits").size());
    }

    @Test
    void suggestCompletesWhatWasTyped() {
        CliRun result = CliRun.of("suggest", "--index", index.toString(), "diab", "E11.6");
        assertEquals(0, result.status(), result.err());
        JsonNode diab = result.lines().get(0).get("suggestions");
        assertTrue(diab.size() > 0);
        diab.forEach(s -> assertTrue(s.get("text").asText().toLowerCase().contains("diab"), s.toString()));
        result.lines().get(1).get("suggestions").forEach(s -> assertTrue(s.get("code").asText().startsWith("E11.6")));
    }

    @Test
    void badOptionsAndVocabularySayWhatIsWrong() throws IOException {
        CliRun noSystem = CliRun.of("search", "--index", index.toString(), "--system", "cpt", "asthma");
        assertEquals(CodebookCommand.USAGE, noSystem.status());
        assertTrue(noSystem.err().contains("this index holds no 'cpt' release"), noSystem.err());
        Path bad = Files.writeString(folder.resolve("bad.txt"), "CHF congestive heart failure\n");
        CliRun badVocabulary = CliRun.of("build", "--source", TestIndexes.sampleSources().toString(), "--out",
                folder.resolve("other").toString(), "--vocabulary", bad.toString(), "-q");
        assertEquals(CodebookCommand.FAILURE, badVocabulary.status());
        assertTrue(badVocabulary.err().contains(bad + ":1: expected 'phrase"), badVocabulary.err());
    }
}
