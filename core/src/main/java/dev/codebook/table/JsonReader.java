package dev.codebook.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text (RFC 8259) into plain values: a {@code Map<String, Object>} in the order of its fields, a
 * {@code List<Object>}, a {@code String}, a {@code Long} or {@code Double}, a {@code Boolean}, or null.
 *
 * <p>Only for {@value IndexMetadata#FILE_NAME}, on the path of every open: Jackson's parser, even its streaming one,
 * loads and initialises some 80 classes first, which cost about 100 ms in a fresh JVM, more than reading the
 * file itself. The index builder still writes the file with Jackson; a round-trip test holds the two together.
 */
final class JsonReader {

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The value {@code text} holds; anything but one JSON value, perhaps in white space, fails naming the offset. */
    static Object read(String text) throws IOException {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipWhiteSpace();
        if (reader.at < text.length()) {
            throw reader.error("end of the text");
        }
        return value;
    }

    private Object value() throws IOException {
        skipWhiteSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("a value");
        }
    }

    private Map<String, Object> object() throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        if (next() == '}') {
            at++;
            return object;
        }
        while (true) {
            if (next() != '"') {
                throw error("a field name");
            }
            String name = string();
            if (next() != ':') {
                throw error("':'");
            }
            at++;
            object.put(name, value());
            char after = next();
            at++;
            if (after == '}') {
                return object;
            }
            if (after != ',') {
                throw error("',' or '}'", at - 1);
            }
            skipWhiteSpace();
        }
    }

    private List<Object> array() throws IOException {
        List<Object> array = new ArrayList<>();
        at++;
        if (next() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.add(value());
            char after = next();
            at++;
            if (after == ']') {
                return array;
            }
            if (after != ',') {
                throw error("',' or ']'", at - 1);
            }
        }
    }

    private String string() throws IOException {
        StringBuilder string = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("the end of a string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw error("a character of a string (a control character must be escaped)", at - 1);
            }
            if (c != '\\') {
                string.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("an escape");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> string.append(escaped);
                case 'b' -> string.append('\b');
                case 'f' -> string.append('\f');
                case 'n' -> string.append('\n');
                case 'r' -> string.append('\r');
                case 't' -> string.append('\t');
                case 'u' -> string.append(hexCharacter());
                default -> throw error("an escape such as \\n or \\u00e9", at - 1);
            }
        }
    }

    /** The four hex digits of a {@code \}{@code u} escape: a UTF-16 unit, so a pair of them spells a surrogate pair. */
    private char hexCharacter() throws IOException {
        if (at + 4 > text.length()) {
            throw error("four hex digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
                throw error("four hex digits");
            }
            value = value * 16 + digit;
        }
        at += 4;
        return (char) value;
    }

    private Object number() throws IOException {
        int start = at;
        boolean integral = true;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.' || c == 'e' || c == 'E') {
                integral = false;
            } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
                break;
            }
            at++;
        }
        String number = text.substring(start, at);
        try {
            return integral ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw error("a number", start);
        }
    }

    private Object literal(String word, Object value) throws IOException {
        if (!text.startsWith(word, at)) {
            throw error("a value");
        }
        at += word.length();
        return value;
    }

    /** The next character that is not white space, not consumed; a NUL at the end of the text. */
    private char next() {
        skipWhiteSpace();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhiteSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private IOException error(String expected) {
        return error(expected, at);
    }

    private IOException error(String expected, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IOException("expected " + expected + " at line " + line + ", column " + column);
    }
}
