package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.spi.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The data every benchmark runs on: the official release files the repository keeps in {@code data/releases} (or the
 * folder {@code CODEBOOK_SOURCES} names, to measure other releases), and the full index built from all of them once
 * under {@code benchmarks/target/}.
 *
 * <p>The index is rebuilt only when it is missing or older than the code that builds it (the benchmarks jar, which a
 * change of the index format always rebuilds), so the many forked JVMs of one JMH run share one build.
 */
public final class BenchmarkData {

    /** The ICD-10-CM order file: the input of the batch validation benchmark. */
    public static final String ICD10CM_ORDER_FILE = "icd10cm-order-Jan-2021.txt";

    private BenchmarkData() {
    }

    /** The release files: the folder CODEBOOK_SOURCES names, or the repository's {@code data/releases}. */
    public static Path sources() {
        String sources = System.getenv("CODEBOOK_SOURCES");
        Path folder = sources == null || sources.isBlank()
                ? target().getParent().getParent().resolve("data").resolve("releases")
                : Path.of(sources).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the release files are missing: " + folder + " is not a folder");
        }
        return folder;
    }

    /**
     * One release file by its published name, as a plain file: found among the sources, taken out of its zip into
     * {@code target/release-files} when it is in one; fails naming it when it is in neither.
     */
    public static synchronized Path sourceFile(String name) {
        try (Stream<Path> walk = Files.walk(sources())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (file.getFileName().toString().equals(name)) {
                    return file;
                }
                if (file.toString().endsWith(".zip")) {
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : Collections.list(zip.entries())) {
                            if (Path.of(entry.getName()).getFileName().toString().equals(name)) {
                                Path extracted = Files.createDirectories(target().resolve("release-files"))
                                        .resolve(name);
                                try (InputStream in = zip.getInputStream(entry)) {
                                    Files.copy(in, extracted, StandardCopyOption.REPLACE_EXISTING);
                                }
                                return extracted;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("release file missing: no " + name + " under " + sources());
    }

    /** The {@code target/} folder of the benchmarks module, where indexes and scratch builds go. */
    public static Path target() {
        try {
            Path code = Path.of(BenchmarkData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // benchmarks/target/benchmarks.jar or benchmarks/target/classes: both sit in target/.
            return code.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index of every release among the sources, built when needed; its folder. */
    public static synchronized Path fullIndex() {
        Path index = target().resolve("benchmark-index");
        try {
            if (!isCurrent(index)) {
                System.err.println("building the benchmark index from " + sources() + " into " + index);
                new IndexBuilder(Progress.silent()).build(List.of(sources()), index);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the full index (building it when needed). */
    public static Codebook openFullIndex() {
        try {
            return Codebook.open(fullIndex());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCurrent(Path index) throws IOException {
        Path metadata = index.resolve("codebook.json");
        if (!Files.isRegularFile(metadata)) {
            return false;
        }
        Path code = target().resolve("benchmarks.jar");
        FileTime builtBy = Files.exists(code) ? Files.getLastModifiedTime(code) : FileTime.fromMillis(0);
        // Deliberately not opened here: the cold-open benchmark needs a JVM that has never opened an index.
        return Files.getLastModifiedTime(metadata).compareTo(builtBy) >= 0;
    }

    /** The codes of the ICD-10-CM order file as it lists them (undotted), in file order: all 95,358 of FY2021. */
    public static List<String> orderFileCodes() {
        try (Stream<String> lines = Files.lines(sourceFile(ICD10CM_ORDER_FILE), StandardCharsets.UTF_8)) {
            return lines.map(line -> line.substring(6, 13).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ICD-10-CM order file read the way an application without Codebook would: code (undotted) to long title,
     * in file order.
     */
    public static Map<String, String> orderFileTitles() {
        return readOrderFile(sourceFile(ICD10CM_ORDER_FILE));
    }

    /** Reads an order file into a map of code (undotted) to long title: the baseline for opening an index. */
    public static Map<String, String> readOrderFile(Path file) {
        Map<String, String> titles = new LinkedHashMap<>(1 << 18);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                titles.put(line.substring(6, 13).strip(), line.substring(77).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }
}
