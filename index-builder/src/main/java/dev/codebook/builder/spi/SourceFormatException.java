package dev.codebook.builder.spi;

/**
 * A release file that is not what the builder expects: names the file, the line or element, and what was expected.
 * The build stops on it and leaves any existing index untouched.
 */
public final class SourceFormatException extends RuntimeException {

    public SourceFormatException(String message) {
        super(message);
    }

    /** A problem at one line of a file: "icd10cm-order-2021.txt line 12: expected ...". */
    public static SourceFormatException at(String file, long line, String problem) {
        return new SourceFormatException(file + " line " + line + ": " + problem);
    }
}
