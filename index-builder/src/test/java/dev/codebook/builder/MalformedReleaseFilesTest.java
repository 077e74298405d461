package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.CodeSystem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ICD-10-PCS and HCPCS files with malformed lines: the build names the file and line and writes nothing. */
class MalformedReleaseFilesTest {

    private static final String PCS = "icd10pcs_codes_2025.txt";
    private static final String HCPCS = "HCPC2020_ANWEB_test.txt";

    @TempDir
    Path folder;

    @Test
    void pcsCodesFile() throws IOException {
        assertRefused(PCS, "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n0DTJ4Z Resection\n",
                PCS + " line 2: expected a seven-character ICD-10-PCS code (digits and letters other than I and O), a "
                        + "space and its title, found '0DTJ4Z Resection'");
        assertRefused(PCS, "0DTJ4ZZ Resection of Appendix\n0DTJ4ZO Resection of Appendix\n", PCS + " line 2: expected "
                + "a seven-character ICD-10-PCS code (digits and letters other than I and O), a space and its title, "
                + "found '0DTJ4ZO Resection of Appendix'");
        assertRefused(PCS, "0DTJ4ZZ Resection of Appendix\n\n0DTJ4ZZ Resection again\n", PCS + " line 3: code 0DTJ4ZZ "
                + "is listed again (first at line 1)");
    }

    @Test
    void pcsAddenda() throws IOException {
        Files.writeString(folder.resolve(PCS), "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n");
        assertRefused("codes_addenda_2025.txt", "Add:         0DTJ4ZZ Resection of Appendix\nChange: 0DTJ4ZZ x\n",
                "codes_addenda_2025.txt line 2: expected 'Add:', 'Delete:', 'Revise from:' or 'Revise to:' with a code"
                        + " and its title, or a line of the summary, found 'Change: 0DTJ4ZZ x'");
        assertRefused("codes_addenda_2025.txt", "Revise from: 0DTJ4ZZ Old title\nAdd:         0DTJ0ZZ New\n",
                "codes_addenda_2025.txt line 2: expected the 'Revise to:' line of the code revised at line 1");
        Files.delete(folder.resolve(PCS));
        assertRefused("codes_addenda_2025.txt", "Add:         0DTJ4ZZ Resection of Appendix\n", "found the ICD-10-PCS "
                + "2025 addenda " + folder.resolve("codes_addenda_2025.txt") + " but no codes file of 2025 "
                + "(icd10pcs_codes_2025.txt); the addenda describe the codes file and need it");
    }

    @Test
    void hcpcsFile() throws IOException {
        String good = record("E0130", '3', "Walker, rigid (pickup), adjustable or fixed height", "19860101", "", 'N');
        assertRefused(HCPCS, "A disclaimer line\n" + good + "\n" + record("E0135", '3', "Walker", "19861301", "", 'N')
                + "\n",
                HCPCS + " line 3: the add date 19861301 in columns 269-276 is not a date");
        assertRefused(HCPCS, good + "\n" + good + "\n", HCPCS + " line 2: E0130 is listed again (first at line 1)");
        assertRefused(HCPCS, good + "\n" + record("E0135", '3', "Walker", "1986010X", "", 'N') + "\n",
                HCPCS + " line 2: expected the add date as YYYYMMDD or blank in columns 269-276, found '1986010X'");
        assertRefused(HCPCS, good + "\n" + record("E0135", '3', "Walker", "19860101", "", 'Q') + "\n",
                HCPCS + " line 2: expected an action code (A, B, C, D, F, N, P, R, S or T) in column 293, found 'Q'");
        assertRefused(HCPCS, good + "\n" + "E0135002004continued description", HCPCS + " line 2: a continuation line "
                + "of E0135 but the record open is E0130");
        assertRefused(HCPCS, good + "\nE0135001003Walker, too short\n", HCPCS + " line 2: the first line of E0135 is 28 "
                + "characters long; expected at least 293, up to the action code in column 293");
        assertRefused(HCPCS, good + "\nnot a record\n", HCPCS + " line 2: expected a HCPCS record: the code in columns "
                + "1-5, a sequence number in 6-10 and the record id 3, 4, 7 or 8 in column 11");
        assertRefused(HCPCS, good + "\n" + record("E01", '7', "Modifier", "19860101", "", 'N') + "\n", HCPCS + " line 2:"
                + " record id 7 is for a modifier, two letters or digits right-aligned in columns 1-5; found '  E01'");
        assertRefused(HCPCS, good + "\n" + record("E0135", '3', "Walker", "20200101", "20191231", 'D') + "\n",
                HCPCS + " line 2: E0135 is terminated on 2019-12-31, before its add date 2020-01-01");
    }

    @Test
    void twoDifferentHcpcsFilesOfOneYear() throws IOException {
        Path first = write("a/" + HCPCS, record("E0130", '3', "Walker", "19860101", "", 'N') + "\n");
        Path second = write("b/" + HCPCS, record("E0135", '3', "Walker", "19860101", "", 'N') + "\n");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> build());
        assertEquals("two different HCPCS 2020 files among the sources: " + first + " and " + second + "; give only "
                + "one", e.getMessage());
    }

    @Test
    void identicalCopiesOfAFileAreOneRelease() throws IOException {
        write("zip-extracted/" + PCS, "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n");
        write("again/" + PCS, "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n");
        List<String> steps = new java.util.ArrayList<>();
        new IndexBuilder(steps::add).build(List.of(folder), folder.resolve("index"));
        assertEquals(1, steps.stream().filter(step -> step.startsWith("the ICD-10-PCS 2025 codes file is there 2 "
                + "times with the same content")).count(), steps.toString());
        try (Codebook codebook = Codebook.open(folder.resolve("index"))) {
            assertEquals(1, codebook.icd10pcs().release().sources().size());
        }
    }

    @Test
    void aFailedBuildLeavesTheIndexThatWasThere() throws IOException {
        Path index = folder.resolve("index");
        write("good/" + HCPCS, record("E0130", '3', "Walker", "19860101", "", 'N') + "\n");
        new IndexBuilder(Progress.silent()).build(List.of(folder.resolve("good")), index);
        write("bad/" + PCS, "0DTJ4ZZ Resection of Appendix\nnot a code\n");
        assertThrows(SourceFormatException.class,
                () -> new IndexBuilder(Progress.silent()).build(List.of(folder.resolve("good"), folder.resolve("bad")),
                        index));
        try (Codebook codebook = Codebook.open(index)) {
            assertEquals(List.of(CodeSystem.HCPCS), codebook.systems());
            assertEquals("Walker", codebook.system(CodeSystem.HCPCS).code("E0130").orElseThrow().title());
        }
    }

    /** A first line of the HCPCS layout: code, sequence, record id, descriptions, dates and action code. */
    private static String record(String code, char recordId, String description, String added, String terminated,
            char action) {
        String line = String.format("%5s00100%c%-80s%-28s", code, recordId, description, "Short");
        return String.format("%-268s%-8s%-8s%-8s%c", line, added, added, terminated, action) + " ".repeat(27);
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, Charset.forName("windows-1252"));
    }

    private void assertRefused(String name, String content, String message) throws IOException {
        write(name, content);
        SourceFormatException e = assertThrows(SourceFormatException.class, this::build);
        assertEquals(message, e.getMessage());
        Files.delete(folder.resolve(name));
    }

    private void build() throws IOException {
        new IndexBuilder(Progress.silent()).build(List.of(folder), folder.resolve("index"));
    }
}
