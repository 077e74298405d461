package dev.codebook.builder.hcpcs;

import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.TextLines;
import dev.codebook.code.Action;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HCPCS Level II annual file, fixed width ({@code HCPC2020_ANWEB_w_disclaimer.txt}), as the column headers of
 * its spreadsheet twin name the fields (HCPC, SEQNUM, RECID, LONG DESCRIPTION, SHORT DESCRIPTION, ..., ADD DT,
 * ACT EFF DT, TERM DT, ACTION CD). Columns, 1-based:
 * <ul>
 *   <li>1-5 the code (a letter and four digits), or a two-character modifier right-aligned;</li>
 *   <li>6-10 sequence number; 11 record id: {@code 3} first line of a code, {@code 4} its continuation,
 *       {@code 7} first line of a modifier, {@code 8} its continuation;</li>
 *   <li>12-91 long description, continued on the following {@code 4}/{@code 8} lines: the spreadsheet joins the
 *       pieces, each without its trailing blanks, with one space (a piece's own leading blank is kept);</li>
 *   <li>92-119 short description; 269-276 add date, 277-284 action effective date, 285-292 termination date
 *       (YYYYMMDD or blank); 293 action code.</li>
 * </ul>
 * The file starts with a disclaimer, in free text, before the first record. It is Windows-1252 text.
 */
final class HcpcsFile {

    static final Charset CHARSET = Charset.forName("windows-1252");
    private static final Pattern RECORD_START = Pattern.compile("[ 0-9A-Z]{5}[0-9]{5}[3478].*");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("   [0-9A-Z]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}|\\s{8}");
    private static final int DESCRIPTION_END = 91;
    private static final int FIRST_LINE_LENGTH = 293;

    /**
     * One code or modifier.
     *
     * @param line the line of its first record
     */
    record Record(String code, boolean modifier, String longDescription, String shortDescription,
            Optional<LocalDate> added, Optional<LocalDate> terminated, Action action, long line) {
    }

    private HcpcsFile() {
    }

    /** The records in file order. */
    static List<Record> parse(String file, InputStream in) throws IOException {
        Parser parser = new Parser(file);
        TextLines.read(file, in, CHARSET, parser::line);
        parser.close();
        if (parser.records.isEmpty()) {
            throw new SourceFormatException(file + ": no HCPCS records; expected fixed-width lines with the code in "
                    + "columns 1-5 and the record id 3, 4, 7 or 8 in column 11");
        }
        return parser.records;
    }

    private static final class Parser {
        private final String file;
        private final List<Record> records = new ArrayList<>();
        private final Map<String, Long> lines = new HashMap<>();
        private Record open;
        private StringBuilder description;
        private boolean started;

        Parser(String file) {
            this.file = file;
        }

        void line(long number, String text) {
            if (text.isBlank()) {
                return;
            }
            if (!RECORD_START.matcher(text).matches()) {
                if (started) {
                    throw SourceFormatException.at(file, number, "expected a HCPCS record: the code in columns 1-5, "
                            + "a sequence number in 6-10 and the record id 3, 4, 7 or 8 in column 11");
                }
                return; // the disclaimer before the first record
            }
            started = true;
            char recordId = text.charAt(10);
            String field = text.substring(0, 5);
            boolean modifier = recordId == '7' || recordId == '8';
            if (!(modifier ? MODIFIER : CODE).matcher(field).matches()) {
                throw SourceFormatException.at(file, number, "record id " + recordId + " is for a " + (modifier
                        ? "modifier, two letters or digits right-aligned in columns 1-5" : "code, a letter and four "
                        + "digits in columns 1-5") + "; found '" + field + "'");
            }
            String code = field.strip();
            if (recordId == '4' || recordId == '8') {
                continuation(number, text, code, modifier);
            } else {
                first(number, text, code, modifier);
            }
        }

        private void first(long number, String text, String code, boolean modifier) {
            close();
            if (text.length() < FIRST_LINE_LENGTH) {
                throw SourceFormatException.at(file, number, "the first line of " + code + " is " + text.length()
                        + " characters long; expected at least " + FIRST_LINE_LENGTH + ", up to the action code in "
                        + "column " + FIRST_LINE_LENGTH);
            }
            Long earlier = lines.putIfAbsent(code, number);
            if (earlier != null) {
                throw SourceFormatException.at(file, number, code + " is listed again (first at line " + earlier
                        + ")");
            }
            String longDescription = text.substring(11, DESCRIPTION_END).stripTrailing();
            String shortDescription = text.substring(DESCRIPTION_END, 119).strip();
            if (longDescription.isBlank() || shortDescription.isEmpty()) {
                throw SourceFormatException.at(file, number, code + " has no " + (longDescription.isBlank()
                        ? "long description in columns 12-91" : "short description in columns 92-119"));
            }
            Optional<LocalDate> added = date(number, text, 268, "add date");
            Optional<LocalDate> terminated = date(number, text, 284, "termination date");
            if (added.isPresent() && terminated.isPresent() && terminated.get().isBefore(added.get())) {
                throw SourceFormatException.at(file, number, code + " is terminated on " + terminated.get()
                        + ", before its add date " + added.get());
            }
            char actionCode = text.charAt(292);
            if (Action.meaning(actionCode).isEmpty()) {
                throw SourceFormatException.at(file, number, "expected an action code (A, B, C, D, F, N, P, R, S or "
                        + "T) in column 293, found '" + actionCode + "'");
            }
            Action action = new Action(actionCode, date(number, text, 276, "action effective date"));
            open = new Record(code, modifier, "", shortDescription, added, terminated, action, number);
            description = new StringBuilder(longDescription);
        }

        private void continuation(long number, String text, String code, boolean modifier) {
            if (open == null || !open.code().equals(code) || open.modifier() != modifier) {
                throw SourceFormatException.at(file, number, "a continuation line of " + code + " but "
                        + (open == null ? "no record is open" : "the record open is " + open.code()));
            }
            String piece = text.substring(11, Math.min(text.length(), DESCRIPTION_END)).stripTrailing();
            if (piece.isBlank()) {
                throw SourceFormatException.at(file, number, "a continuation line of " + code + " without a "
                        + "description in columns 12-91");
            }
            description.append(' ').append(piece);
        }

        private Optional<LocalDate> date(long number, String text, int start, String what) {
            String field = text.substring(start, start + 8);
            if (!DATE.matcher(field).matches()) {
                throw SourceFormatException.at(file, number, "expected the " + what + " as YYYYMMDD or blank in "
                        + "columns " + (start + 1) + "-" + (start + 8) + ", found '" + field + "'");
            }
            if (field.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(field.substring(0, 4)),
                        Integer.parseInt(field.substring(4, 6)), Integer.parseInt(field.substring(6))));
            } catch (DateTimeException e) {
                throw SourceFormatException.at(file, number, "the " + what + " " + field + " in columns "
                        + (start + 1) + "-" + (start + 8) + " is not a date");
            }
        }

        void close() {
            if (open != null) {
                records.add(new Record(open.code(), open.modifier(), description.toString(), open.shortDescription(),
                        open.added(), open.terminated(), open.action(), open.line()));
                open = null;
            }
        }
    }
}
