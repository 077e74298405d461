package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A code set of the user's own, from the CSV format: the sample in data/sample/custom, and files that are refused. */
class CustomCodeSetTest {

    private static final String HEADER = "code,title,short_title,parent,billable,effective,end\n";

    private final CodeSet clinic = TestIndexes.sample().system(CodeSystem.of("clinic"));

    @TempDir
    Path folder;

    @Test
    void loadsAHierarchicalCodeSetWithTheSameApi() {
        assertEquals("2024", clinic.release().version());
        assertEquals(List.of("VIS", "LAB"), clinic.chapters().stream().map(Code::code).toList());
        assertEquals(List.of("VIS-NEW", "VIS"), clinic.ancestors("V100").stream().map(Code::code).toList());
        Code extended = clinic.code("v102").orElseThrow();
        assertEquals("Office visit, new patient, \"extended\" 60 minutes", extended.title());
        assertEquals("Office visit new 60", extended.shortTitle());
        assertEquals(Kind.CODE, extended.kind());
        assertEquals(Kind.GROUP, clinic.code("VIS-NEW").orElseThrow().kind());
        assertEquals("Laboratory", clinic.code("LAB").orElseThrow().shortTitle(), "a blank short title is the title");
        assertEquals("L1.1", clinic.code("l11").orElseThrow().code(), "dots and case do not matter");
        assertEquals(Verdict.HEADER, clinic.validate("VIS-EST").verdict());
    }

    @Test
    void datesDecideValidityOnTheDateOfService() {
        assertEquals(Verdict.BILLABLE, clinic.validate("V101").verdict());
        assertEquals("V101 was terminated: its last day was 2024-06-30, so it is not valid for a service on "
                + "2024-08-01", clinic.validate("V101").on(LocalDate.of(2024, 8, 1)).reason());
        assertEquals(Verdict.NOT_YET_EFFECTIVE, clinic.validate("V102").verdict());
        assertEquals(Verdict.BILLABLE, clinic.validate("V102").on(LocalDate.of(2024, 8, 1)).verdict());
    }

    @Test
    void searchAndSuggestAnswerFromTheLatestReleaseOfASystem() throws IOException {
        Path older = Files.writeString(folder.resolve("clinic_2023.codes.csv"),
                HEADER + "X1,Ankle strapping,,,,,\nX2,Knee strapping,,,,,\n");
        Path newer = Files.writeString(folder.resolve("clinic_2024.codes.csv"),
                HEADER + "X1,Ankle strapping,,,,,\nX3,Wrist strapping,,,,,\n");
        Path other = Files.writeString(folder.resolve("lab_2024.codes.csv"), HEADER + "L1,Strapping tape,,,,,\n");
        new IndexBuilder(Progress.silent()).build(List.of(older, newer, other), folder.resolve("index"));
        try (Codebook codebook = Codebook.open(folder.resolve("index"))) {
            List<String> clinic = codebook.search("strapping").in(CodeSystem.of("clinic")).run().stream()
                    .map(hit -> hit.code() + " " + hit.release()).sorted().toList();
            assertEquals(List.of("X1 2024", "X3 2024"), clinic, "only the 2024 release, and no other system");
            List<String> all = codebook.search("strapping").run().stream().map(hit -> hit.code()).sorted().toList();
            assertEquals(List.of("L1", "X1", "X3"), all, "all systems: still only their latest releases");
            assertTrue(codebook.suggest("knee").in(CodeSystem.of("clinic")).run().isEmpty(), "X2 left in 2024");
        }
    }

    @Test
    void readsAFileASpreadsheetSavedWithAByteOrderMark() throws IOException {
        Path file = Files.writeString(folder.resolve("sheet_2024.codes.csv"), "\uFEFF" + HEADER + "A1,First,,,,,\r\n");
        new IndexBuilder(Progress.silent()).build(List.of(file), folder.resolve("index"));
        try (Codebook codebook = Codebook.open(folder.resolve("index"))) {
            assertEquals("First", codebook.system(CodeSystem.of("sheet")).code("A1").orElseThrow().title());
        }
    }

    @Test
    void refusesDuplicateCodes() throws IOException {
        assertRefused(HEADER + "A1,First,,,,,\nB1,Second,,,,,\na.1,Again,,,,,\n",
                "mine_2024.codes.csv line 4: code a.1 is listed again (first at line 2 as A1, the same code once dots "
                        + "and case are ignored)");
    }

    @Test
    void refusesUnknownParents() throws IOException {
        assertRefused(HEADER + "A1,First,,,,,\nA2,Second,,A9,,,\n",
                "mine_2024.codes.csv line 3: the parent A9 of A2 is not a code of this file");
    }

    @Test
    void refusesCycles() throws IOException {
        assertRefused("# a comment line\n" + HEADER + "A1,Top,,,,,\nB1,One,,B3,,,\nB2,Two,,B1,,,\nB3,Three,,B2,,,\n",
                "mine_2024.codes.csv line 4: the parents of B1 form a cycle: B1 > B3 > B2 > B1");
    }

    @Test
    void refusesMalformedLinesNamingTheLine() throws IOException {
        assertRefused(HEADER + "A1,First,,,maybe,,\n", "mine_2024.codes.csv line 2: expected billable as yes or no "
                + "(or true/false, 1/0, or blank), found 'maybe'");
        assertRefused(HEADER + "A1,First,,,,2024-13-01,\n", "mine_2024.codes.csv line 2: expected the effective date "
                + "as YYYY-MM-DD, found '2024-13-01'");
        assertRefused(HEADER + "A1,First,,\n", "mine_2024.codes.csv line 2: expected 7 fields as in the header, "
                + "found 4");
        assertRefused(HEADER + "A 1,First,,,,,\n", "mine_2024.codes.csv line 2: expected a code of letters and digits "
                + "(with '.' or '-' inside, at most 16 without the dots), found 'A 1'");
        assertRefused(HEADER + "A1,\"First, unclosed,,,,,\n", "mine_2024.codes.csv line 2: a quoted field is not "
                + "closed (a field may not span lines)");
        assertRefused(HEADER + "A1,First,,,,2024-05-01,2024-04-30\n", "mine_2024.codes.csv line 2: A1 ends on "
                + "2024-04-30, before it takes effect on 2024-05-01");
        assertRefused("code,name\nA1,First\n", "mine_2024.codes.csv line 1: unknown column 'name' in the header; the "
                + "columns are code, title, short_title, parent, billable, effective, end");
    }

    @Test
    void refusesTheNameOfAPublishedSystem() throws IOException {
        Path file = Files.writeString(folder.resolve("hcpcs_2024.codes.csv"), HEADER + "A1,First,,,,,\n");
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> new IndexBuilder(Progress.silent()).build(List.of(file), folder.resolve("index")));
        assertEquals(file + ": hcpcs is the name of a published system this builder reads from its official files; "
                + "give your code set a name of its own", e.getMessage());
    }

    private void assertRefused(String content, String message) throws IOException {
        Path file = Files.writeString(folder.resolve("mine_2024.codes.csv"), content);
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> new IndexBuilder(Progress.silent()).build(List.of(file), folder.resolve("index")));
        assertEquals(message, e.getMessage());
        assertTrue(Files.notExists(folder.resolve("index")), "nothing is written when the build fails");
    }
}
