package dev.codebook.builder.icd10cm;

import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.SeventhCharacter;
import java.util.ArrayList;
import java.util.List;

/**
 * A chapter, section or diagnosis of the Tabular XML while the builder assembles the hierarchy. Mutable, and never
 * leaves the builder.
 */
final class TabularNode {

    enum Level { CHAPTER, SECTION, DIAG, SEVENTH_CHARACTER }

    final Level level;
    /** Chapter number, section range ("A00-A09") or dotted code. */
    final String code;
    final int line;
    final List<Note> notes = new ArrayList<>();
    final List<SeventhCharacter> seventhCharacters = new ArrayList<>();
    final List<TabularNode> children = new ArrayList<>();
    String title;
    String shortTitle;
    boolean billable;

    TabularNode(Level level, String code, String title, int line) {
        this.level = level;
        this.code = code;
        this.title = title;
        this.line = line;
        this.shortTitle = title;
    }

    void addNote(NoteKind kind, String text) {
        notes.add(new Note(kind, text, code));
    }

    /** The code without its dot, as the order file writes it. */
    String key() {
        return code.replace(".", "");
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    @Override
    public String toString() {
        return code;
    }
}
