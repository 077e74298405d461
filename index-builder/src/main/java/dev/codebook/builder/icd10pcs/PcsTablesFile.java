package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ICD-10-PCS tables ({@code icd10pcs_tables_2023.xml}, root {@code ICD10PCS.tabular}): each {@code pcsTable}
 * names its section, body system and root operation (axes 1 to 3, one label each, the operation with its
 * definition), then lists rows; each {@code pcsRow} lists the labels its body part, approach, device and qualifier
 * (axes 4 to 7) may take. Every combination of one label per axis within a row is a valid code.
 */
final class PcsTablesFile {

    private static final Pattern CHARACTER = Pattern.compile("[0-9A-HJ-NP-Z]");

    /** One value of one axis: its character and official label. */
    record Label(char character, String text) {
    }

    /** An axis as a table or row states it: its title ("Body Part") and the labels allowed there. */
    record AxisLabels(String title, List<Label> labels) {
        AxisLabels {
            labels = List.copyOf(labels);
        }

        Optional<Label> label(char character) {
            return labels.stream().filter(label -> label.character() == character).findFirst();
        }
    }

    /** A row: the axes 4 to 7 (index 0 to 3), and how many codes the file says it allows. */
    record Row(List<AxisLabels> axes, int codes) {
        Row {
            axes = List.copyOf(axes);
        }

        /** Whether the row allows the code's 4th to 7th characters. */
        boolean allows(String code) {
            for (int i = 0; i < axes.size(); i++) {
                if (axes.get(i).label(code.charAt(i + 3)).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A table: its first three axes (index 0 to 2, one label each), the root operation's definition when the table
     * states one, and its rows.
     */
    record Table(String code, List<AxisLabels> heading, Optional<String> operationDefinition, List<Row> rows) {
        Table {
            heading = List.copyOf(heading);
            rows = List.copyOf(rows);
        }

        /** The rows that allow the code, first the first. */
        Optional<Row> row(String code) {
            return rows.stream().filter(row -> row.allows(code)).findFirst();
        }
    }

    /** The version the file states and its tables, by their three characters, in file order. */
    record Tables(String version, Map<String, Table> tables) {
    }

    private PcsTablesFile() {
    }

    static Tables parse(String file, InputStream in) {
        PcsXml.Element root = PcsXml.read(file, in, "ICD10PCS.tabular", "the ICD-10-PCS tables");
        String version = root.required(file, "version");
        Map<String, Table> tables = new LinkedHashMap<>();
        for (PcsXml.Element element : root.children()) {
            switch (element.name()) {
                case "version", "title" -> { }
                case "pcsTable" -> {
                    Table table = table(file, element);
                    if (tables.putIfAbsent(table.code(), table) != null) {
                        throw SourceFormatException.at(file, element.line(), "table " + table.code()
                                + " is defined again");
                    }
                }
                default -> throw SourceFormatException.at(file, element.line(), "expected <pcsTable>, found <"
                        + element.name() + ">");
            }
        }
        if (tables.isEmpty()) {
            throw SourceFormatException.at(file, root.line(), "no <pcsTable>: the file defines no codes");
        }
        return new Tables(version, tables);
    }

    private static Table table(String file, PcsXml.Element element) {
        List<AxisLabels> heading = new ArrayList<>();
        Optional<String> definition = Optional.empty();
        List<Row> rows = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        for (PcsXml.Element child : element.children()) {
            if (child.name().equals("axis")) {
                int position = position(file, child);
                if (position != heading.size() + 1) {
                    throw SourceFormatException.at(file, child.line(), "expected the table's axis " + (heading.size()
                            + 1) + ", found axis " + position);
                }
                AxisLabels axis = axis(file, child);
                if (axis.labels().size() != 1) {
                    throw SourceFormatException.at(file, child.line(), "axis " + position + " of a table names one "
                            + "value; found " + axis.labels().size());
                }
                heading.add(axis);
                code.append(axis.labels().get(0).character());
                if (position == 3) {
                    definition = child.first("definition").map(PcsXml.Element::text);
                }
            } else if (child.name().equals("pcsRow")) {
                if (heading.size() != 3) {
                    throw SourceFormatException.at(file, child.line(), "a <pcsRow> before the table's axes 1 to 3");
                }
                rows.add(row(file, child, code.toString()));
            } else {
                throw SourceFormatException.at(file, child.line(), "expected <axis> or <pcsRow> in <pcsTable>, found <"
                        + child.name() + ">");
            }
        }
        if (rows.isEmpty()) {
            throw SourceFormatException.at(file, element.line(), "table " + code + " has no <pcsRow>");
        }
        return new Table(code.toString(), heading, definition, rows);
    }

    private static Row row(String file, PcsXml.Element element, String table) {
        List<AxisLabels> axes = new ArrayList<>();
        for (PcsXml.Element child : element.all("axis")) {
            int position = position(file, child);
            if (position != axes.size() + 4) {
                throw SourceFormatException.at(file, child.line(), "expected axis " + (axes.size() + 4) + " in a row "
                        + "of table " + table + ", found axis " + position);
            }
            axes.add(axis(file, child));
        }
        if (axes.size() != 4) {
            throw SourceFormatException.at(file, element.line(), "a row of table " + table + " has " + axes.size()
                    + " axes; expected 4 (axes 4 to 7)");
        }
        int codes = axes.stream().mapToInt(axis -> axis.labels().size()).reduce(1, (a, b) -> a * b);
        String stated = element.attribute(file, "codes");
        if (!stated.equals(Integer.toString(codes))) {
            throw SourceFormatException.at(file, element.line(), "a row of table " + table + " says it allows "
                    + stated + " codes; its labels combine into " + codes);
        }
        return new Row(axes, codes);
    }

    private static int position(String file, PcsXml.Element axis) {
        String pos = axis.attribute(file, "pos");
        if (!pos.matches("[1-7]")) {
            throw SourceFormatException.at(file, axis.line(), "expected an axis pos from 1 to 7, found '" + pos + "'");
        }
        return Integer.parseInt(pos);
    }

    private static AxisLabels axis(String file, PcsXml.Element axis) {
        List<Label> labels = new ArrayList<>();
        for (PcsXml.Element label : axis.all("label")) {
            String character = label.attribute(file, "code");
            if (!CHARACTER.matcher(character).matches()) {
                throw SourceFormatException.at(file, label.line(), "expected a code character (a digit or a letter "
                        + "other than I and O), found '" + character + "'");
            }
            if (label.text().isEmpty()) {
                throw SourceFormatException.at(file, label.line(), "the label of '" + character + "' is empty");
            }
            if (labels.stream().anyMatch(other -> other.character() == character.charAt(0))) {
                throw SourceFormatException.at(file, label.line(), "'" + character + "' is labelled twice in one axis");
            }
            labels.add(new Label(character.charAt(0), label.text()));
        }
        if (labels.isEmpty()) {
            throw SourceFormatException.at(file, axis.line(), "axis " + axis.attributes().get("pos")
                    + " has no <label>");
        }
        return new AxisLabels(axis.required(file, "title"), labels);
    }
}
