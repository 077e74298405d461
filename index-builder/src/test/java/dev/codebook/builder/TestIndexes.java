package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codebook.Codebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The indexes tests run against, each built once per test run under {@code target/}: the hand-written sample in
 * {@code data/sample}, and the official releases in the folder {@code CODEBOOK_SOURCES} names.
 *
 * <p>Without {@code CODEBOOK_SOURCES} the full-data tests are skipped; when it names a folder, a missing release file
 * fails them.
 */
public final class TestIndexes {

    private static Codebook sample;
    private static Codebook full;

    private TestIndexes() {
    }

    /** The repository's root folder. */
    public static Path root() {
        String root = System.getProperty("codebook.root");
        return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }

    public static Path sampleSources() {
        return root().resolve("data/sample");
    }

    /** The official release files; skips the calling test when CODEBOOK_SOURCES is not set. */
    public static Path releaseSources() {
        String sources = System.getenv("CODEBOOK_SOURCES");
        assumeTrue(sources != null && !sources.isBlank(), "CODEBOOK_SOURCES is not set: full-data test skipped");
        Path folder = root().resolve(sources).normalize();
        assertTrue(Files.isDirectory(folder), "CODEBOOK_SOURCES names " + folder + ", which is not a folder");
        return folder;
    }

    /** One file of the official releases, relative to CODEBOOK_SOURCES; a missing file fails the test. */
    public static Path releaseFile(String relative) {
        Path file = releaseSources().resolve(relative);
        assertTrue(Files.isRegularFile(file), "release file missing: " + file);
        return file;
    }

    public static synchronized Codebook sample() {
        if (sample == null) {
            sample = build(List.of(sampleSources()), "sample");
        }
        return sample;
    }

    /** The release files the full index is built from, relative to CODEBOOK_SOURCES. */
    public static final List<String> RELEASE_FILES = List.of(
            "icd10cm/2021/icd10cm_tabular_2021.xml",
            "icd10cm/2021/icd10cm-order-Jan-2021.txt",
            "icd10pcs/2023/icd10pcs_tables_2023.xml",
            "icd10pcs/2023/icd10pcs_definitions_2023.xml",
            "icd10pcs/2023/icd10pcs_index_2023.xml",
            "icd10pcs/2025/icd10pcs_codes_2025.txt",
            "icd10pcs/2025/codes_addenda_2025.txt",
            "hcpcs/2020/HCPC2020_ANWEB_w_disclaimer.txt",
            "hcpcs/2020/2020-Alpha-Numeric-HCPCS-File.zip");

    /**
     * One index of every release under CODEBOOK_SOURCES, side by side: ICD-10-CM, ICD-10-PCS and HCPCS (from the
     * folder that holds both the HCPCS zip and the file extracted from it, which the builder reads once).
     */
    public static synchronized Codebook full() {
        RELEASE_FILES.forEach(TestIndexes::releaseFile);
        if (full == null) {
            full = build(List.of(releaseSources()), "full");
        }
        return full;
    }

    private static Codebook build(List<Path> sources, String name) {
        try {
            Path index = Path.of("target", "test-indexes", name).toAbsolutePath();
            new IndexBuilder(Progress.silent()).build(sources, index);
            return Codebook.open(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
