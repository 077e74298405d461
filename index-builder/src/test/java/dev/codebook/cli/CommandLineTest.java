package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.builder.TestIndexes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook command line as other tools script against it: JSON Lines out, exit codes, one-line errors. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String index;

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }
    }

    @BeforeAll
    static void buildSample() {
        index = TestIndexes.sample().folder().toString();
    }

    private static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = CodebookCommand.run(args);
            return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    @Test
    void validateAnswersEachCodeOnItsOwnLine() throws IOException {
        Run run = run("", "validate", "--index", index, "e11.9", "E11", "T36.01A", "bogus!");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(4, lines.size());
        JsonNode valid = lines.get(0);
        assertEquals("e11.9", valid.get("input").asText());
        assertEquals("icd10cm", valid.get("system").asText());
        assertEquals("E11.9", valid.get("code").asText());
        assertTrue(valid.get("found").asBoolean());
        assertTrue(valid.get("valid").asBoolean());
        assertTrue(valid.get("billable").asBoolean());
        assertEquals("code", valid.get("kind").asText());
        assertTrue(valid.get("reason").isNull());
        JsonNode header = lines.get(1);
        assertFalse(header.get("valid").asBoolean());
        assertEquals("category", header.get("kind").asText());
        assertTrue(header.get("reason").asText().startsWith("E11 is a category, not billable"));
        JsonNode placeholder = lines.get(2);
        assertTrue(placeholder.get("code").isNull());
        assertFalse(placeholder.get("found").asBoolean());
        assertEquals("T36.0X1A", placeholder.get("suggestions").get(0).asText());
        assertEquals("malformed", lines.get(3).get("verdict").asText());
    }

    @Test
    void aDashReadsOneInputPerLineAndAnswersInOrder() throws IOException {
        Run run = run("I10\n\nS72.001A\nzz\n", "validate", "--index", index, "-");
        assertEquals(0, run.status(), run.err());
        List<String> inputs = run.lines().stream().map(line -> line.get("input").asText()).toList();
        assertEquals(List.of("I10", "", "S72.001A", "zz"), inputs);
    }

    @Test
    void lookupCarriesNotesWithTheirSources() throws IOException {
        JsonNode line = run("", "lookup", "--index", index, "E11.22").lines().get(0);
        assertEquals("Type 2 diabetes mellitus w diabetic chronic kidney disease", line.get("shortTitle").asText());
        List<String> sources = new ArrayList<>();
        line.get("notes").forEach(note -> sources.add(note.get("source").asText()));
        assertEquals(List.of("E11.22", "E11", "E11", "E11", "4"), sources);
        JsonNode seventh = run("", "lookup", "--index", index, "S72.001A").lines().get(0).get("seventhCharacters");
        assertEquals("A", seventh.get(0).get("character").asText());
    }

    @Test
    void hierarchyGivesParentChildrenAndAncestors() throws IOException {
        List<JsonNode> lines = run("", "hierarchy", "--index", index, "E11.2", "nope").lines();
        JsonNode line = lines.get(0);
        assertEquals("E11", line.get("parent").get("code").asText());
        assertEquals(3, line.get("children").size());
        List<String> ancestors = new ArrayList<>();
        line.get("ancestors").forEach(a -> ancestors.add(a.get("code").asText()));
        assertEquals(List.of("E11", "E08-E13", "4"), ancestors);
        JsonNode unknown = lines.get(1);
        assertTrue(unknown.get("parent").isNull());
        assertEquals(0, unknown.get("children").size());
    }

    @Test
    void buildPrintsASummary() {
        Run run = run("", "build", "--quiet", "--source", TestIndexes.sampleSources().toString(),
                "--out", temp.resolve("index").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("ICD-10-CM 2021: chapter 4 block 7 category 6 subcategory 16 code 27 "
                + "billable 27"), run.out());
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() {
        Run missing = run("", "validate", "--index", temp.resolve("none").toString(), "E11.9");
        assertEquals(CodebookCommand.FAILURE, missing.status());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("not a Codebook index"), missing.err());

        Run usage = run("", "validate", "E11.9");
        assertEquals(CodebookCommand.USAGE, usage.status());
        assertTrue(usage.err().startsWith("codebook: Missing required option: '--index=INDEX'"), usage.err());

        Run system = run("", "validate", "--index", index, "--system", "cpt", "99213");
        assertEquals(CodebookCommand.USAGE, system.status());
        assertTrue(system.err().strip().startsWith("codebook: this index holds no cpt release; it holds ICD-10-CM 2021"),
                system.err());

        Run badSource = run("", "build", "--source", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("index").toString());
        assertEquals(CodebookCommand.FAILURE, badSource.status());
        assertTrue(badSource.err().contains("nowhere: source does not exist"), badSource.err());
        assertFalse(badSource.err().contains("\tat "), badSource.err());
    }
}
