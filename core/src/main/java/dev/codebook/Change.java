package dev.codebook;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A code the release added, deleted or retitled since the previous release, as the release's addenda list it.
 *
 * @param type  what happened
 * @param code  the code
 * @param title its title: the new one for an added or revised code, the last one for a deleted code
 */
public record Change(Type type, String code, String title) {

    public Change {
        requireNonNull(type, "type");
        requireNonNull(code, "code");
        requireNonNull(title, "title");
    }

    /** What a release did to a code. */
    public enum Type {
        ADDED,
        DELETED,
        REVISED;

        /** "added", as in JSON and on the command line. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
