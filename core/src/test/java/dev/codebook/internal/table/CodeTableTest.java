package dev.codebook.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code table file: what is written is read back, and a damaged file says what is wrong. */
class CodeTableTest {

    @TempDir
    Path temp;

    private static final List<TableEntry> ENTRIES = List.of(
            new TableEntry("19", Kind.CHAPTER, -1, "Injury", "Injury", false, false,
                    List.of(new Note(NoteKind.EXCLUDES1, "birth trauma (P10-P15)", "19")), List.of()),
            new TableEntry("S72", Kind.CATEGORY, 0, "Fracture of femur", "Fracture of femur", false, false, List.of(),
                    List.of(new SeventhCharacter('A', "initial encounter for closed fracture", "S72"))),
            new TableEntry("S72.9", Kind.SUBCATEGORY, 1, "Unspecified fracture of femur", "Unsp fracture of femur",
                    false, false, List.of(), List.of()),
            new TableEntry("S72.90XA", Kind.CODE, 2, "Unspecified fracture of unspecified femur, initial",
                    "Unsp fx unsp femur, init", true, true, List.of(), List.of()),
            new TableEntry("20", Kind.CHAPTER, -1, "External causes", "External causes", false, false, List.of(),
                    List.of()));

    @Test
    void readsBackWhatWasWritten() throws IOException {
        Path file = temp.resolve("t.table");
        CodeTable.write(file, CodeSystem.ICD10CM, "2021", ENTRIES);
        CodeTable table = CodeTable.read(file);
        assertEquals(5, table.size());
        assertEquals(CodeSystem.ICD10CM, table.system());
        assertEquals("2021", table.release());
        int code = table.position("S7290XA").orElseThrow();
        assertEquals("S72.90XA", table.code(code));
        assertEquals("Unsp fx unsp femur, init", table.shortTitle(code));
        assertTrue(table.isBillable(code));
        assertTrue(table.isSeventhCharacterCode(code));
        assertEquals(2, table.parent(code));
        assertEquals(4, table.subtreeEnd(0), "the chapter's subtree ends where chapter 20 starts");
        assertEquals(1, table.billableCount(0));
        assertEquals(0, table.billableCount(4));
        assertEquals(List.of(new Note(NoteKind.EXCLUDES1, "birth trauma (P10-P15)", "19")), table.ownNotes(0));
        assertEquals('A', table.ownSeventhCharacters(1).get(0).character());
        assertFalse(table.hasNotes(1));
        assertEquals(code, table.position("S72.90XA").orElseThrow(), "found as written too");
        assertTrue(table.position("s72.90xa").isEmpty(), "but in no other form: normalising is the syntax's job");
    }

    @Test
    void aTruncatedOrForeignFileIsRejected() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
        assertEquals(file + " is truncated: rebuild the index", failure(file));
        Files.write(file, Arrays.copyOf(bytes, 12));
        assertEquals(file + " is truncated: rebuild the index", failure(file));
        Files.writeString(file, "hello, world");
        assertEquals(file + " is not a Codebook code table", failure(file));
        Files.write(file, new byte[0]);
        assertEquals(file + " is not a Codebook code table", failure(file));
    }

    @Test
    void aTableOfAnotherFormatSaysToRebuild() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(4, 3); // as format 3 wrote it: magic, then the format, big-endian
        Files.write(file, bytes);
        assertEquals(file + " has table format 3, this library reads format 5: rebuild the index with this version "
                + "of codebook", failure(file));
    }

    @Test
    void aDamagedTableFailsAtOpen() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        Files.write(file, flipped);
        assertEquals(file + " is damaged: its checksum does not match; rebuild the index", failure(file));
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));
        assertEquals(file + " is damaged: 3 bytes follow its end; rebuild the index", failure(file));
    }

    @Test
    void twoEntriesWithOneKeyAreRefused() {
        List<TableEntry> twice = List.of(ENTRIES.get(0), new TableEntry("19", Kind.CHAPTER, -1, "Again", "Again",
                false, false, List.of(), List.of()));
        assertEquals("code table of icd10cm 2021: 19 is listed twice (its key 19 is taken)", assertThrows(
                IllegalArgumentException.class, () -> CodeTable.write(temp.resolve("t.table"), CodeSystem.ICD10CM,
                        "2021", twice)).getMessage());
    }

    private Path written() throws IOException {
        Path file = temp.resolve("t.table");
        CodeTable.write(file, CodeSystem.ICD10CM, "2021", ENTRIES);
        return file;
    }

    private static String failure(Path file) {
        return assertThrows(IndexFormatException.class, () -> CodeTable.read(file)).getMessage();
    }

    @Test
    void keysIgnoreCaseDotsAndSpaces() {
        assertEquals("S7290XA", CodeTable.key(" s72.90xa "));
    }
}
