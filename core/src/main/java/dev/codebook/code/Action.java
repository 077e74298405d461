package dev.codebook.code;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The maintenance action HCPCS Level II records for a code or modifier in the release: what changed this year and
 * from when.
 *
 * @param code      the action code as the file writes it: {@code A} added, {@code D} discontinued, {@code N} no
 *                  change, ...
 * @param effective the day the action takes effect, when the file states it
 */
public record Action(char code, Optional<LocalDate> effective) {

    public Action {
        if (meaning(code).isEmpty()) {
            throw new IllegalArgumentException("'" + code + "' is not a HCPCS action code; expected one of A, B, C, "
                    + "D, F, N, P, R, S, T");
        }
    }

    /** What the action code means, in the words of the HCPCS file documentation. */
    public String meaning() {
        return meaning(code).orElseThrow();
    }

    /** The change the action records, if any: none for {@code N}, no maintenance. */
    public Optional<Change.Type> change() {
        return Optional.ofNullable(switch (code) {
            case 'A' -> Change.Type.ADDED;
            case 'D' -> Change.Type.DELETED;
            case 'B', 'C', 'S' -> Change.Type.REVISED;
            case 'R' -> Change.Type.REINSTATED;
            case 'F', 'P', 'T' -> Change.Type.OTHER;
            default -> null;
        });
    }

    /** The meaning of a HCPCS action code, if it is one. */
    public static Optional<String> meaning(char code) {
        return Optional.ofNullable(switch (code) {
            case 'A' -> "add procedure or modifier code";
            case 'B' -> "change in both administrative data field and long description of procedure or modifier code";
            case 'C' -> "change in long description of procedure or modifier code";
            case 'D' -> "discontinue procedure or modifier code";
            case 'F' -> "change in administrative data field of procedure or modifier code";
            case 'N' -> "no maintenance for this code";
            case 'P' -> "payment change";
            case 'R' -> "re-instate discontinued code";
            case 'S' -> "change in short description of procedure code";
            case 'T' -> "miscellaneous change";
            default -> null;
        });
    }
}
