package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.IndexFormatException;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed, truncated or unexpected release files fail the build with file, line and what was expected. */
class BuildFailureTest {

    private static final String TABULAR = "icd10cm_tabular_2021.xml";
    private static final String ORDER = "icd10cm_order_2021.txt";

    @TempDir
    Path temp;
    private Path sources;
    private Path index;
    private final IndexBuilder builder = new IndexBuilder(Progress.silent());

    @BeforeEach
    void copySample() throws IOException {
        sources = Files.createDirectories(temp.resolve("sources"));
        for (String name : List.of(TABULAR, ORDER)) {
            Files.copy(TestIndexes.sampleSources().resolve("icd10cm").resolve(name), sources.resolve(name));
        }
        index = temp.resolve("index");
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = sources.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private String failure() {
        return assertThrows(SourceFormatException.class, () -> builder.build(List.of(sources), index)).getMessage();
    }

    @Test
    void aTruncatedTabularNamesTheFileAndLine() throws IOException {
        edit(TABULAR, xml -> xml.substring(0, xml.indexOf("<name>E11.9</name>")));
        String message = failure();
        assertTrue(message.startsWith(TABULAR + " line "), message);
        assertTrue(message.contains("not well-formed XML, or the file is cut short"), message);
    }

    @Test
    void anUnexpectedElementIsNamedWithWhatWasExpected() throws IOException {
        edit(TABULAR, xml -> xml.replace("<desc>Type 2 diabetes mellitus without complications</desc>",
                "<desc>Type 2 diabetes mellitus without complications</desc><colour>blue</colour>"));
        String message = failure();
        assertTrue(message.matches(TABULAR + " line \\d+: unexpected element <colour> in diag E11.9; expected .*"),
                message);
    }

    @Test
    void aMalformedCodeNameIsRejected() throws IOException {
        edit(TABULAR, xml -> xml.replace("<name>E11.9</name>", "<name>E11-9</name>"));
        assertTrue(failure().contains("expected a code like A00 or A00.01 in <name>, found 'E11-9'"));
    }

    @Test
    void anotherXmlDocumentIsNotATabular() throws IOException {
        Files.writeString(sources.resolve(TABULAR), "<?xml version=\"1.0\"?><catalog><book/></catalog>");
        assertTrue(failure().contains("expected the root element <ICD10CM.tabular>"));
    }

    @Test
    void aBadBillableFlagNamesTheLineAndColumn() throws IOException {
        edit(ORDER, text -> text.replace("00013 E119    1", "00013 E119    Y"));
        assertEquals(ORDER + " line 13: expected the billable flag 0 or 1 in column 15, found 'Y'", failure());
    }

    @Test
    void aShortOrderLineIsRejected() throws IOException {
        edit(ORDER, text -> text.replaceAll("(?m)^00014 .*$", "00014 I10     1 Ess"));
        String message = failure();
        assertTrue(message.startsWith(ORDER + " line 14: line is "), message);
    }

    @Test
    void aCodeListedTwiceIsRejected() throws IOException {
        edit(ORDER, text -> text.replace("00013 E119 ", "00013 E1121"));
        assertEquals(ORDER + " line 13: code E1121 is listed again (first at line 6)", failure());
    }

    @Test
    void aTabularWithoutItsOrderFileIsRejected() throws IOException {
        Files.delete(sources.resolve(ORDER));
        assertTrue(failure().contains("but no order file of 2021"));
    }

    @Test
    void noReleaseFilesAtAllIsAnError() throws IOException {
        Files.delete(sources.resolve(ORDER));
        Files.delete(sources.resolve(TABULAR));
        Files.writeString(sources.resolve("notes.txt"), "nothing to see");
        assertTrue(failure().startsWith("no release files found in"));
    }

    @Test
    void aFailedBuildLeavesTheExistingIndexUntouched() throws IOException {
        builder.build(List.of(sources), index);
        String before = Files.readString(index.resolve(IndexMetadata.FILE_NAME));
        edit(ORDER, text -> text.replace("00013 E119    1", "00013 E119    Y"));
        failure();
        assertEquals(before, Files.readString(index.resolve(IndexMetadata.FILE_NAME)));
        try (Codebook codebook = Codebook.open(index)) {
            assertTrue(codebook.icd10cm().contains("E11.9"));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of("index", "sources"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheIndex() throws IOException {
        builder.build(List.of(sources), index);
        edit(ORDER, text -> text.replace("Essential (primary) hypertension\r\n", "Essential hypertension\r\n"));
        builder.build(List.of(sources), index);
        try (Codebook codebook = Codebook.open(index)) {
            assertEquals("Essential hypertension", codebook.icd10cm().code("I10").orElseThrow().title());
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNoIndex() throws IOException {
        Files.createDirectories(index);
        Files.writeString(index.resolve("precious.txt"), "keep me");
        IOException refused = assertThrows(IOException.class, () -> builder.build(List.of(sources), index));
        assertEquals(index.toAbsolutePath() + " holds files but no Codebook index; refusing to replace it (--out names "
                + "the folder of the index, which a build replaces whole)", refused.getMessage());
        assertEquals("keep me", Files.readString(index.resolve("precious.txt")));
    }

    @Test
    void readsTheZipsAsDistributed() throws IOException {
        Path zip = temp.resolve("2021-code-descriptions-tabular-order.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (String name : List.of(TABULAR, ORDER)) {
                zipped.putNextEntry(new ZipEntry("Code Descriptions/" + name));
                zipped.write(Files.readAllBytes(sources.resolve(name)));
                zipped.closeEntry();
            }
        }
        builder.build(List.of(zip), index);
        try (Codebook codebook = Codebook.open(index)) {
            assertEquals("Type 2 diabetes mellitus without complications",
                    codebook.icd10cm().code("E11.9").orElseThrow().title());
            assertTrue(codebook.icd10cm().release().sources().get(0).name().contains(".zip!/Code Descriptions/"));
        }
    }

    @Test
    void aMissingSearchIndexFailsTheFirstSearchButNotLookups() throws IOException {
        builder.build(List.of(sources), index);
        try (Stream<Path> lucene = Files.walk(IndexMetadata.luceneFolder(index))) {
            for (Path path : lucene.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        try (Codebook codebook = Codebook.open(index)) {
            assertTrue(codebook.icd10cm().contains("E11.9"));
            java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                    () -> codebook.search("diabetes").run());
            assertTrue(e.getMessage().startsWith("cannot open the search index of " + index), e.getMessage());
        }
    }

    @Test
    void aDamagedIndexSaysSoWhenOpened() throws IOException {
        builder.build(List.of(sources), index);
        Path table = IndexMetadata.tableFile(index, dev.codebook.code.CodeSystem.ICD10CM, "2021");
        byte[] bytes = Files.readAllBytes(table);
        Files.write(table, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IndexFormatException e = assertThrows(IndexFormatException.class, () -> Codebook.open(index));
        assertTrue(e.getMessage().endsWith("is truncated: rebuild the index"), e.getMessage());
        IOException notAnIndex = assertThrows(IOException.class, () -> Codebook.open(sources));
        assertTrue(notAnIndex.getMessage().contains("not a Codebook index"), notAnIndex.getMessage());
    }
}
