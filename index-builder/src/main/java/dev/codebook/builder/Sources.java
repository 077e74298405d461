package dev.codebook.builder;

import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Lists the files among the given folders, zips and files, looking inside zips, in a stable order. */
final class Sources {

    private Sources() {
    }

    static List<SourceFile> list(List<Path> sources) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new NoSuchFileException(source.toString(), null, "source does not exist");
            }
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                        addFile(path, files);
                    }
                }
            } else {
                addFile(source, files);
            }
        }
        return Collections.unmodifiableList(files);
    }

    private static void addFile(Path path, List<SourceFile> files) throws IOException {
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            files.add(SourceFile.plain(path));
            return;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            List<SourceFile> entries = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    entries.add(SourceFile.zipped(path, entry));
                }
            }
            entries.sort((a, b) -> a.location().compareTo(b.location()));
            files.addAll(entries);
        } catch (ZipException e) {
            throw new SourceFormatException(path + ": not a readable zip file (" + e.getMessage() + ")");
        }
    }
}
