package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ICD-10-PCS releases among the sources that have tables, each read once when first needed: a release without
 * tables of its own takes the labels, definitions and index of another (see {@link Icd10PcsSource}).
 */
final class PcsLibrary {

    private final Map<String, PcsReleaseFiles.Files> files = new HashMap<>();
    private final Map<String, PcsReleaseFiles> read = new HashMap<>();

    /** Adds the release {@code version}: its tables, with its definitions and index when there. */
    void add(String version, SourceFile tables, Optional<SourceFile> definitions, Optional<SourceFile> index) {
        files.put(version, new PcsReleaseFiles.Files(version, tables, definitions, index));
    }

    boolean has(String version) {
        return files.containsKey(version);
    }

    /** The official files of {@code version}, read on first use. */
    Optional<PcsReleaseFiles> release(String version, Progress progress) throws IOException {
        PcsReleaseFiles.Files found = files.get(version);
        if (found == null) {
            return Optional.empty();
        }
        PcsReleaseFiles done = read.get(version);
        if (done == null) {
            done = PcsReleaseFiles.read(found, progress);
            read.put(version, done);
        }
        return Optional.of(done);
    }

    /** The other releases with tables, nearest in time to {@code version} first, the later of two equally near. */
    List<PcsReleaseFiles> others(String version, Progress progress) throws IOException {
        int year = Integer.parseInt(version);
        List<String> versions = new ArrayList<>(files.keySet());
        versions.remove(version);
        versions.sort(Comparator.comparingInt((String other) -> Math.abs(Integer.parseInt(other) - year))
                .thenComparing(Comparator.reverseOrder()));
        List<PcsReleaseFiles> others = new ArrayList<>();
        for (String other : versions) {
            others.add(release(other, progress).orElseThrow());
        }
        return others;
    }
}
