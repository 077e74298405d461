package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.code.Axis;
import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ICD-10-PCS FY2025 and HCPCS Level II 2020 from the official files in data/releases, in one index with
 * ICD-10-CM. Expectations are read from the release files themselves, by the simplest reading their formats allow.
 */
class FullReleasesTest {

    @Test
    void theIndexHoldsEverySystemSideBySide() {
        assertEquals(List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS, CodeSystem.HCPCS), TestIndexes.full().systems());
        assertEquals(72_621, TestIndexes.full().icd10cm().codes().billableOnly().count());
        assertEquals(1, hcpcs().release().sources().size());
    }

    @Test
    void theHcpcsZipAndTheFileExtractedFromItAreOneRelease() throws IOException {
        Path zip = TestIndexes.releaseSources().resolve("hcpcs/2020/2020-Alpha-Numeric-HCPCS-File.zip");
        Path extracted = TestIndexes.releaseFile("hcpcs/2020/HCPC2020_ANWEB_w_disclaimer.txt");
        List<ReleaseSource> releases = ReleaseFinder.find(Sources.list(List.of(zip, extracted)), Progress.silent());
        assertEquals(1, releases.size(), "the same file twice is built once");
    }

    @Test
    void everyPcsCodeIsFoundWithItsExactTitle() throws IOException {
        Map<String, String> titles = pcsFile();
        assertEquals(78_948, titles.size());
        CodeSet pcs = pcs();
        titles.forEach((code, title) -> assertEquals(title, pcs.code(code).map(Code::title).orElse(null), code));
        assertEquals(78_948, pcs.codes().kind(Kind.CODE).count());
        assertEquals(78_948, pcs.codes().billableOnly().count());
    }

    @Test
    void pcsReleaseChangesComeFromTheAddenda() throws IOException {
        CodeSet pcs = pcs();
        List<Change> added = pcs.changes(Change.Type.ADDED);
        List<Change> deleted = pcs.changes(Change.Type.DELETED);
        assertEquals(371, added.size());
        assertEquals(61, deleted.size());
        List<String> lines = Files.readAllLines(TestIndexes.releaseFile("icd10pcs/2025/codes_addenda_2025.txt"));
        assertEquals(codesOn(lines, "Add:"), added.stream().map(Change::code).toList());
        assertEquals(codesOn(lines, "Delete:"), deleted.stream().map(Change::code).toList());
        added.forEach(change -> assertEquals(change.title(), pcs.code(change.code()).orElseThrow().title()));
        for (Change change : deleted) {
            Validation validation = pcs.validate(change.code());
            assertFalse(validation.found(), change.code());
            assertFalse(validation.valid(), change.code());
            assertTrue(validation.reason().startsWith(change.code() + " was deleted from ICD-10-PCS 2025 (it was: "
                    + change.title() + ")"), validation.reason());
        }
        assertTrue(pcs.release().crossCheck().stream().noneMatch(finding -> finding.contains("addenda")),
                pcs.release().crossCheck().toString());
    }

    /**
     * Each character is named; those the 2023 tables do not name for the code's table (new in 2025) are named by the
     * 2025 titles, in the words of a title of the table with that character there (PCS defines values table by
     * table: the approach of XX20X89, which its title leaves unsaid, is the External its table's other titles say).
     */
    @Test
    void everyPcsExplanationIsConsistentWithTheTitle() {
        CodeSet pcs = pcs();
        Set<String> officiallyNamed = new HashSet<>();
        TestIndexes.full().system(CodeSystem.ICD10PCS, "2023").codes().kind(Kind.CODE).stream().forEach(code -> {
            for (int at = 2; at < 7; at++) {
                officiallyNamed.add(code.code().substring(0, 3) + at + code.code().charAt(at));
            }
        });
        Map<String, List<String>> titlesWith = new HashMap<>();
        pcs.codes().kind(Kind.CODE).stream().forEach(code -> {
            for (int at = 2; at < 7; at++) {
                titlesWith.computeIfAbsent(code.code().substring(0, 3) + at + code.code().charAt(at),
                        key -> new ArrayList<>()).add(code.title());
            }
        });
        Map<String, Integer> unnamed = new LinkedHashMap<>();
        List<String> inconsistent = new ArrayList<>();
        pcs.codes().kind(Kind.CODE).stream().forEach(code -> {
            List<Axis> axes = code.axes();
            assertEquals(7, axes.size(), code.code());
            for (int at = 0; at < 7; at++) {
                assertEquals(code.code().charAt(at), axes.get(at).character(), code.code());
            }
            assertEquals(code.axes().subList(0, 4), pcs.parent(code.code()).orElseThrow().axes(), code.code());
            for (int at = 2; at < 7; at++) {
                Axis axis = axes.get(at);
                String value = axis.value();
                if (value.endsWith("(not named by the titles)")) {
                    unnamed.merge(axis.name(), 1, Integer::sum);
                } else if (!officiallyNamed.contains(code.code().substring(0, 3) + at + axis.character())
                        && !value.equals("No " + axis.name()) && titlesWith.get(code.code().substring(0, 3) + at
                                + axis.character()).stream().noneMatch(title -> containsWords(title, value))) {
                    inconsistent.add(code.code() + " " + axis.name() + " '" + value + "': " + code.title());
                }
                if (value.equals("No " + axis.name())) {
                    assertEquals('Z', axis.character(), code.code());
                }
            }
        });
        assertEquals(List.of(), inconsistent.subList(0, Math.min(20, inconsistent.size())));
        long named = 78_948L * 5 - unnamed.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("ICD-10-PCS 2025 axis values: %d of %d code characters named; not named: %s%n", named,
                78_948L * 5, unnamed);
        assertTrue(named >= 78_948L * 5 * 99 / 100, "at least 99% of the 3rd to 7th characters are named: " + unnamed);
    }

    @Test
    void explainsTheAppendectomy() {
        assertTrue(pcs().code("0DTJ4ZZ").orElseThrow().explanation().startsWith("Medical and Surgical / "
                + "Gastrointestinal System / Resection / Appendix / Percutaneous Endoscopic / No Device / No Qualifier. "
                + "Resection: cutting out or off, without replacement, all of a body part."));
        assertEquals(List.of("0DTJ", "0DT", "0D", "0"), pcs().ancestors("0DTJ4ZZ").stream().map(Code::code).toList());
    }

    @Test
    void everyHcpcsRecordIsFoundWithItsExactDescriptions() throws IOException {
        List<String> lines = Files.readAllLines(TestIndexes.releaseFile("hcpcs/2020/HCPC2020_ANWEB_w_disclaimer.txt"),
                Charset.forName("windows-1252"));
        Map<String, String[]> records = new LinkedHashMap<>();
        String open = null;
        for (String line : lines) {
            char recordId = line.length() > 10 ? line.charAt(10) : ' ';
            if (recordId == '3' || recordId == '7') {
                open = line.substring(0, 5).strip();
                records.put(open, new String[] {line.substring(11, 91).stripTrailing(), line.substring(91, 119).strip(),
                        String.valueOf(recordId)});
            } else if (recordId == '4' || recordId == '8') {
                records.get(open)[0] += " " + line.substring(11).stripTrailing();
            }
        }
        assertEquals(7_079, records.size());
        CodeSet hcpcs = hcpcs();
        records.forEach((code, expected) -> {
            Code found = hcpcs.code(code).orElseThrow(() -> new AssertionError(code));
            assertEquals(expected[0], found.title(), code);
            assertEquals(expected[1], found.shortTitle(), code);
            assertEquals(expected[2].equals("7") ? Kind.MODIFIER : Kind.CODE, found.kind(), code);
        });
        assertEquals(6_710, hcpcs.codes().kind(Kind.CODE).count());
        assertEquals(369, hcpcs.codes().kind(Kind.MODIFIER).count());
        assertEquals("Resource-intensive services for patients for whom the use of specialized mobility-assistive "
                + "technology (such as adjustable height chairs or tables, patient lift, and adjustable padded leg "
                + "supports) is medically necessary and used during the provision of an office/outpatient, evaluation "
                + "and management  visit (list separately in addition to primary service)",
                hcpcs.code("G0501").orElseThrow().title(), "a piece's own leading blank is kept, as CMS's spreadsheet "
                        + "has it");
    }

    @Test
    void everyTerminatedHcpcsRecordIsInvalidAfterItsTerminationDate() {
        CodeSet hcpcs = hcpcs();
        List<Code> terminated = hcpcs.codes().kind(Kind.CODE, Kind.MODIFIER).stream()
                .filter(code -> code.effectiveDates().to().isPresent())
                .toList();
        assertEquals(615, terminated.size());
        for (Code code : terminated) {
            LocalDate last = code.effectiveDates().to().get();
            Validation after = hcpcs.validate(code.code()).on(last.plusDays(1));
            assertEquals(Verdict.TERMINATED, after.verdict(), code.code());
            assertTrue(after.reason().contains(last.toString()), after.reason());
            assertFalse(hcpcs.validate(code.code()).on(LocalDate.of(2020, 6, 1)).valid(), code.code());
        }
        Validation mammography = hcpcs.validate("G0202").on(LocalDate.of(2020, 6, 1));
        assertFalse(mammography.valid());
        assertEquals("G0202 was terminated: its last day was 2017-12-31, so it is not valid for a service on "
                + "2020-06-01", mammography.reason());
        assertTrue(hcpcs.validate("E0130").valid());
        assertEquals("E0000-E9999", hcpcs.parent("E0135").orElseThrow().code());
    }

    private static CodeSet pcs() {
        return TestIndexes.full().system(CodeSystem.ICD10PCS, "2025");
    }

    private static CodeSet hcpcs() {
        return TestIndexes.full().system(CodeSystem.HCPCS);
    }

    private static Map<String, String> pcsFile() throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestIndexes.releaseFile("icd10pcs/2025/icd10pcs_codes_2025.txt"),
                StandardCharsets.UTF_8)) {
            titles.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
        }
        return titles;
    }

    private static List<String> codesOn(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip().substring(0, 7))
                .toList();
    }

    /** Whether the words of {@code value} occur together in {@code title}, commas apart. */
    private static boolean containsWords(String title, String value) {
        String spaced = " " + title.replace(",", " ,") + " ";
        return spaced.contains(" " + value.replace(",", " ,") + " ");
    }
}
