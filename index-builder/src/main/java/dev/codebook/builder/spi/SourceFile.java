package dev.codebook.builder.spi;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A release file found among the sources: a file in a folder, or an entry of a zip as CMS distributes them.
 *
 * @param fileName the file's own name, by which its kind is recognised ("icd10cm_tabular_2021.xml")
 * @param location where it was found, for messages ("codes.zip!/icd10cm_tabular_2021.xml")
 * @param path     the file, or the zip that holds the entry
 * @param entry    the entry's name inside the zip; empty for a plain file
 */
public record SourceFile(String fileName, String location, Path path, Optional<String> entry) {

    public SourceFile {
        requireNonNull(fileName, "fileName");
        requireNonNull(location, "location");
        requireNonNull(path, "path");
        requireNonNull(entry, "entry");
    }

    /** A file as it lies in a folder. */
    public static SourceFile plain(Path path) {
        return new SourceFile(path.getFileName().toString(), path.toString(), path, Optional.empty());
    }

    /** A file inside a zip, as CMS distributes the releases. */
    public static SourceFile zipped(Path zip, ZipEntry entry) {
        String name = entry.getName();
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return new SourceFile(fileName, zip + "!/" + name, zip, Optional.of(name));
    }

    /**
     * The name the index records for this file: its own name, after the zip's when it came from one
     * ({@code codes.zip!/icd10cm_tabular_2021.xml}); never the folder it was found in, so that an index reads the
     * same wherever it was built.
     */
    public String recordedName() {
        return entry.map(name -> path.getFileName() + "!/" + name).orElse(fileName);
    }

    /** Opens the file's content; the caller closes the stream. */
    public InputStream open() throws IOException {
        if (entry.isEmpty()) {
            return Files.newInputStream(path);
        }
        ZipFile zip = new ZipFile(path.toFile());
        ZipEntry zipEntry = zip.getEntry(entry.get());
        if (zipEntry == null) {
            zip.close();
            throw new IOException(location + " is no longer in its zip");
        }
        InputStream in = zip.getInputStream(zipEntry);
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
