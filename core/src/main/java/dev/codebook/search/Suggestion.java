package dev.codebook.search;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;

/**
 * One completion for a search box: a title, or a code when the input was the start of one.
 *
 * @param text   what to show and complete to: the title
 * @param code   the code it stands for
 * @param system its code system
 * @param kind   where it stands in the hierarchy
 */
public record Suggestion(String text, String code, CodeSystem system, Kind kind) {
    public Suggestion {
        requireNonNull(text, "text");
        requireNonNull(code, "code");
        requireNonNull(system, "system");
        requireNonNull(kind, "kind");
    }
}
