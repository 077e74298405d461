package dev.codebook.code;

import static java.util.Objects.requireNonNull;

/**
 * One instructional note that applies to a code, with the node that states it.
 *
 * @param kind   what sort of note: inclusion term, Excludes1, code first ...
 * @param text   the note as the release prints it
 * @param source the canonical code of the node that states the note: the code itself, or an ancestor such as the
 *               category "E11", the block "E08-E13" or the chapter "4"
 */
public record Note(NoteKind kind, String text, String source) {
    public Note {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        requireNonNull(source, "source");
    }
}
