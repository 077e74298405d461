package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.TestIndexes;
import dev.codebook.builder.spi.Progress;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date of service selects the release in effect on that day, for every system, in the library
 * ({@link Codebook#inEffect}) and on the command line ({@code --on}); a day no release covers gets {@code no_release}.
 */
class DateOfServiceTest {

    @TempDir
    Path temp;

    @Test
    void everyReleaseOfTheFullIndexAnswersFromItsFirstToItsLastDayOnly() {
        everyReleaseAnswersWithinItsDatesOnly(TestIndexes.full());
    }

    @Test
    void everyReleaseOfTheSampleAnswersFromItsFirstToItsLastDayOnly() {
        everyReleaseAnswersWithinItsDatesOnly(TestIndexes.sample());
    }

    @Test
    void aCodeFromALaterYearIsNotAnsweredForAnEarlierDate() {
        String index = TestIndexes.full().folder().toString();
        JsonNode before = CliRun.of("validate", "--index", index, "--on", "2010-01-01", "U07.1").lines().get(0);
        assertEquals("no_release", before.get("verdict").asText());
        assertEquals("2010-01-01", before.get("on").asText());
        assertTrue(before.get("release").isNull());
        assertTrue(before.get("code").isNull());
        assertEquals("no ICD-10-CM release in this index is in effect on 2010-01-01; it holds ICD-10-CM 2021 "
                + "(2020-10-01 to 2021-09-30)", before.get("reason").asText());
        JsonNode during = CliRun.of("validate", "--index", index, "--on", "2021-03-01", "U07.1").lines().get(0);
        assertEquals("billable", during.get("verdict").asText());
        assertEquals("2021", during.get("release").asText());
    }

    @Test
    void twoReleasesOfOneSystemEachAnswerForTheirOwnYear() throws IOException {
        Path sources = temp.resolve("sources");
        copySampleIcd10Cm(sources.resolve("2021"), "2021");
        copySampleIcd10Cm(sources.resolve("2022"), "2022");
        Path folder = temp.resolve("index");
        new IndexBuilder(Progress.silent()).build(List.of(sources), folder);
        try (Codebook codebook = Codebook.open(folder)) {
            assertEquals("2021", versionInEffect(codebook, LocalDate.of(2021, 3, 1)));
            assertEquals("2021", versionInEffect(codebook, LocalDate.of(2021, 9, 30)));
            assertEquals("2022", versionInEffect(codebook, LocalDate.of(2021, 10, 1)));
            assertEquals("2022", versionInEffect(codebook, LocalDate.of(2022, 9, 30)));
            assertEquals(Optional.empty(), codebook.inEffect(CodeSystem.ICD10CM, LocalDate.of(2022, 10, 1)));
            assertEquals(Optional.empty(), codebook.inEffect(CodeSystem.ICD10PCS, LocalDate.of(2021, 3, 1)),
                    "a system the index does not hold");
            assertEquals("no ICD-10-PCS release in this index is in effect on 2021-03-01; it holds no ICD-10-PCS "
                    + "release, only icd10cm 2021, icd10cm 2022", codebook.validate(CodeSystem.ICD10PCS, "0DTJ4ZZ",
                            LocalDate.of(2021, 3, 1)).reason());
            assertEquals("2022", codebook.icd10cm().release().version(), "without a date, the latest");
        }
        String index = folder.toString();
        JsonNode march = CliRun.of("lookup", "--index", index, "--on", "2021-03-01", "E11.9").lines().get(0);
        assertEquals("2021", march.get("release").asText());
        assertEquals("billable", march.get("verdict").asText());
        JsonNode later = CliRun.of("hierarchy", "--index", index, "--on", "2023-01-01", "E11.9").lines().get(0);
        assertEquals("no_release", later.get("verdict").asText());
        assertEquals("no ICD-10-CM release in this index is in effect on 2023-01-01; it holds ICD-10-CM 2021 "
                + "(2020-10-01 to 2021-09-30), ICD-10-CM 2022 (2021-10-01 to 2022-09-30)", later.get("reason").asText());
        assertTrue(later.get("parent").isNull());
        JsonNode named = CliRun.of("validate", "--index", index, "--release", "2022", "--on", "2021-03-01", "E11.9")
                .lines().get(0);
        assertEquals("no_release", named.get("verdict").asText(), "the release named is not in effect on the day");
        assertEquals("ICD-10-CM 2022 (2021-10-01 to 2022-09-30) is not in effect on 2021-03-01; the date of service "
                + "needs the release in effect on that day", named.get("reason").asText());
    }

    /**
     * Each release answers on its first and last day; the day before and the day after belong to another release of
     * the system that covers them, or get {@code no_release} naming the system's releases.
     */
    private static void everyReleaseAnswersWithinItsDatesOnly(Codebook codebook) {
        for (Release release : codebook.releases()) {
            CodeSet set = codebook.system(release.system(), release.version());
            Code code = set.codes().billableOnly().stream().findFirst().orElseThrow();
            for (LocalDate inside : List.of(release.effectiveFrom(), release.effectiveTo())) {
                assertEquals(Optional.of(set), codebook.inEffect(release.system(), inside), release.label() + inside);
                Validation answer = codebook.validate(release.system(), code.code(), inside);
                assertEquals(Optional.of(release.version()), answer.release());
                assertEquals(set.validate(code.code()).on(inside), answer);
                JsonNode line = CliRun.of("validate", "--index", codebook.folder().toString(), "--system",
                        release.system().id(), "--on", inside.toString(), code.code()).lines().get(0);
                assertEquals(release.version(), line.get("release").asText());
            }
            for (LocalDate outside : List.of(release.effectiveFrom().minusDays(1), release.effectiveTo().plusDays(1))) {
                assertEquals(Verdict.NO_RELEASE, set.validate(code.code(), outside).verdict());
                Optional<CodeSet> other = codebook.inEffect(release.system(), outside);
                if (other.isPresent()) {
                    assertNotEquals(set, other.get());
                    assertTrue(other.get().release().inEffectOn(outside));
                    continue;
                }
                Validation answer = codebook.validate(release.system(), code.code(), outside);
                assertEquals(Verdict.NO_RELEASE, answer.verdict(), release.label() + " " + outside);
                assertEquals(Optional.empty(), answer.code());
                assertEquals(Optional.empty(), answer.release());
                codebook.releases().stream().filter(r -> r.system().equals(release.system())).forEach(r ->
                        assertTrue(answer.reason().contains(r.labelWithDates()), answer.reason()));
                JsonNode line = CliRun.of("validate", "--index", codebook.folder().toString(), "--system",
                        release.system().id(), "--on", outside.toString(), code.code()).lines().get(0);
                assertEquals("no_release", line.get("verdict").asText());
            }
        }
    }

    private static String versionInEffect(Codebook codebook, LocalDate day) {
        return codebook.inEffect(CodeSystem.ICD10CM, day).orElseThrow().release().version();
    }

    /** The sample's ICD-10-CM files, as the release of {@code version} (the Tabular's version element rewritten). */
    private static void copySampleIcd10Cm(Path folder, String version) throws IOException {
        Path sample = TestIndexes.sampleSources().resolve("icd10cm");
        Files.createDirectories(folder);
        String tabular = Files.readString(sample.resolve("icd10cm_tabular_2021.xml"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("icd10cm_tabular_" + version + ".xml"),
                tabular.replace("<version>2021</version>", "<version>" + version + "</version>"),
                StandardCharsets.UTF_8);
        Files.copy(sample.resolve("icd10cm_order_2021.txt"), folder.resolve("icd10cm_order_" + version + ".txt"));
    }
}
