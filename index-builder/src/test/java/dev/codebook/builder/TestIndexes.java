package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The indexes tests run against, each built once per test run under {@code target/}: the hand-written sample in
 * {@code data/sample}, and the official releases the repository keeps in {@code data/releases}.
 *
 * <p>Full-data tests never skip: the release files are part of the repository, and a missing one fails them.
 */
public final class TestIndexes {

    private static Codebook sample;
    private static Codebook full;
    private static Path extracted;

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

    /** The official release files, as CMS distributes them (zips), laid out as {@code <system>/<version>/}. */
    public static Path releaseSources() {
        Path folder = root().resolve("data/releases");
        assertTrue(Files.isDirectory(folder), "the release files are missing: " + folder + " is not a folder");
        return folder;
    }

    /**
     * One file of the official releases, taken out of its zip for tests that read it directly, by its path under
     * {@code data/releases} with the zip left out: {@code icd10cm/2021/icd10cm-order-Jan-2021.txt}. A missing file
     * fails the test.
     */
    public static Path releaseFile(String relative) {
        Path file = extractedReleases().resolve(relative);
        assertTrue(Files.isRegularFile(file), "release file missing: " + relative + " is in no zip under "
                + releaseSources());
        return file;
    }

    /** Every zip under {@code data/releases}, unpacked once per test run into {@code target/release-files}. */
    private static synchronized Path extractedReleases() {
        if (extracted == null) {
            Path into = Path.of("target", "release-files").toAbsolutePath();
            try (Stream<Path> walk = Files.walk(releaseSources())) {
                for (Path zip : walk.filter(path -> path.toString().endsWith(".zip")).toList()) {
                    Path folder = into.resolve(releaseSources().relativize(zip.getParent()).toString());
                    Files.createDirectories(folder);
                    try (ZipFile archive = new ZipFile(zip.toFile())) {
                        for (ZipEntry entry : Collections.list(archive.entries())) {
                            try (InputStream in = archive.getInputStream(entry)) {
                                Files.copy(in, folder.resolve(Path.of(entry.getName()).getFileName().toString()),
                                        StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            extracted = into;
        }
        return extracted;
    }

    public static synchronized Codebook sample() {
        if (sample == null) {
            sample = build(List.of(sampleSources()), "sample");
        }
        return sample;
    }

    /** One index of every release under {@code data/releases}, side by side: ICD-10-CM, ICD-10-PCS and HCPCS. */
    public static synchronized Codebook full() {
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
