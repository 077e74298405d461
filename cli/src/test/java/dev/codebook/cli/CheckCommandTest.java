package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.builder.TestIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codebook check}: encounters in as JSON Lines, one answer each in order, malformed lines answered too. */
class CheckCommandTest {

    @TempDir
    Path temp;

    private static String index() {
        return TestIndexes.full().folder().toString();
    }

    @Test
    void answersEachEncounterInOrder() throws IOException {
        String encounters = String.join("\n",
                "{\"id\": \"a\", \"date\": \"2021-03-01\", \"diagnoses\": [\"E11.9\", \"E10.9\"], "
                        + "\"procedures\": [\"0DTJ4ZZ\"], \"services\": [{\"code\": \"E0130\", \"modifiers\": [\"RR\"]}], "
                        + "\"sex\": \"F\", \"age\": 54}",
                "{\"id\": 2, \"diagnoses\": [\"I10\"], \"services\": [\"E0130\"]}",
                "not json",
                "{\"id\": \"d\", \"diagnoses\": [\"I10\"], \"date\": \"2021-02-30\"}",
                "{\"id\": \"e\", \"diagnosis\": [\"I10\"]}",
                "{\"id\": \"f\", \"diagnoses\": [\"O80\", \"Z37.0\"], \"sex\": \"M\"}");
        CliRun run = CliRun.withInput(encounters, "check", "--index", index(), "-");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(6, lines.size(), run.out());

        JsonNode first = lines.get(0);
        assertEquals("a", first.get("id").asText());
        assertFalse(first.get("clean").asBoolean());
        JsonNode excludes1 = first.get("findings").findParents("rule").stream()
                .filter(finding -> finding.get("rule").asText().equals("excludes1")).findFirst().orElseThrow();
        assertEquals("error", excludes1.get("severity").asText());
        assertEquals(2, excludes1.get("codes").size());
        assertTrue(excludes1.get("message").asText().contains("Excludes1 note"));
        assertTrue(excludes1.get("source").isTextual());
        // HCPCS 2020 is not in effect on 2021-03-01: said, then checked against it.
        assertTrue(first.get("findings").findValuesAsText("rule").contains("no_release"), first.toString());

        assertEquals(2, lines.get(1).get("id").asInt());
        assertTrue(lines.get(1).get("clean").asBoolean(), lines.get(1).toString());
        assertTrue(lines.get(1).get("findings").isArray());

        assertTrue(lines.get(2).get("id").isNull());
        assertTrue(lines.get(2).get("error").asText().startsWith("line 3 is not JSON"), lines.get(2).toString());
        assertTrue(lines.get(3).get("error").asText().contains("'date' is '2021-02-30'"), lines.get(3).toString());
        assertEquals("d", lines.get(3).get("id").asText());
        assertTrue(lines.get(4).get("error").asText().contains("unknown field 'diagnosis'"), lines.get(4).toString());
        assertTrue(lines.get(5).get("findings").findValuesAsText("rule").contains("maternal_newborn"),
                lines.get(5).toString());
    }

    @Test
    void readsAFileAndPinsAReleaseOnRequest() throws IOException {
        Path file = temp.resolve("encounters.jsonl");
        Files.writeString(file, "{\"date\": \"2019-03-01\", \"diagnoses\": [\"E11.9\"]}\n");
        JsonNode dated = CliRun.of("check", "--index", index(), file.toString()).lines().get(0);
        assertEquals("no_release", dated.get("findings").get(0).get("rule").asText(), dated.toString());
        JsonNode pinned = CliRun.of("check", "--index", index(), "--release", "2021", file.toString())
                .lines().get(0);
        assertTrue(pinned.get("clean").asBoolean(), pinned.toString());

        CliRun unknown = CliRun.of("check", "--index", index(), "--release", "1999", file.toString());
        assertEquals(CodebookCommand.USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("codebook: this index holds no release of version 1999"), unknown.err());
        CliRun missing = CliRun.of("check", "--index", index(), temp.resolve("none.jsonl").toString());
        assertEquals(CodebookCommand.FAILURE, missing.status());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }
}
