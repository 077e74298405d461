package dev.codebook.semantic;

import dev.codebook.Codebook;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.TestIndexes;
import dev.codebook.builder.spi.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Indexes of one real chapter of ICD-10-CM 2021, chapter 4 (endocrine, nutritional and metabolic diseases, E00-E89:
 * 1,190 nodes), cut out of the official tabular and order files: small enough to embed in seconds, real enough that
 * titles differ the way the release's do. Built once per test JVM, with and without vectors.
 */
final class ChapterIndex {

    private static Codebook semantic;
    private static Codebook lexical;
    private static Path sources;

    private ChapterIndex() {
    }

    /** The chapter built with {@code --semantic}. */
    static synchronized Codebook semantic() {
        if (semantic == null) {
            semantic = build("semantic", new IndexBuilder(Progress.silent()).withSemanticVectors());
        }
        return semantic;
    }

    /** The same chapter built without vectors. */
    static synchronized Codebook lexical() {
        if (lexical == null) {
            lexical = build("lexical", new IndexBuilder(Progress.silent()));
        }
        return lexical;
    }

    private static Codebook build(String name, IndexBuilder builder) {
        try {
            Path index = Path.of("target", "test-indexes", "chapter-4-" + name).toAbsolutePath();
            builder.build(List.of(sources()), index);
            return Codebook.open(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release files of chapter 4 alone: its {@code <chapter>} element of the tabular, its lines of the order file. */
    private static synchronized Path sources() throws IOException {
        if (sources == null) {
            Path folder = Files.createDirectories(Path.of("target", "chapter-4", "icd10cm").toAbsolutePath());
            String tabular = Files.readString(TestIndexes.releaseFile("icd10cm/2021/icd10cm_tabular_2021.xml"),
                    StandardCharsets.UTF_8);
            int first = tabular.indexOf("  <chapter>");
            int start = first;
            for (int chapter = 1; chapter < 4; chapter++) {
                start = tabular.indexOf("  <chapter>", start + 1);
            }
            int end = tabular.indexOf("  </chapter>", start) + "  </chapter>\n".length();
            Files.writeString(folder.resolve("icd10cm_tabular_2021.xml"), tabular.substring(0, first)
                    + tabular.substring(start, end) + "</ICD10CM.tabular>\n", StandardCharsets.UTF_8);
            List<String> order = Files.readAllLines(
                    TestIndexes.releaseFile("icd10cm/2021/icd10cm-order-Jan-2021.txt"), StandardCharsets.UTF_8);
            // Fixed columns: the code starts at the seventh; chapter 4 holds every code that starts with E.
            Files.write(folder.resolve("icd10cm_order_2021.txt"),
                    order.stream().filter(line -> line.charAt(6) == 'E').toList(), StandardCharsets.UTF_8);
            sources = folder;
        }
        return sources;
    }
}
