package dev.codebook.builder.hcpcs;

import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseFiles;
import dev.codebook.builder.spi.ReleaseFormat;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A HCPCS Level II release: the fixed-width annual file ({@code HCPC2020_ANWEB_w_disclaimer.txt}), as a file or inside
 * the zip CMS distributes. The same file found twice (the zip and the file extracted from it) is built once; two
 * different files of one year are an error.
 */
public final class HcpcsFormat implements ReleaseFormat {

    private static final Pattern FILE = Pattern.compile("(?i)HCPC(20[0-9]{2})[_-].*ANWEB.*\\.txt");

    @Override
    public boolean reads(SourceFile file) {
        return ReleaseFiles.year(FILE, file).isPresent();
    }

    @Override
    public List<ReleaseSource> releases(List<SourceFile> files, Progress progress) throws IOException {
        List<ReleaseSource> releases = new ArrayList<>();
        for (Map.Entry<String, List<SourceFile>> year : ReleaseFiles.byYear(FILE, files).entrySet()) {
            releases.add(new HcpcsSource(ReleaseFiles.onceOnly("HCPCS " + year.getKey() + " file", year.getValue(),
                    progress), year.getKey()));
        }
        return releases;
    }
}
