package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.builder.TestIndexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook command line as other tools script against it: JSON Lines out, exit codes, one-line errors. */
class CommandLineTest {

    private static String index;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildSample() {
        index = TestIndexes.sample().folder().toString();
    }

    @Test
    void validateAnswersEachCodeOnItsOwnLine() throws IOException {
        CliRun run = CliRun.of("validate", "--index", index, "e11.9", "E11", "T36.01A", "bogus!");
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
        CliRun run = CliRun.withInput("I10\n\nS72.001A\nzz\n", "validate", "--index", index, "-");
        assertEquals(0, run.status(), run.err());
        List<String> inputs = run.lines().stream().map(line -> line.get("input").asText()).toList();
        assertEquals(List.of("I10", "", "S72.001A", "zz"), inputs);
    }

    @Test
    void lookupCarriesNotesWithTheirSources() throws IOException {
        JsonNode line = CliRun.of("lookup", "--index", index, "E11.22").lines().get(0);
        assertEquals("Type 2 diabetes mellitus w diabetic chronic kidney disease", line.get("shortTitle").asText());
        List<String> sources = new ArrayList<>();
        line.get("notes").forEach(note -> sources.add(note.get("source").asText()));
        assertEquals(List.of("E11.22", "E11", "E11", "E11", "4"), sources);
        JsonNode seventh = CliRun.of("lookup", "--index", index, "S72.001A").lines().get(0).get("seventhCharacters");
        assertEquals("A", seventh.get(0).get("character").asText());
    }

    @Test
    void hierarchyGivesParentChildrenAndAncestors() throws IOException {
        List<JsonNode> lines = CliRun.of("hierarchy", "--index", index, "E11.2", "nope").lines();
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
        CliRun run = CliRun.of("build", "--quiet", "--source", TestIndexes.sampleSources().toString(),
                "--out", temp.resolve("index").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("ICD-10-CM 2021: chapter 4 block 7 category 6 subcategory 16 code 27 "
                + "billable 27"), run.out());
    }

    @Test
    void semanticWithoutTheSemanticModuleIsAUsageErrorNamingIt() {
        Path out = temp.resolve("semantic-index");
        CliRun run = CliRun.of("build", "--semantic", "--source", TestIndexes.sampleSources().toString(), "--out",
                out.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("codebook: --semantic: semantic vectors need the codebook-semantic module "
                + "(codebook-semantic.jar) on the class or module path"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() {
        CliRun missing = CliRun.of("validate", "--index", temp.resolve("none").toString(), "E11.9");
        assertEquals(CodebookCommand.FAILURE, missing.status());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("not a Codebook index"), missing.err());

        CliRun usage = CliRun.of("validate", "E11.9");
        assertEquals(CodebookCommand.USAGE, usage.status());
        assertTrue(usage.err().startsWith("codebook: Missing required option: '--index=INDEX'"), usage.err());

        CliRun system = CliRun.of("validate", "--index", index, "--system", "cpt", "99213");
        assertEquals(CodebookCommand.USAGE, system.status());
        assertTrue(system.err().strip().startsWith("codebook: this index holds no 'cpt' release; it holds icd10cm 2021"),
                system.err());

        CliRun badSource = CliRun.of("build", "--source", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("index").toString());
        assertEquals(CodebookCommand.FAILURE, badSource.status());
        assertTrue(badSource.err().contains("nowhere: source does not exist"), badSource.err());
        assertFalse(badSource.err().contains("\tat "), badSource.err());
    }

    @Test
    void aBadDateOrANonIndexFolderIsOneLineNamingTheValue() {
        CliRun date = CliRun.of("validate", "--index", index, "--on", "2021-13-01", "E11.9");
        assertEquals(CodebookCommand.USAGE, date.status());
        assertEquals("codebook: Invalid value for option '--on': '2021-13-01' is not a date: expected YYYY-MM-DD, like "
                + "2021-03-01 (see 'codebook validate --help')", date.err().strip());

        CliRun notAFolder = CliRun.of("build", "--source", TestIndexes.sampleSources().toString(), "--out",
                TestIndexes.sampleSources().resolve("custom/README.md").toString());
        assertEquals(CodebookCommand.FAILURE, notAFolder.status());
        assertEquals(1, notAFolder.err().strip().lines().count(), notAFolder.err());
        assertTrue(notAFolder.err().contains("README.md is a file; --out names the index folder"), notAFolder.err());
    }

    @Test
    void aCodeOfAnotherSystemSaysWhichSystemItLooksLike() throws IOException {
        List<JsonNode> cm = CliRun.of("validate", "--index", index, "0DTJ4ZZ", "E11 .9", "0DT J4ZZ").lines();
        assertTrue(cm.get(0).get("reason").asText().endsWith("; this looks like an ICD-10-PCS code (system icd10pcs)"),
                cm.get(0).toString());
        assertEquals("E11.9", cm.get(1).get("code").asText(), "blanks inside a code do not matter");
        assertEquals("malformed", cm.get(2).get("verdict").asText());

        List<JsonNode> hcpcs = CliRun.of("validate", "--index", index, "--system", "hcpcs", "99213", "E11.9").lines();
        assertTrue(hcpcs.get(0).get("reason").asText().contains("this looks like a CPT code"), hcpcs.get(0).toString());
        assertTrue(hcpcs.get(1).get("reason").asText().endsWith("this looks like an ICD-10-CM code (system icd10cm)"),
                hcpcs.get(1).toString());

        List<JsonNode> pcs = CliRun.of("validate", "--index", index, "--system", "icd10pcs", "0DT J4ZZ").lines();
        assertEquals("0DTJ4ZZ", pcs.get(0).get("code").asText());
    }

    @Test
    void searchAndSuggestTakeTheLibrarysDefaultLimits() throws IOException {
        String full = TestIndexes.full().folder().toString();
        assertEquals(8, CliRun.of("suggest", "--index", full, "diab").lines().get(0).get("suggestions").size());
        assertEquals(10, CliRun.of("search", "--index", full, "diabetes").lines().get(0).get("hits").size());
    }
}
