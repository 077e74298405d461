package dev.codebook.code;

import java.io.IOException;

/** An index on disk that this library cannot read: damaged, truncated, or written by an incompatible version. */
public final class IndexFormatException extends IOException {
    public IndexFormatException(String message) {
        super(message);
    }
}
