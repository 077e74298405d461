package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.builder.TestIndexes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line on ICD-10-PCS, HCPCS and a code set of the user's own, against the sample index. */
class ProcedureCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validatesHcpcsOnTheDateOfService() throws IOException {
        JsonNode onReleaseDay = run("validate", "--system", "hcpcs", "G0202").get(0);
        assertEquals("terminated", onReleaseDay.get("verdict").asText());
        assertEquals("2020-01-01", onReleaseDay.get("on").asText());
        JsonNode before = run("validate", "--system", "hcpcs", "--on", "2017-06-01", "G0202").get(0);
        assertTrue(before.get("valid").asBoolean());
        assertEquals("2017-06-01", before.get("on").asText());
    }

    @Test
    void looksUpAPcsCodeAxisByAxis() throws IOException {
        JsonNode code = run("lookup", "--system", "icd10pcs", "0DTJ4ZZ").get(0);
        assertEquals("Medical and Surgical / Gastrointestinal System / Resection / Appendix / Percutaneous Endoscopic"
                + " / No Device / No Qualifier", code.get("explanation").asText());
        assertEquals("Approach", code.get("axes").get(4).get("axis").asText());
        JsonNode hierarchy = run("hierarchy", "--system", "icd10pcs", "0DTJ4ZZ").get(0);
        assertEquals("0DTJ", hierarchy.get("parent").get("code").asText());
        assertEquals("body part", hierarchy.get("parent").get("kind").asText());
    }

    @Test
    void looksUpHcpcsDatesAndAction() throws IOException {
        JsonNode code = run("lookup", "--system", "hcpcs", "G9999").get(0);
        assertEquals("2019-12-31", code.get("effectiveTo").asText());
        assertEquals("D", code.get("action").get("code").asText());
        assertEquals("discontinue procedure or modifier code", code.get("action").get("meaning").asText());
    }

    @Test
    void listsReleaseChanges() throws IOException {
        List<JsonNode> deleted = run("changes", "--system", "icd10pcs", "--type", "deleted");
        assertEquals(1, deleted.size());
        assertEquals("0DTJ3ZZ", deleted.get(0).get("code").asText());
        assertEquals(3, run("changes", "--system", "icd10pcs").size());
        assertEquals(CodebookCommand.USAGE, CodebookCommand.run("changes", "--index",
                TestIndexes.sample().folder().toString(), "--system", "icd10pcs", "--type", "renamed"));
    }

    @Test
    void answersForACodeSetOfTheUsersOwn() throws IOException {
        JsonNode code = run("validate", "--system", "clinic", "--on", "2024-08-01", "V101").get(0);
        assertEquals("terminated", code.get("verdict").asText());
    }

    private static List<JsonNode> run(String command, String... arguments) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--index", TestIndexes.sample().folder().toString()));
        args.addAll(List.of(arguments));
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, CodebookCommand.run(args.toArray(String[]::new)));
        } finally {
            System.setOut(original);
        }
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                answers.add(JSON.readTree(line));
            }
        }
        return answers;
    }
}
