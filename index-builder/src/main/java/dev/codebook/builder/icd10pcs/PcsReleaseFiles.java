package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.Axis;
import dev.codebook.code.Release;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official files of one ICD-10-PCS release that say what codes mean: its tables, and with them, when present,
 * its definitions and index. Reads them once and answers, for any code, the labels its table and row give each
 * character, with the definitions and the index's keys to each value.
 */
final class PcsReleaseFiles {

    private static final int TABLE = 3;
    private static final int CHARACTERS = 7;
    /** The position of the device, substance or technology character (0-based). */
    private static final int DEVICE = 5;

    /** Where the release's files are; the tables are needed, the others optional. */
    record Files(String version, SourceFile tables, Optional<SourceFile> definitions, Optional<SourceFile> index) {
    }

    /** A {@code use} entry of the index: the term, the label it means, and where ("in Heart and Great Vessels"). */
    private record Key(String term, Optional<String> scope, List<String> tables) {
    }

    private final String version;
    private final PcsTablesFile.Tables tables;
    private final Optional<PcsDefinitionsFile.Definitions> definitions;
    private final List<PcsIndexFile.Entry> index;
    private final List<Release.SourceFile> sources;
    private final Map<String, List<Key>> keysByLabel = new HashMap<>();
    private final Map<String, Axis> axes = new HashMap<>();

    private PcsReleaseFiles(String version, PcsTablesFile.Tables tables,
            Optional<PcsDefinitionsFile.Definitions> definitions, List<PcsIndexFile.Entry> index,
            List<Release.SourceFile> sources) {
        this.version = version;
        this.tables = tables;
        this.definitions = definitions;
        this.index = List.copyOf(index);
        this.sources = List.copyOf(sources);
        for (PcsIndexFile.Entry entry : index) {
            entry.use().ifPresent(use -> {
                int in = use.lastIndexOf(" in");
                boolean scoped = in > 0 && (in + 3 == use.length() || use.charAt(in + 3) == ' ');
                String label = scoped ? use.substring(0, in) : use;
                Optional<String> scope = scoped && in + 3 < use.length()
                        ? Optional.of(use.substring(in + 4)) : Optional.empty();
                keysByLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(new Key(entry.path().get(0), scope,
                        entry.references()));
            });
        }
    }

    static PcsReleaseFiles read(Files files, Progress progress) throws IOException {
        List<Release.SourceFile> sources = new ArrayList<>();
        progress.step("reading " + files.tables().location());
        PcsTablesFile.Tables tables;
        try (FingerprintedInput in = new FingerprintedInput(files.tables())) {
            tables = PcsTablesFile.parse(files.tables().fileName(), in);
            sources.add(in.finish());
        }
        checkVersion(files.tables(), tables.version(), files.version());
        Optional<PcsDefinitionsFile.Definitions> definitions = Optional.empty();
        if (files.definitions().isPresent()) {
            SourceFile file = files.definitions().get();
            progress.step("reading " + file.location());
            try (FingerprintedInput in = new FingerprintedInput(file)) {
                definitions = Optional.of(PcsDefinitionsFile.parse(file.fileName(), in));
                sources.add(in.finish());
            }
            checkVersion(file, definitions.get().version(), files.version());
        }
        List<PcsIndexFile.Entry> index = List.of();
        if (files.index().isPresent()) {
            SourceFile file = files.index().get();
            progress.step("reading " + file.location());
            try (FingerprintedInput in = new FingerprintedInput(file)) {
                index = PcsIndexFile.parse(file.fileName(), in);
                sources.add(in.finish());
            }
        }
        return new PcsReleaseFiles(files.version(), tables, definitions, index, sources);
    }

    private static void checkVersion(SourceFile file, String stated, String named) {
        if (!stated.equals(named)) {
            throw new SourceFormatException(file.location() + ": the file says it is of " + stated + "; its name says "
                    + named);
        }
    }

    String version() {
        return version;
    }

    List<Release.SourceFile> sources() {
        return sources;
    }

    List<PcsIndexFile.Entry> index() {
        return index;
    }

    /** Every code the rows allow, in code order, with its seven labels. */
    TreeMap<String, List<String>> codes() {
        TreeMap<String, List<String>> codes = new TreeMap<>();
        for (PcsTablesFile.Table table : tables.tables().values()) {
            List<String> heading = table.heading().stream().map(axis -> axis.labels().get(0).text()).toList();
            for (PcsTablesFile.Row row : table.rows()) {
                expand(table.code(), heading, row, 0, new StringBuilder(table.code()), new ArrayList<>(heading),
                        codes);
            }
        }
        return codes;
    }

    private static void expand(String table, List<String> heading, PcsTablesFile.Row row, int axis,
            StringBuilder code, List<String> labels, Map<String, List<String>> codes) {
        if (axis == row.axes().size()) {
            if (codes.put(code.toString(), List.copyOf(labels)) != null) {
                throw new SourceFormatException("table " + table + " allows " + code + " in two rows");
            }
            return;
        }
        for (PcsTablesFile.Label label : row.axes().get(axis).labels()) {
            code.append(label.character());
            labels.add(label.text());
            expand(table, heading, row, axis + 1, code, labels, codes);
            labels.remove(labels.size() - 1);
            code.setLength(code.length() - 1);
        }
    }

    /**
     * What each character of {@code code} stands for in these tables, at its position (0 to 6), null where they do not
     * say: the label of the code's table (axes 1 to 3) or of the row that allows the code; for a code no row allows,
     * where the character means the same in every row ({@link #byValue}), the label the table gives it at that
     * position in a row of the same body part, else in any row. All null when the table is not there.
     */
    Axis[] axes(String code) {
        Axis[] axes = new Axis[CHARACTERS];
        PcsTablesFile.Table table = tables.tables().get(code.substring(0, TABLE));
        if (table == null) {
            return axes;
        }
        Optional<PcsTablesFile.Row> allowing = table.row(code);
        for (int at = 0; at < CHARACTERS; at++) {
            int position = at;
            Optional<PcsTablesFile.AxisLabels> labels = at < TABLE ? Optional.of(table.heading().get(at))
                    : allowing.or(() -> byValue(table, position) ? rowWith(table, code, position, true)
                                    .or(() -> rowWith(table, code, position, false)) : Optional.empty())
                            .map(row -> row.axes().get(position - TABLE));
            if (labels.isPresent()) {
                String label = labels.get().label(code.charAt(at)).orElseThrow().text();
                String cacheKey = code.substring(0, TABLE) + at + code.charAt(at) + label;
                axes[at] = this.axes.computeIfAbsent(cacheKey, k -> axis(table, labels.get().title(),
                        code.charAt(position), position, label));
            }
        }
        return axes;
    }

    /**
     * Whether the character at {@code at} means the same in every row of {@code table}: so in all sections but New
     * Technology, whose rows each name their own devices, substances and groups (device 2 of XXE is a pulmonary artery
     * flow analysis in the arterial row, a susceptibility test in the circulatory row; substance 2 of XW0 one drug in
     * the rows of group 7, another in those of group 9).
     */
    private static boolean byValue(PcsTablesFile.Table table, int at) {
        return table.code().charAt(0) != 'X' || at < DEVICE;
    }

    private static Optional<PcsTablesFile.Row> rowWith(PcsTablesFile.Table table, String code, int at,
            boolean sameBodyPart) {
        return table.rows().stream()
                .filter(row -> !sameBodyPart || row.axes().get(0).label(code.charAt(TABLE)).isPresent())
                .filter(row -> row.axes().get(at - TABLE).label(code.charAt(at)).isPresent())
                .findFirst();
    }

    private Axis axis(PcsTablesFile.Table table, String name, char character, int at, String label) {
        char section = table.code().charAt(0);
        Optional<PcsDefinitionsFile.Term> term = definitions.flatMap(d -> d.term(section, at + 1, label));
        Optional<String> definition = at == 2 ? table.operationDefinition() : Optional.empty();
        definition = definition.or(() -> term.flatMap(PcsDefinitionsFile.Term::definition));
        List<String> keys = new ArrayList<>();
        String bodySystem = table.heading().get(1).labels().get(0).text();
        String sectionName = table.heading().get(0).labels().get(0).text();
        if (at > 2) {
            for (Key key : keysByLabel.getOrDefault(label, List.of())) {
                boolean applies = key.scope().map(s -> s.equals(bodySystem) || s.equals(sectionName))
                        .orElse(key.tables().isEmpty() || key.tables().stream()
                                .anyMatch(ref -> ref.startsWith(table.code()) || table.code().startsWith(ref)));
                if (applies && !keys.contains(key.term())) {
                    keys.add(key.term());
                }
            }
            term.ifPresent(t -> t.includes().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        }
        return new Axis(name, character, label, definition, keys);
    }
}
