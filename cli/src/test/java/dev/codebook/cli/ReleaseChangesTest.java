package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Change;
import dev.codebook.code.CodeSystem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code codebook changes} reports what each release's files state: the HCPCS Level II action codes of the 2020 file
 * (read here directly), and plainly that the ICD-10-CM files state none.
 */
class ReleaseChangesTest {

    /** One record of the HCPCS file as its first line states it: action code and action effective date. */
    private record Action(char code, String effective) {
    }

    @Test
    void hcpcsChangesAreTheActionCodesOfTheFile() throws IOException {
        Map<String, Action> file = hcpcsActions();
        Map<Character, Long> byAction = file.values().stream()
                .collect(Collectors.groupingBy(Action::code, Collectors.counting()));
        assertEquals(250, byAction.get('A'), "added");
        assertEquals(99, byAction.get('D'), "discontinued");
        Map<String, String> expected = new LinkedHashMap<>();
        file.forEach((code, action) -> {
            if (action.code() != 'N') {
                expected.put(code, type(action.code()));
            }
        });
        Map<String, String> library = TestIndexes.full().system(CodeSystem.HCPCS).changes().stream()
                .collect(Collectors.toMap(Change::code, change -> change.type().label()));
        assertEquals(expected, library);

        List<JsonNode> lines = changes("--system", "hcpcs");
        assertEquals(expected.size(), lines.size());
        for (JsonNode line : lines) {
            String code = line.get("code").asText();
            Action action = file.get(code);
            assertEquals(expected.get(code), line.get("type").asText(), code);
            assertEquals(String.valueOf(action.code()), line.get("action").get("code").asText(), code);
            assertEquals(action.effective(), line.get("action").get("effective").asText(), code);
        }
        assertEquals(250, changes("--system", "hcpcs", "--type", "added").size());
        assertEquals(99, changes("--system", "hcpcs", "--type", "deleted").size());
    }

    @Test
    void aReleaseWhoseFilesStateNoChangesSaysSo() {
        CliRun run = CliRun.of("changes", "--index", TestIndexes.full().folder().toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("codebook: ICD-10-CM 2021 states no changes: its files ("), run.err());
        assertTrue(run.err().contains("icd10cm_tabular_2021.xml"), run.err());
        CliRun reinstated = CliRun.of("changes", "--index", TestIndexes.full().folder().toString(), "--system",
                "hcpcs", "--type", "reinstated");
        assertEquals(0, reinstated.status());
        assertEquals("", reinstated.out());
        assertTrue(reinstated.err().startsWith("codebook: HCPCS Level II 2020 states no reinstated codes: "),
                reinstated.err());
    }

    private static List<JsonNode> changes(String... arguments) {
        String[] args = new String[arguments.length + 3];
        args[0] = "changes";
        args[1] = "--index";
        args[2] = TestIndexes.full().folder().toString();
        System.arraycopy(arguments, 0, args, 3, arguments.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        return run.lines();
    }

    /** The change each HCPCS action code records, as the file's documentation describes the codes. */
    private static String type(char action) {
        return switch (action) {
            case 'A' -> "added";
            case 'D' -> "deleted";
            case 'B', 'C', 'S' -> "revised";
            case 'R' -> "reinstated";
            default -> "other";
        };
    }

    /** Code (columns 1-5), action effective date (277-284) and action code (293) of each record's first line. */
    private static Map<String, Action> hcpcsActions() throws IOException {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestIndexes.releaseFile("hcpcs/2020/HCPC2020_ANWEB_w_disclaimer.txt"),
                Charset.forName("windows-1252"))) {
            char recordId = line.length() > 10 ? line.charAt(10) : ' ';
            if ((recordId == '3' || recordId == '7') && line.length() >= 293) {
                String day = line.substring(276, 284);
                actions.put(line.substring(0, 5).strip(), new Action(line.charAt(292),
                        day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6)));
            }
        }
        assertEquals(7_079, actions.size());
        return actions;
    }
}
