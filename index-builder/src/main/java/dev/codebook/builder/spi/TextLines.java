package dev.codebook.builder.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a release text file line by line, numbering the lines for messages and refusing bytes that are not text in
 * the file's character set, so that a damaged file fails on its line rather than yielding garbled titles.
 */
public final class TextLines {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Receives one line (without its line end) and its 1-based number. */
    @FunctionalInterface
    public interface LineHandler {
        void line(long number, String text);
    }

    private TextLines() {
    }

    /** Hands each line of {@code in} to {@code handler}; {@code file} names the file in messages. */
    public static void read(String file, InputStream in, Charset charset, LineHandler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long number = 0;
        while (true) {
            String text;
            try {
                text = reader.readLine();
            } catch (CharacterCodingException e) {
                throw SourceFormatException.at(file, number + 1, "not " + charset.displayName() + " text");
            }
            if (text == null) {
                return;
            }
            if (number == 0 && text.startsWith(BYTE_ORDER_MARK)) {
                text = text.substring(1); // spreadsheets start the UTF-8 they save with one
            }
            handler.line(++number, text);
        }
    }
}
