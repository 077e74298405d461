package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.CodeSet;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Change;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ICD-10-PCS 2023 and 2025 side by side in the full index, on the command line. */
class PcsReleasesCommandTest {

    @Test
    void releaseAndDateOfServicePickTheRelease() {
        String index = TestIndexes.full().folder().toString();
        JsonNode fy2023 = CliRun.of("lookup", "--index", index, "--system", "icd10pcs", "--release", "2023", "0DTJ4ZZ")
                .lines().get(0);
        assertEquals("2023", fy2023.get("release").asText());
        assertEquals("Resection of Appendix, Percutaneous Endoscopic Approach", fy2023.get("title").asText());
        assertEquals("2023", release(index, "2022-10-01"));
        assertEquals("2023", release(index, "2023-09-30"));
        assertEquals("2025", release(index, "2024-10-01"));
        JsonNode between = CliRun.of("validate", "--index", index, "--system", "icd10pcs", "--on", "2023-10-01",
                "0DTJ4ZZ").lines().get(0);
        assertEquals("no_release", between.get("verdict").asText());
        assertTrue(between.get("reason").asText().contains("ICD-10-PCS 2023 (2022-10-01 to 2023-09-30)"),
                between.get("reason").asText());
    }

    private static String release(String index, String date) {
        return CliRun.of("validate", "--index", index, "--system", "icd10pcs", "--on", date, "0DTJ4ZZ").lines().get(0)
                .get("release").asText();
    }

    @Test
    void changesBetweenTwoReleasesAreComputedAndEachHolds() {
        CodeSet from = TestIndexes.full().system(CodeSystem.ICD10PCS, "2023");
        CodeSet to = TestIndexes.full().system(CodeSystem.ICD10PCS, "2025");
        Set<String> before = codes(from);
        Set<String> after = codes(to);
        CliRun run = CliRun.of("changes", "--index", TestIndexes.full().folder().toString(), "--system", "icd10pcs",
                "--from", "2023", "--to", "2025");
        assertEquals(0, run.status(), run.err());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> addenda = new LinkedHashMap<>();
        to.changes().forEach(change -> addenda.put(change.code(), change.type().label()));
        for (JsonNode change : run.lines()) {
            String code = change.get("code").asText();
            String type = change.get("type").asText();
            counts.merge(type, 1, Integer::sum);
            switch (Change.Type.valueOf(type.toUpperCase())) {
                case ADDED -> assertTrue(after.contains(code) && !before.contains(code), code);
                case DELETED -> assertTrue(before.contains(code) && !after.contains(code), code);
                case REVISED -> assertNotEquals(from.code(code).orElseThrow().title(),
                        to.code(code).orElseThrow().title(), code);
            }
            assertEquals(addenda.get(code), change.get("addenda").isNull() ? null : change.get("addenda").asText());
        }
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        Set<String> deleted = new HashSet<>(before);
        deleted.removeAll(after);
        assertEquals(added.size(), counts.get("added"));
        assertEquals(deleted.size(), counts.get("deleted"));
        // The 2023 titles are composed as CMS words them, so every title that differs was retitled: a label renamed.
        long retitled = after.stream().filter(before::contains)
                .filter(code -> !from.code(code).orElseThrow().title().equals(to.code(code).orElseThrow().title()))
                .count();
        assertEquals(retitled, (long) counts.getOrDefault("revised", 0));
        assertTrue(retitled > 0 && !run.err().contains("wording only"), run.err());
        System.out.println("ICD-10-PCS 2023 to 2025: " + counts + "; " + run.err().strip());
        assertTrue(run.err().startsWith("ICD-10-PCS 2023 to 2025, computed: " + String.format("%,d", added.size())
                + " added, " + String.format("%,d", deleted.size()) + " deleted, "), run.err());
        assertTrue(run.err().contains("ICD-10-PCS 2025 addenda (changes from the release before it): 371 added, "
                + "61 deleted, 0 revised"), run.err());
    }

    private static Set<String> codes(CodeSet set) {
        Set<String> codes = new HashSet<>();
        set.codes().kind(Kind.CODE).stream().forEach(code -> codes.add(code.code()));
        return codes;
    }

    @Test
    void aDefinitionQuestionIsAskedOnTheCommandLine() {
        List<JsonNode> questions = CliRun.of("quiz", "--index", TestIndexes.full().folder().toString(), "--system",
                "icd10pcs", "--kind", "pcs_definition", "--questions", "3", "--seed", "7").lines();
        assertEquals(3, questions.size());
        questions.forEach(question -> assertTrue(question.get("prompt").asText().contains(" is defined as '"),
                question.toString()));
    }
}
