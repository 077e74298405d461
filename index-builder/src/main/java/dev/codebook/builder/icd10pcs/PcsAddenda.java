package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.TextLines;
import dev.codebook.code.Change;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ICD-10-PCS code addenda ({@code codes_addenda_2025.txt}): one line per change since the previous release,
 * {@code Add:}, {@code Delete:}, or {@code Revise from:} and {@code Revise to:} for a retitled code, each followed by
 * the code and its title; then a summary ("Codes", "78948 codes in icd10pcs_codes_2025.txt", "371 additions", ...),
 * which the builder checks against the changes and the codes file.
 */
final class PcsAddenda {

    private static final Pattern CHANGE = Pattern.compile("(Add|Delete|Revise from|Revise to):\\s+"
            + "([0-9A-HJ-NP-Z]{7}) (\\S.*)");
    private static final Pattern CODE_COUNT = Pattern.compile("\\s*([0-9]+) codes in (\\S+)");
    private static final Pattern CHANGE_COUNT = Pattern.compile("\\s*([0-9]+) (additions|deletions|revisions)");

    /**
     * The changes in file order, and the summary's counts: codes per file name, changes per kind
     * ("additions", "deletions", "revisions").
     */
    record Addenda(List<Change> changes, Map<String, Integer> codeCounts, Map<String, Integer> changeCounts) {
    }

    private PcsAddenda() {
    }

    static Addenda parse(String file, InputStream in) throws IOException {
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> codeCounts = new LinkedHashMap<>();
        Map<String, Integer> changeCounts = new LinkedHashMap<>();
        long[] revisedFrom = {0};
        TextLines.read(file, in, StandardCharsets.UTF_8, (number, text) -> {
            String line = text.stripTrailing();
            Matcher change = CHANGE.matcher(line);
            Matcher codes = CODE_COUNT.matcher(line);
            Matcher counted = CHANGE_COUNT.matcher(line);
            if (change.matches()) {
                String type = change.group(1);
                if (type.equals("Revise to") != (revisedFrom[0] > 0)) {
                    throw SourceFormatException.at(file, number, type.equals("Revise to")
                            ? "'Revise to:' without the 'Revise from:' line before it"
                            : "expected the 'Revise to:' line of the code revised at line " + revisedFrom[0]);
                }
                revisedFrom[0] = type.equals("Revise from") ? number : 0;
                switch (type) {
                    case "Add" -> changes.add(new Change(Change.Type.ADDED, change.group(2), change.group(3)));
                    case "Delete" -> changes.add(new Change(Change.Type.DELETED, change.group(2), change.group(3)));
                    case "Revise to" -> changes.add(new Change(Change.Type.REVISED, change.group(2), change.group(3)));
                    default -> { } // the old title; the change records the new one
                }
            } else if (codes.matches()) {
                codeCounts.put(codes.group(2), Integer.parseInt(codes.group(1)));
            } else if (counted.matches()) {
                changeCounts.put(counted.group(2), Integer.parseInt(counted.group(1)));
            } else if (!line.isBlank() && !line.equals("Codes")) {
                throw SourceFormatException.at(file, number, "expected 'Add:', 'Delete:', 'Revise from:' or "
                        + "'Revise to:' with a code and its title, or a line of the summary, found '"
                        + PcsCodesFile.abbreviated(line) + "'");
            }
        });
        if (revisedFrom[0] > 0) {
            throw SourceFormatException.at(file, revisedFrom[0], "'Revise from:' without the 'Revise to:' line after it");
        }
        return new Addenda(changes, codeCounts, changeCounts);
    }
}
