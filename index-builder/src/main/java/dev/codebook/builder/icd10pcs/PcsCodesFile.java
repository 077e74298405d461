package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ICD-10-PCS codes file ({@code icd10pcs_codes_2025.txt}): one line per valid code, the seven-character code, a
 * space, and its long title.
 */
final class PcsCodesFile {

    /** Seven characters, digits and letters other than I and O, a space, then the title. */
    static final Pattern LINE = Pattern.compile("([0-9A-HJ-NP-Z]{7}) (\\S.*)");

    private PcsCodesFile() {
    }

    /** The titles by code, in code order. */
    static TreeMap<String, String> parse(String file, InputStream in) throws IOException {
        TreeMap<String, String> titles = new TreeMap<>();
        Map<String, Long> lines = new HashMap<>();
        TextLines.read(file, in, StandardCharsets.UTF_8, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            Matcher matcher = LINE.matcher(text.stripTrailing());
            if (!matcher.matches()) {
                throw SourceFormatException.at(file, number, "expected a seven-character ICD-10-PCS code (digits and "
                        + "letters other than I and O), a space and its title, found '" + abbreviated(text) + "'");
            }
            Long earlier = lines.putIfAbsent(matcher.group(1), number);
            if (earlier != null) {
                throw SourceFormatException.at(file, number, "code " + matcher.group(1) + " is listed again (first at "
                        + "line " + earlier + ")");
            }
            titles.put(matcher.group(1), matcher.group(2));
        });
        if (titles.isEmpty()) {
            throw new SourceFormatException(file + ": no codes; expected one line per code, like '0DTJ4ZZ Resection "
                    + "of Appendix, Percutaneous Endoscopic Approach'");
        }
        return titles;
    }

    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
