package dev.codebook.code;

/**
 * What Codebook throws when a well-formed request names something the index cannot answer for: a code the release
 * does not hold ({@link UnknownCodeException}), a release the index does not hold ({@link UnknownReleaseException}),
 * or an index this library cannot read ({@link IndexFormatException}). Each message names what was asked and what
 * the index holds, in words a user can act on.
 *
 * <p>The rest of the library's contract uses the JDK's exceptions: {@link NullPointerException} for a null argument,
 * {@link IllegalArgumentException} for an argument outside its documented range (a limit of 0, an id that is no
 * code system id), {@link IllegalStateException} for a codebook used after it was closed, and
 * {@link java.io.IOException} for files that cannot be read at all.
 */
public abstract sealed class CodebookException extends RuntimeException
        permits UnknownCodeException, UnknownReleaseException, IndexFormatException {

    CodebookException(String message) {
        super(message);
    }
}
