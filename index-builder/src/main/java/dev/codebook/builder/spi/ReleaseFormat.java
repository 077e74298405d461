package dev.codebook.builder.spi;

import java.io.IOException;
import java.util.List;

/**
 * How one code system's release files are recognised by the names the agencies give them and paired into releases:
 * what a system registers with the index builder. The builder offers each source file to the formats in turn; the
 * first that reads it gets it, and files no format reads are passed over and named in the progress report.
 */
public interface ReleaseFormat {

    /** Whether this format reads the file, judged by its name. */
    boolean reads(SourceFile file);

    /**
     * The releases the files this format read make up.
     *
     * @throws SourceFormatException when a file lacks a partner the release needs, or two differ where one is expected
     */
    List<ReleaseSource> releases(List<SourceFile> files, Progress progress) throws IOException;
}
