package dev.codebook.code;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a navigation method is given a code the release does not contain. Lookup and validation never throw
 * it: they answer with an empty {@code Optional} or a {@link Validation} that says why.
 */
public final class UnknownCodeException extends CodebookException {
    private final String input;

    /** An exception for {@code input}, with a message that names the release and what was asked. */
    public UnknownCodeException(String input, String message) {
        super(requireNonNull(message, "message"));
        this.input = requireNonNull(input, "input");
    }

    /** The input as it was given. */
    public String input() {
        return input;
    }
}
