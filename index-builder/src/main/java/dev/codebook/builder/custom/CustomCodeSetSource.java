package dev.codebook.builder.custom;

import dev.codebook.builder.spi.BuiltRelease;
import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.builder.spi.TextLines;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.internal.Systems;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code set of the user's own, flat or hierarchical (a licensed CPT file, a payer's local codes), from a CSV file.
 *
 * <h2>The file</h2>
 * Named {@code <system>_<version>.codes.csv}: {@code cpt_2024.codes.csv} is release 2024 of the system {@code cpt}
 * ({@code --system cpt} on the command line). The system is a lower-case letter then up to 31 lower-case letters,
 * digits, '-' or '_' (the version follows the last '_'), and may not be icd10cm, icd10pcs or hcpcs. The version
 * starts with its year; the release covers that calendar year.
 *
 * <p>UTF-8 text. Lines starting with {@code #} and blank lines are ignored. The first other line is the header,
 * naming the columns in any order:
 * <ul>
 *   <li>{@code code} (required): letters and digits, with '.' and '-' allowed inside (dots and case are ignored
 *       when looking codes up, so two codes may not differ only in them);</li>
 *   <li>{@code title} (required): the long title;</li>
 *   <li>{@code short_title}: an abbreviated title; the title when blank or absent;</li>
 *   <li>{@code parent}: the code of the node above, listed anywhere in the file; blank for a top-level node;</li>
 *   <li>{@code billable}: {@code yes}/{@code no} (or true/false, 1/0); when blank or absent, a node is billable
 *       when nothing is below it;</li>
 *   <li>{@code effective}, {@code end}: the first and last day the code may be reported on, as YYYY-MM-DD, or
 *       blank.</li>
 * </ul>
 * Fields are separated by commas; a field holding a comma or quote is quoted, with quotes doubled
 * ({@code "Office visit, ""new"" patient"}). A node with nodes below it is a {@link Kind#GROUP}, one without is a
 * {@link Kind#CODE}; siblings keep the file's order. The build refuses a file with a malformed line, a duplicate
 * code, a parent that is not in the file, or a cycle of parents, naming the file and line.
 */
final class CustomCodeSetSource implements ReleaseSource {

    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,31})_([0-9]{4}[A-Za-z0-9.-]*)"
            + "\\.codes\\.csv");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");
    private static final Set<String> COLUMNS = Set.of("code", "title", "short_title", "parent", "billable",
            "effective", "end");
    private final SourceFile file;
    private final CodeSystem system;
    private final String version;

    private CustomCodeSetSource(SourceFile file, CodeSystem system, String version) {
        this.file = file;
        this.system = system;
        this.version = version;
    }

    /** Whether the file is named as a code set of the user's own. */
    static boolean recognises(SourceFile file) {
        return FILE_NAME.matcher(file.fileName()).matches();
    }

    /** The code set in {@code file}, whose name gives its system and version. */
    static CustomCodeSetSource of(SourceFile file) {
        Matcher name = FILE_NAME.matcher(file.fileName());
        if (!name.matches()) {
            throw new SourceFormatException(file.location() + ": a code set of your own is named "
                    + "<system>_<version>.codes.csv, like cpt_2024.codes.csv");
        }
        CodeSystem system = CodeSystem.of(name.group(1));
        if (Systems.isPublished(system)) {
            throw new SourceFormatException(file.location() + ": " + system + " is the name of a published system "
                    + "this builder reads from its official files; give your code set a name of its own");
        }
        return new CustomCodeSetSource(file, system, name.group(2));
    }

    @Override
    public CodeSystem system() {
        return system;
    }

    @Override
    public String version() {
        return version;
    }

    /** One data line of the file. */
    private record Row(String code, String title, String shortTitle, String parent, Optional<Boolean> billable,
            EffectiveDates dates, long line) {
    }

    @Override
    public BuiltRelease read(Progress progress) throws IOException {
        progress.step("reading " + file.location());
        List<Row> rows = new ArrayList<>();
        Release.SourceFile print;
        String name = file.fileName();
        try (FingerprintedInput in = new FingerprintedInput(file)) {
            Map<String, Integer> columns = new HashMap<>();
            TextLines.read(name, in, StandardCharsets.UTF_8, (number, text) -> {
                if (text.isBlank() || text.startsWith("#")) {
                    return;
                }
                List<String> fields = CsvLine.split(name, number, text);
                if (columns.isEmpty()) {
                    columns.putAll(header(name, number, fields));
                } else {
                    rows.add(row(name, number, fields, columns));
                }
            });
            print = in.finish();
        }
        if (rows.isEmpty()) {
            throw new SourceFormatException(name + ": no codes; expected a header line (code,title,...) and one line "
                    + "per code");
        }
        List<TableEntry> entries = new Tree(name, rows).entries();
        int year = Integer.parseInt(version.substring(0, 4));
        Release release = new Release(system, version, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(print), BuiltRelease.counts(entries), List.of());
        progress.step(String.format(Locale.ROOT, "%s %s: %,d codes", system, version, entries.size()));
        return new BuiltRelease(release, entries);
    }

    private static Map<String, Integer> header(String file, long number, List<String> fields) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String column = fields.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw SourceFormatException.at(file, number, "unknown column '" + fields.get(i) + "' in the header; "
                        + "the columns are code, title, short_title, parent, billable, effective, end");
            }
            if (columns.put(column, i) != null) {
                throw SourceFormatException.at(file, number, "the header names the column " + column + " twice");
            }
        }
        if (!columns.containsKey("code") || !columns.containsKey("title")) {
            throw SourceFormatException.at(file, number, "the header must name the columns code and title (and may "
                    + "name short_title, parent, billable, effective, end); found " + fields);
        }
        return columns;
    }

    private static Row row(String file, long number, List<String> fields, Map<String, Integer> columns) {
        if (fields.size() != columns.size()) {
            throw SourceFormatException.at(file, number, "expected " + columns.size() + " fields as in the header, "
                    + "found " + fields.size());
        }
        String code = field(fields, columns, "code");
        if (!CODE.matcher(code).matches() || !KEY.matcher(CodeTable.key(code)).matches()) {
            throw SourceFormatException.at(file, number, "expected a code of letters and digits (with '.' or '-' "
                    + "inside, at most 16 without the dots), found '" + code + "'");
        }
        String title = field(fields, columns, "title");
        if (title.isEmpty()) {
            throw SourceFormatException.at(file, number, code + " has no title");
        }
        String shortTitle = field(fields, columns, "short_title");
        Optional<LocalDate> effective = date(file, number, field(fields, columns, "effective"), "effective");
        Optional<LocalDate> end = date(file, number, field(fields, columns, "end"), "end");
        if (effective.isPresent() && end.isPresent() && end.get().isBefore(effective.get())) {
            throw SourceFormatException.at(file, number, code + " ends on " + end.get() + ", before it takes effect on "
                    + effective.get());
        }
        return new Row(code, title, shortTitle.isEmpty() ? title : shortTitle, field(fields, columns, "parent"),
                billable(file, number, field(fields, columns, "billable")), new EffectiveDates(effective, end),
                number);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index);
    }

    private static Optional<Boolean> billable(String file, long number, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "yes", "true", "1", "y" -> Optional.of(true);
            case "no", "false", "0", "n" -> Optional.of(false);
            default -> throw SourceFormatException.at(file, number, "expected billable as yes or no (or true/false, "
                    + "1/0, or blank), found '" + value + "'");
        };
    }

    private static Optional<LocalDate> date(String file, long number, String value, String column) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw SourceFormatException.at(file, number, "expected the " + column + " date as YYYY-MM-DD, found '"
                    + value + "'");
        }
    }

    /** The rows as a tree: checked for duplicates, unknown parents and cycles, then laid out in preorder. */
    private static final class Tree {
        private final String file;
        private final Map<String, Row> byKey = new LinkedHashMap<>();
        private final Map<String, List<Row>> children = new HashMap<>();
        private final List<Row> roots = new ArrayList<>();

        Tree(String file, List<Row> rows) {
            this.file = file;
            for (Row row : rows) {
                Row earlier = byKey.putIfAbsent(CodeTable.key(row.code()), row);
                if (earlier != null) {
                    throw SourceFormatException.at(file, row.line(), "code " + row.code() + " is listed again (first"
                            + " at line " + earlier.line() + (earlier.code().equals(row.code()) ? ")"
                            : " as " + earlier.code() + ", the same code once dots and case are ignored)"));
                }
            }
            for (Row row : rows) {
                if (row.parent().isEmpty()) {
                    roots.add(row);
                } else if (!byKey.containsKey(CodeTable.key(row.parent()))) {
                    throw SourceFormatException.at(file, row.line(), "the parent " + row.parent() + " of " + row.code()
                            + " is not a code of this file");
                } else {
                    children.computeIfAbsent(CodeTable.key(row.parent()), k -> new ArrayList<>()).add(row);
                }
            }
            checkForCycles(rows);
        }

        /** A chain of parents that never reaches a top-level node returns to a code it passed. */
        private void checkForCycles(List<Row> rows) {
            Set<String> reachesTop = new LinkedHashSet<>();
            for (Row row : rows) {
                Set<String> chain = new LinkedHashSet<>();
                Row at = row;
                while (!at.parent().isEmpty() && !reachesTop.contains(CodeTable.key(at.code()))) {
                    if (!chain.add(CodeTable.key(at.code()))) {
                        List<String> path = new ArrayList<>();
                        for (String key : chain) {
                            path.add(byKey.get(key).code());
                        }
                        path.add(at.code());
                        throw SourceFormatException.at(file, at.line(), "the parents of " + at.code() + " form a "
                                + "cycle: " + String.join(" > ", path.subList(path.indexOf(at.code()), path.size())));
                    }
                    at = byKey.get(CodeTable.key(at.parent()));
                }
                for (String key : chain) {
                    reachesTop.add(key);
                }
            }
        }

        List<TableEntry> entries() {
            List<TableEntry> entries = new ArrayList<>(byKey.size());
            for (Row root : roots) {
                add(root, -1, entries);
            }
            return entries;
        }

        private void add(Row row, int parent, List<TableEntry> entries) {
            List<Row> below = children.getOrDefault(CodeTable.key(row.code()), List.of());
            int position = entries.size();
            entries.add(TableEntry.plain(row.code(), below.isEmpty() ? Kind.CODE : Kind.GROUP, parent, row.title(),
                    row.shortTitle(), row.billable().orElse(below.isEmpty()), row.dates(), Optional.empty(),
                    List.of()));
            for (Row child : below) {
                add(child, position, entries);
            }
        }
    }
}
