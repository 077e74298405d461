package dev.codebook.builder.spi;

import dev.codebook.code.CodeSystem;
import java.io.IOException;

/** The files of one release of one code system, found among the sources, ready to be read. */
public interface ReleaseSource {

    CodeSystem system();

    /** The release's version as the file names give it; the read may confirm it from the content. */
    String version();

    /** Reads and cross-checks the files; a malformed file fails with a {@link SourceFormatException}. */
    BuiltRelease read(Progress progress) throws IOException;
}
