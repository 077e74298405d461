package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.builder.TestIndexes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line on ICD-10-PCS, HCPCS and a code set of the user's own, against the sample index. */
class ProcedureCommandsTest {

    @Test
    void validatesHcpcsOnTheDateOfService() {
        JsonNode onReleaseDay = run("validate", "--system", "hcpcs", "G0202").get(0);
        assertEquals("terminated", onReleaseDay.get("verdict").asText());
        assertEquals("2020-01-01", onReleaseDay.get("on").asText());
        JsonNode inJune = run("validate", "--system", "hcpcs", "--on", "2020-06-01", "G0202").get(0);
        assertEquals("terminated", inJune.get("verdict").asText());
        assertEquals("2020-06-01", inJune.get("on").asText());
        JsonNode before = run("validate", "--system", "hcpcs", "--on", "2017-06-01", "G0202").get(0);
        assertEquals("no_release", before.get("verdict").asText(), "no HCPCS release of the index covers 2017");
        assertTrue(before.get("release").isNull());
        assertEquals("no HCPCS Level II release in this index is in effect on 2017-06-01; it holds HCPCS Level II 2020 "
                + "(2020-01-01 to 2020-12-31)", before.get("reason").asText());
    }

    @Test
    void looksUpAPcsCodeAxisByAxis() {
        JsonNode code = run("lookup", "--system", "icd10pcs", "0DTJ4ZZ").get(0);
        assertEquals("Medical and Surgical / Gastrointestinal System / Resection / Appendix / Percutaneous Endoscopic"
                + " / No Device / No Qualifier", code.get("explanation").asText());
        assertEquals("Approach", code.get("axes").get(4).get("axis").asText());
        JsonNode hierarchy = run("hierarchy", "--system", "icd10pcs", "0DTJ4ZZ").get(0);
        assertEquals("0DTJ", hierarchy.get("parent").get("code").asText());
        assertEquals("body_part", hierarchy.get("parent").get("kind").asText());
    }

    @Test
    void looksUpHcpcsDatesAndAction() {
        JsonNode code = run("lookup", "--system", "hcpcs", "G9999").get(0);
        assertEquals("2019-12-31", code.get("effectiveTo").asText());
        assertEquals("D", code.get("action").get("code").asText());
        assertEquals("discontinue procedure or modifier code", code.get("action").get("meaning").asText());
    }

    @Test
    void listsReleaseChanges() {
        List<JsonNode> deleted = run("changes", "--system", "icd10pcs", "--type", "deleted");
        assertEquals(1, deleted.size());
        assertEquals("0DTJ3ZZ", deleted.get(0).get("code").asText());
        assertEquals(3, run("changes", "--system", "icd10pcs").size());
        assertEquals(CodebookCommand.USAGE, CodebookCommand.run("changes", "--index",
                TestIndexes.sample().folder().toString(), "--system", "icd10pcs", "--type", "renamed"));
    }

    @Test
    void answersForACodeSetOfTheUsersOwn() {
        JsonNode code = run("validate", "--system", "clinic", "--on", "2024-08-01", "V101").get(0);
        assertEquals("terminated", code.get("verdict").asText());
    }

    private static List<JsonNode> run(String command, String... arguments) {
        List<String> args = new ArrayList<>(List.of(command, "--index", TestIndexes.sample().folder().toString()));
        args.addAll(List.of(arguments));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        return run.lines();
    }
}
