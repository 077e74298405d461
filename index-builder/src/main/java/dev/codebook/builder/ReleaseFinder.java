package dev.codebook.builder;

import dev.codebook.builder.custom.CustomFormat;
import dev.codebook.builder.hcpcs.HcpcsFormat;
import dev.codebook.builder.icd10cm.Icd10CmFormat;
import dev.codebook.builder.icd10pcs.Icd10PcsFormat;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseFormat;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offers each source file to the release formats of the code systems, in turn, and collects the releases each format
 * pairs its files into. Other files are passed over and named in the progress report.
 */
final class ReleaseFinder {

    /** One line per system: a new system is a package with its {@link ReleaseFormat} and a line here. */
    private static final List<ReleaseFormat> FORMATS = List.of(
            new Icd10CmFormat(),
            new Icd10PcsFormat(),
            new HcpcsFormat(),
            new CustomFormat());

    private ReleaseFinder() {
    }

    static List<ReleaseSource> find(List<SourceFile> files, Progress progress) throws IOException {
        Map<ReleaseFormat, List<SourceFile>> read = new LinkedHashMap<>();
        List<String> passedOver = new ArrayList<>();
        for (SourceFile file : files) {
            FORMATS.stream().filter(format -> format.reads(file)).findFirst().ifPresentOrElse(
                    format -> read.computeIfAbsent(format, f -> new ArrayList<>()).add(file),
                    () -> passedOver.add(file.fileName()));
        }
        List<ReleaseSource> releases = new ArrayList<>();
        for (ReleaseFormat format : FORMATS) {
            releases.addAll(format.releases(read.getOrDefault(format, List.of()), progress));
        }
        if (!passedOver.isEmpty()) {
            progress.step("passed over " + passedOver.size() + " files that are no release this builder reads ("
                    + String.join(", ", passedOver.subList(0, Math.min(3, passedOver.size())))
                    + (passedOver.size() > 3 ? ", ..." : "") + ")");
        }
        return releases;
    }
}
