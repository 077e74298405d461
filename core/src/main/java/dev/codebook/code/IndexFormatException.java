package dev.codebook.code;

import static java.util.Objects.requireNonNull;

/**
 * An index on disk that this library cannot read: damaged, truncated, or written by an incompatible version. The
 * message names the file and says what to do (rebuild the index, or use the library version that wrote it).
 */
public final class IndexFormatException extends CodebookException {
    public IndexFormatException(String message) {
        super(requireNonNull(message, "message"));
    }
}
