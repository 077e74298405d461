package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.builder.TestIndexes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code codebook quiz} on the sample index: JSON Lines, reproducible, and clear about bad options. */
class QuizCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String index() {
        return TestIndexes.sample().folder().toString();
    }

    @Test
    void writesOneQuestionPerLine() throws Exception {
        CliRun run = CliRun.of("quiz", "--index", index(), "--system", "icd10cm", "--chapter", "19", "--questions", "5",
                "--seed", "42");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "with a seed nothing is said on standard error");
        List<JsonNode> questions = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            questions.add(JSON.readTree(line));
        }
        assertEquals(5, questions.size());
        for (JsonNode question : questions) {
            for (String field : List.of("kind", "prompt", "subject", "explanation")) {
                assertFalse(question.get(field).asText().isBlank(), field + " in " + question);
            }
            JsonNode options = question.get("options");
            assertTrue(options.size() >= 2, question.toString());
            int answer = question.get("answer").asInt();
            assertTrue(answer >= 0 && answer < options.size());
            for (JsonNode option : options) {
                assertTrue(option.hasNonNull("code") && option.hasNonNull("title"), option.toString());
            }
            assertEquals(options.get(answer).get("explanation").asText(), question.get("explanation").asText());
            assertTrue(question.get("subject").asText().startsWith("S")
                    || question.get("subject").asText().startsWith("T"), question.toString());
        }
        assertEquals(run.out(), CliRun.of("quiz", "--index", index(), "--chapter", "19", "--questions", "5", "--seed", "42")
                .out(), "the same seed gives the same quiz");
    }

    @Test
    void narrowsByKindDepthAndBillability() throws Exception {
        CliRun run = CliRun.of("quiz", "--index", index(), "--kind", "code_to_title,title_to_code", "--billable-only",
                "--depth", "3-5", "--questions", "8", "--seed", "1");
        assertEquals(0, run.status(), run.err());
        for (String line : run.out().split("\n")) {
            JsonNode question = JSON.readTree(line);
            assertTrue(question.get("kind").asText().endsWith("title") || question.get("kind").asText()
                    .endsWith("code"), line);
            assertTrue(question.get("subject").asText().replace(".", "").length() <= 5, line);
        }
    }

    @Test
    void withoutASeedSaysWhichSeedItDrew() {
        CliRun run = CliRun.of("quiz", "--index", index(), "--questions", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith("codebook: quiz seed "), run.err());
        String seed = run.err().split(" ")[3];
        assertEquals(run.out(), CliRun.of("quiz", "--index", index(), "--questions", "2", "--seed", seed).out());
    }

    @Test
    void badOptionsAreUsageErrorsWithAClearMessage() {
        CliRun chapter = CliRun.of("quiz", "--index", index(), "--chapter", "E11");
        assertEquals(2, chapter.status());
        assertEquals("codebook: 'E11' is a category of ICD-10-CM 2021, not a chapter\n", chapter.err());
        CliRun kind = CliRun.of("quiz", "--index", index(), "--kind", "riddles");
        assertEquals(2, kind.status());
        assertTrue(kind.err().contains("no question kind 'riddles'; the kinds are code_to_title, title_to_code"),
                kind.err());
        CliRun depth = CliRun.of("quiz", "--index", index(), "--depth", "three");
        assertEquals(2, depth.status());
        assertTrue(depth.err().contains("--depth takes MIN-MAX or N"), depth.err());
        assertEquals("", depth.out());
    }
}
