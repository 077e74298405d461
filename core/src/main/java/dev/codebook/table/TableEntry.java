package dev.codebook.table;

import static java.util.Objects.requireNonNull;

import dev.codebook.Kind;
import dev.codebook.Note;
import dev.codebook.SeventhCharacter;
import java.util.List;

/**
 * One node as the index builder hands it to {@link CodeTable#write}: entries come in hierarchy preorder, so a node's
 * parent always comes before it and its descendants follow it without a gap.
 *
 * @param code                 canonical code
 * @param kind                 level in the hierarchy
 * @param parent               position of the parent entry, or -1 for a top-level node
 * @param title                long title
 * @param shortTitle           short title
 * @param billable             whether the node may be reported on a claim
 * @param seventhCharacterCode whether the node's last character is a 7th character appended to its parent
 * @param notes                the notes the node states itself (each with this node as source)
 * @param seventhCharacters    the 7th-character definitions the node states itself
 */
public record TableEntry(
        String code,
        Kind kind,
        int parent,
        String title,
        String shortTitle,
        boolean billable,
        boolean seventhCharacterCode,
        List<Note> notes,
        List<SeventhCharacter> seventhCharacters) {

    public TableEntry {
        requireNonNull(code, "code");
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(shortTitle, "shortTitle");
        notes = List.copyOf(notes);
        seventhCharacters = List.copyOf(seventhCharacters);
    }
}
