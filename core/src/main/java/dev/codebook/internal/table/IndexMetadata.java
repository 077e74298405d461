package dev.codebook.internal.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The description of an index, kept as {@value #FILE_NAME} in its folder: the releases it holds and who built it.
 *
 * @param format  the layout version of the index folder
 * @param builder the version of the index builder that wrote it
 * @param builtAt when it was written
 * @param releases each release, in the order they were built
 */
public record IndexMetadata(int format, String builder, Instant builtAt, List<Release> releases) {

    /** The metadata's file name inside an index folder. */
    public static final String FILE_NAME = "codebook.json";
    /** The layout version this library reads and writes. */
    public static final int FORMAT = 2;

    /** The mapper that writes the metadata, built only by the index builder: readers use {@link MetadataReader}. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public IndexMetadata {
        releases = List.copyOf(releases);
    }

    /** The file that holds the code table of a release, inside the index folder. */
    public static Path tableFile(Path index, CodeSystem system, String version) {
        return index.resolve("tables").resolve(system.id() + "-" + version + ".table");
    }

    /** The Lucene index inside the index folder. */
    public static Path luceneFolder(Path index) {
        return index.resolve("lucene");
    }

    public void write(Path index) throws IOException {
        Writer.JSON.writeValue(index.resolve(FILE_NAME).toFile(), this);
    }

    /** Reads the metadata of the index in {@code index}; says plainly when the folder is not an index. */
    public static IndexMetadata read(Path index) throws IOException {
        Path file = index.resolve(FILE_NAME);
        IndexMetadata metadata;
        try {
            metadata = MetadataReader.read(Files.readAllBytes(file), index);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(index.toString(), null,
                    "not a Codebook index (no " + FILE_NAME + "); build one with 'codebook build'");
        } catch (IOException e) {
            throw new IndexFormatException(file + " cannot be read: " + e.getMessage());
        }
        return metadata;
    }
}
