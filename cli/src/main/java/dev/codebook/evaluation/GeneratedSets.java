package dev.codebook.evaluation;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.Code;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Writes the relevance sets whose queries nobody on this project wrote, from the agencies' own texts: the ICD-10-CM
 * Neoplasm Table and Table of Drugs and Chemicals (term paths to codes), the ICD-10-PCS Index (term paths to codes
 * and tables) and the ICD-10-CM Tabular's inclusion terms (each to its own node, searched in an index that withholds
 * it: see {@link dev.codebook.builder.WithheldTerms}).
 *
 * <p>Each set is sampled and split without judgement: the {@value #SAMPLE} queries with the smallest CRC32 of
 * "sample", the set and the query; of those, the queries whose CRC32 of "split", the set and the query is odd are
 * held out ({@code <set>-heldout.tsv}), the others are for tuning ({@code <set>.tsv}). The same sources give the same
 * files, byte for byte.
 */
public final class GeneratedSets {

    /** How many queries each set keeps before the split: about half of them in each file. */
    static final int SAMPLE = 1_600;

    /** The Neoplasm Table's columns, as the Tabular words the titles of their codes. */
    private static final Map<Integer, Column> NEOPLASM_COLUMNS = Map.of(
            2, new Column("malignant", "Malignant neoplasm of %s"),
            3, new Column("secondary", "Secondary malignant neoplasm of %s"),
            4, new Column("in-situ", "Carcinoma in situ of %s"),
            5, new Column("benign", "Benign neoplasm of %s"),
            6, new Column("uncertain", "Neoplasm of uncertain behavior of %s"),
            7, new Column("unspecified", "Neoplasm of unspecified behavior of %s"));

    /** The Table of Drugs and Chemicals' columns, worded as their headings say. */
    private static final Map<Integer, Column> DRUG_COLUMNS = Map.of(
            2, new Column("accidental", "Poisoning by %s, accidental (unintentional)"),
            3, new Column("self-harm", "Poisoning by %s, intentional self-harm"),
            4, new Column("assault", "Poisoning by %s, assault"),
            5, new Column("undetermined", "Poisoning by %s, undetermined"),
            6, new Column("adverse-effect", "Adverse effect of %s"),
            7, new Column("underdosing", "Underdosing of %s"));

    /** What one sort of query asks, and how a table column's wording wraps its term path. */
    private record Column(String kind, String wording) {
    }

    /** One query of a set before sampling, with the codes that answer it in relevance-set notation. */
    private record Candidate(String kind, String query, Set<String> codes) {
    }

    /** A file written: where, and how many queries. */
    public record Written(Path file, int queries) {
    }

    private GeneratedSets() {
    }

    /**
     * Writes the four sets, each as a tuning and a held-out file, into {@code out}.
     *
     * @param reference the folder of the ICD-10-CM index tables (files named *neoplasm*.xml and *drug*.xml)
     * @param pcsIndex  the ICD-10-PCS Index file (icd10pcs_index_YYYY.xml)
     * @param codebook  an index holding the ICD-10-CM and ICD-10-PCS releases the codes must exist in
     * @throws SourceFormatException when a source is missing or malformed
     */
    public static List<Written> write(Path reference, Path pcsIndex, Codebook codebook, Path out) throws IOException {
        CodeSet cm = codebook.icd10cm();
        CodeSet pcs = codebook.icd10pcs();
        List<Path> neoplasm = tables(reference, "neoplasm");
        List<Path> drugs = tables(reference, "drug");
        if (!Files.isRegularFile(pcsIndex)) {
            throw new SourceFormatException(pcsIndex + ": no such file; expected the ICD-10-PCS Index, "
                    + "icd10pcs_index_YYYY.xml");
        }
        Files.createDirectories(out);
        List<Written> written = new ArrayList<>();
        written.addAll(write(out, "icd10cm-neoplasm", tableCandidates(neoplasm, NEOPLASM_COLUMNS, true, cm), List.of(
                "# Queries: the Neoplasm Table of " + names(neoplasm) + ", written by the agencies. Each query is a",
                "# column's wording (\"Malignant neoplasm of\", \"Benign neoplasm of\" ...) around the term path below",
                "# the main term \"Neoplasm, neoplastic\", subterms joined by commas, nonessential modifiers in",
                "# parentheses. Codes: the column's cells on that path, in either year, that " + cm.release().label(),
                "# holds; a code that needs more characters stands for its family ('-').")));
        written.addAll(write(out, "icd10cm-drugs", tableCandidates(drugs, DRUG_COLUMNS, false, cm), List.of(
                "# Queries: the Table of Drugs and Chemicals of " + names(drugs) + ", written by the agencies. Each",
                "# query is a column's wording (\"Poisoning by %s, accidental (unintentional)\", \"Adverse effect of",
                "# %s\", \"Underdosing of %s\" ...) around the term path, main term first, subterms joined by commas.",
                "# Codes: the column's cells on that path, in either year, that " + cm.release().label() + " holds;",
                "# each needs a 7th character, so it stands for its family ('-').")));
        written.addAll(write(out, "icd10pcs-index", pcsCandidates(pcsIndex, pcs), List.of(
                "# Queries: the term paths of the ICD-10-PCS Index " + pcsIndex.getFileName() + ", written by the",
                "# agency: main term, then subterms, joined by commas. Codes: what the path leads to in "
                        + pcs.release().label() + ": a",
                "# full code as itself, a table (3 characters) or code prefix (4 or more, cut to the body part) as",
                "# its family ('-'). Entries whose codes the release does not hold are left out.")));
        written.addAll(write(out, "icd10cm-inclusion-terms", inclusionCandidates(cm), List.of(
                "# Queries: the inclusion terms of the " + cm.release().label() + " Tabular, written by the agency,",
                "# each answered by the node that lists it (a node with codes below stands for its family '-').",
                "# Terms that only restate their node's title are left out. LEAVE-ONE-OUT: evaluate against an",
                "# index that withholds every term of this set and of its other half (both files):",
                "#   codebook build --source ICD10CM --out EVAL_INDEX --withhold-inclusion-terms "
                        + "icd10cm-inclusion-terms.tsv icd10cm-inclusion-terms-heldout.tsv")));
        return written;
    }

    /** The index tables in {@code reference} whose file names hold {@code name}, in name order. */
    private static List<Path> tables(Path reference, String name) throws IOException {
        if (!Files.isDirectory(reference)) {
            throw new SourceFormatException(reference + ": no such folder; expected the reference folder that holds "
                    + "the ICD-10-CM index tables");
        }
        try (Stream<Path> files = Files.walk(reference)) {
            List<Path> found = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return fileName.contains(name) && fileName.endsWith(".xml");
                    })
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
            if (found.isEmpty()) {
                throw new SourceFormatException(reference + " holds no ICD-10-CM index table named *" + name
                        + "*.xml");
            }
            return found;
        }
    }

    private static String names(List<Path> files) {
        return String.join(" and ", files.stream().map(file -> file.getFileName().toString()).toList());
    }

    /**
     * A query per term path and column of the tables, the codes of every year merged. {@code belowMainTerm} leaves
     * the main term out of the path, where the column's wording says it ("Neoplasm, neoplastic").
     */
    private static List<Candidate> tableCandidates(List<Path> files, Map<Integer, Column> columns,
            boolean belowMainTerm, CodeSet cm) throws IOException {
        Map<String, Candidate> byQuery = new LinkedHashMap<>();
        for (Path file : files) {
            for (IndexTerm term : IndexTerm.read(file)) {
                List<String> path = belowMainTerm ? term.path().subList(Math.min(1, term.path().size()),
                        term.path().size()) : term.path();
                if (path.isEmpty()) {
                    continue;
                }
                term.cells().forEach((number, code) -> {
                    Column column = columns.get(number);
                    if (column != null) {
                        String query = String.format(Locale.ROOT, column.wording(), String.join(", ", path));
                        cmAnswer(code, cm).ifPresent(answer -> add(byQuery, column.kind(), query, answer));
                    }
                });
            }
        }
        return List.copyOf(byQuery.values());
    }

    private static List<Candidate> pcsCandidates(Path file, CodeSet pcs) throws IOException {
        Map<String, Candidate> byQuery = new LinkedHashMap<>();
        for (IndexTerm term : IndexTerm.read(file)) {
            if (term.path().isEmpty()) {
                continue;
            }
            String query = String.join(", ", term.path());
            for (String code : term.codes()) {
                pcsAnswer(code, pcs).ifPresent(answer -> add(byQuery, "index-term", query, answer));
            }
        }
        return List.copyOf(byQuery.values());
    }

    private static List<Candidate> inclusionCandidates(CodeSet cm) {
        Map<String, Candidate> byQuery = new LinkedHashMap<>();
        for (Code code : (Iterable<Code>) cm.codes().stream()::iterator) {
            String title = normalised(code.title());
            for (Note note : code.notes(NoteKind.INCLUSION_TERM)) {
                if (note.source().equals(code.code()) && !normalised(note.text()).equals(title)) {
                    add(byQuery, "inclusion-term", note.text(), answer(code.code(), !cm.children(code.code())
                            .isEmpty()));
                }
            }
        }
        return List.copyOf(byQuery.values());
    }

    /** Adds {@code answer} to the query's codes, one candidate per query whatever its case and spacing. */
    private static void add(Map<String, Candidate> byQuery, String kind, String query, String answer) {
        String clean = query.strip().replaceAll("\\s+", " ");
        byQuery.computeIfAbsent(normalised(clean), key -> new Candidate(kind, clean, new TreeSet<>()))
                .codes().add(answer);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A table cell's ICD-10-CM code in relevance-set notation, when the release holds it: the code itself for a
     * billable code, its family for a code that ends in '-' or has codes below it.
     */
    static Optional<String> cmAnswer(String tableCode, CodeSet cm) {
        boolean family = tableCode.endsWith("-");
        String node = tableCode.replaceAll("[.-]+$", "");
        if (cm.code(node).filter(code -> code.code().equals(node)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer(node, family || !cm.children(node).isEmpty()));
    }

    /**
     * An ICD-10-PCS Index code in relevance-set notation, when the release holds it: a full code as itself, a table
     * or a code prefix as the family of its table or body part (the release's nodes stop there).
     */
    static Optional<String> pcsAnswer(String indexCode, CodeSet pcs) {
        String node = indexCode.length() >= 7 ? indexCode : indexCode.substring(0, Math.min(4, indexCode.length()));
        if (pcs.code(node).filter(code -> code.code().equals(node)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(node.length() >= 7 ? node : node + "-");
    }

    /** ICD's notation: "I21.-" for a category's family, "S72.0-" for a subcategory's, the code alone otherwise. */
    private static String answer(String code, boolean family) {
        if (!family) {
            return code;
        }
        return code.length() == 3 ? code + ".-" : code + "-";
    }

    /** Samples, splits and writes one set as its tuning and held-out files. */
    private static List<Written> write(Path out, String name, List<Candidate> candidates, List<String> about)
            throws IOException {
        List<Candidate> sample = candidates.stream()
                .sorted(Comparator.comparingLong((Candidate c) -> hash("sample", name, c.query()))
                        .thenComparing(Candidate::query))
                .limit(SAMPLE)
                .sorted(Comparator.comparing((Candidate c) -> c.query().toLowerCase(Locale.ROOT))
                        .thenComparing(Candidate::query))
                .toList();
        Predicate<Candidate> heldOut = c -> hash("split", name, c.query()) % 2 == 1;
        List<Written> written = new ArrayList<>();
        for (boolean held : List.of(false, true)) {
            List<Candidate> part = sample.stream().filter(c -> heldOut.test(c) == held).toList();
            Path file = out.resolve(name + (held ? "-heldout" : "") + ".tsv");
            List<String> lines = new ArrayList<>();
            lines.add("# Relevance set for Codebook search, written from official sources by `codebook relevance-sets`"
                    + " (data/relevance/README.md): regenerate, never edit by hand.");
            lines.addAll(about);
            lines.add(String.format(Locale.ROOT, "# Sample: %,d of %,d queries, by CRC32 of the query; split by "
                    + "another CRC32 of it. This file is the %s.", sample.size(), candidates.size(), held
                    ? "HELD-OUT part: never tune search on it" : "tuning part; its other half, " + name
                    + "-heldout.tsv, is held out"));
            lines.add("# kind<TAB>query<TAB>acceptable codes (space-separated), same format as icd10cm.tsv.");
            for (Candidate candidate : part) {
                lines.add(candidate.kind() + "\t" + candidate.query() + "\t" + String.join(" ", candidate.codes()));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            written.add(new Written(file, part.size()));
        }
        return written;
    }

    private static long hash(String purpose, String set, String query) {
        CRC32 crc = new CRC32();
        crc.update((purpose + "\t" + set + "\t" + query).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
