package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A code the release added, deleted, retitled or otherwise changed since the previous release, as the release's files
 * state it: the ICD-10-PCS addenda, the HCPCS Level II action codes.
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
        /** New in the release (HCPCS action A). */
        ADDED,
        /** Deleted (HCPCS: discontinued, action D; the code stays, with its termination date). */
        DELETED,
        /** Retitled (HCPCS: its long or short description changed, actions B, C and S). */
        REVISED,
        /** A discontinued code in force again (HCPCS action R). */
        REINSTATED,
        /** Another change the release records: HCPCS payment (P), administrative data (F) or miscellaneous (T). */
        OTHER;

        /** "added", as in JSON and on the command line. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
