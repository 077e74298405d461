package dev.codebook.builder.icd10cm;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ICD-10-CM order file: one fixed-width line per code or header, with the billable flag and both titles.
 * Columns (1-based): 1-5 order number, 7-13 code without dot, 15 flag (1 billable, 0 header), 17-76 short title,
 * 78 to the end the long title.
 */
final class OrderFile {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[0-9]{5}");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4} *");
    private static final int LONG_TITLE_COLUMN = 77;

    /** One line: the code as the file writes it (no dot), with its flag and titles. */
    record Entry(int order, String key, boolean billable, String shortTitle, String longTitle, int line) {
    }

    private OrderFile() {
    }

    /** The entries by code, in file order. */
    static Map<String, Entry> parse(String file, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        Map<String, Entry> entries = new LinkedHashMap<>(1 << 17);
        int number = 0;
        String text;
        while (true) {
            try {
                text = reader.readLine();
            } catch (CharacterCodingException e) {
                throw SourceFormatException.at(file, number + 1, "not UTF-8 text");
            }
            if (text == null) {
                break;
            }
            number++;
            if (text.isBlank()) {
                continue;
            }
            Entry entry = entry(file, number, text);
            Entry earlier = entries.put(entry.key(), entry);
            if (earlier != null) {
                throw SourceFormatException.at(file, number, "code " + entry.key() + " is listed again (first at line "
                        + earlier.line() + ")");
            }
        }
        if (entries.isEmpty()) {
            throw new SourceFormatException(file + ": no entries; expected one fixed-width line per code");
        }
        return entries;
    }

    private static Entry entry(String file, int number, String line) {
        if (line.length() <= LONG_TITLE_COLUMN) {
            throw SourceFormatException.at(file, number, "line is " + line.length() + " characters long; expected "
                    + "the long title from column " + (LONG_TITLE_COLUMN + 1) + " on");
        }
        String order = line.substring(0, 5);
        if (!ORDER_NUMBER.matcher(order).matches() || line.charAt(5) != ' ') {
            throw SourceFormatException.at(file, number, "expected a five-digit order number in columns 1-5, found '"
                    + order + "'");
        }
        String code = line.substring(6, 13);
        if (!CODE.matcher(code).matches() || line.charAt(13) != ' ') {
            throw SourceFormatException.at(file, number, "expected a code without dot, left aligned in columns 7-13, "
                    + "found '" + code + "'");
        }
        char flag = line.charAt(14);
        if ((flag != '0' && flag != '1') || line.charAt(15) != ' ') {
            throw SourceFormatException.at(file, number, "expected the billable flag 0 or 1 in column 15, found '"
                    + flag + "'");
        }
        String shortTitle = line.substring(16, LONG_TITLE_COLUMN - 1).strip();
        String longTitle = line.substring(LONG_TITLE_COLUMN).strip();
        if (shortTitle.isEmpty() || longTitle.isEmpty()) {
            throw SourceFormatException.at(file, number, "expected a short title in columns 17-76 and a long title "
                    + "from column 78");
        }
        return new Entry(Integer.parseInt(order), code.strip(), flag == '1', shortTitle, longTitle, number);
    }
}
