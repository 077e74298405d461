package dev.codebook.code;

import static java.util.Objects.requireNonNull;

/** Thrown when a caller names a code system or a release of one that the index does not hold. */
public final class UnknownReleaseException extends CodebookException {
    private final CodeSystem system;

    /** An exception for a release of {@code system}, with a message that names the releases the index holds. */
    public UnknownReleaseException(CodeSystem system, String message) {
        super(requireNonNull(message, "message"));
        this.system = requireNonNull(system, "system");
    }

    /** The system asked for. */
    public CodeSystem system() {
        return system;
    }
}
