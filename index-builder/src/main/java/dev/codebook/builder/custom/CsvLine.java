package dev.codebook.builder.custom;

import dev.codebook.builder.spi.SourceFormatException;
import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated values, with RFC 4180 quoting: {@code "a, b"} and {@code ""} for a quote. */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String file, long number, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw SourceFormatException.at(file, number, "a quoted field is not closed (a field may not "
                                + "span lines)");
                    }
                    char c = line.charAt(i++);
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw SourceFormatException.at(file, number, "expected a comma after the quoted field '" + field
                            + "'");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw SourceFormatException.at(file, number, "a quote inside an unquoted field; quote the "
                                + "whole field and double the quote inside it");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
