package dev.codebook.builder.custom;

import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseFormat;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** A user's own code set: one file {@code <system>_<version>.codes.csv} per release (see {@link CustomCodeSetSource}). */
public final class CustomFormat implements ReleaseFormat {

    @Override
    public boolean reads(SourceFile file) {
        return CustomCodeSetSource.recognises(file);
    }

    @Override
    public List<ReleaseSource> releases(List<SourceFile> files, Progress progress) {
        List<ReleaseSource> releases = new ArrayList<>();
        for (SourceFile file : files) {
            releases.add(CustomCodeSetSource.of(file));
        }
        return releases;
    }
}
