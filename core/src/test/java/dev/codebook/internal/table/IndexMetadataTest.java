package dev.codebook.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.code.Change;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata file: what the writer writes, the streaming reader reads back; other files say what is wrong. */
class IndexMetadataTest {

    @TempDir
    Path index;

    @Test
    void readsBackWhatWasWritten() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("chapter", 22);
        counts.put("billable", 72_621);
        Release cm = new Release(CodeSystem.ICD10CM, "2021", LocalDate.of(2020, 10, 1), LocalDate.of(2021, 9, 30),
                List.of(new Release.SourceFile("codes.zip!/icd10cm_order_2021.txt", 14_261_470, "ab".repeat(32))),
                counts, List.of("92 titles differ only in accents"), List.of());
        Release pcs = new Release(CodeSystem.ICD10PCS, "2025", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30),
                List.of(), Map.of("code", 78_948), List.of(),
                List.of(new Change(Change.Type.ADDED, "0DTJ4ZZ", "Resection of Appendix, \"quoted\" \u00e9")));
        IndexMetadata written = new IndexMetadata(IndexMetadata.FORMAT, "0.1.0", Instant.parse(
                "2026-11-27T01:02:03.456Z"), List.of(cm, pcs));
        written.write(index);
        IndexMetadata read = IndexMetadata.read(index);
        assertEquals(written, read);
        assertEquals(List.of("chapter", "billable"), List.copyOf(read.releases().get(0).counts().keySet()));
    }

    @Test
    void anotherFormatOrADamagedFileSaysWhatToDo() throws IOException {
        Files.writeString(index.resolve(IndexMetadata.FILE_NAME), "{\"format\": 1, \"releases\": []}");
        IndexFormatException old = assertThrows(IndexFormatException.class, () -> IndexMetadata.read(index));
        assertEquals(index + " has index format 1, this library reads format " + IndexMetadata.FORMAT
                + ": rebuild it with this version of codebook", old.getMessage());
        Files.writeString(index.resolve(IndexMetadata.FILE_NAME), "{\"format\": " + IndexMetadata.FORMAT
                + ", \"builder\": \"x\", \"builtAt\": \"yesterday\", \"releases\": []}");
        assertTrue(assertThrows(IndexFormatException.class, () -> IndexMetadata.read(index)).getMessage()
                .contains("cannot be read"));
        Files.writeString(index.resolve(IndexMetadata.FILE_NAME), "{\"format\": ");
        assertTrue(assertThrows(IndexFormatException.class, () -> IndexMetadata.read(index)).getMessage()
                .contains("cannot be read"));
    }
}
