package dev.codebook.evaluation;

import dev.codebook.CodeSet;
import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries with the codes that answer them, to measure search against: a tab-separated file, one query a line,
 * {@code kind <TAB> query <TAB> acceptable codes}, the codes separated by spaces. A code ending in {@code -}
 * (ICD's own notation: "I21.-", "S72.0-") accepts the node and every node below it; any other code only itself.
 *
 * @param file    where the set was read from
 * @param queries the queries in file order
 */
public record RelevanceSet(Path file, List<Query> queries) {

    public RelevanceSet {
        queries = List.copyOf(queries);
    }

    /**
     * One query and what answers it.
     *
     * @param kind       what sort of query it is: everyday, abbreviation, misspelling, clinical, code
     * @param text       the query as a user would type it
     * @param acceptable the codes that answer it, as written in the file
     */
    public record Query(String kind, String text, List<String> acceptable) {
        public Query {
            acceptable = List.copyOf(acceptable);
        }

        /** Whether {@code code} answers this query in {@code codeSet}. */
        public boolean accepts(String code, CodeSet codeSet) {
            for (String answer : acceptable) {
                if (answer.endsWith("-")) {
                    String family = family(answer);
                    if (family.equals(code) || codeSet.isAncestor(family, code)) {
                        return true;
                    }
                } else if (answer.equals(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Reads a set and checks each acceptable code against {@code codeSet}.
     *
     * @throws SourceFormatException naming the line of a malformed entry or of a code the release does not hold
     */
    public static RelevanceSet read(Path file, CodeSet codeSet) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3 || columns[0].isBlank() || columns[2].isBlank()) {
                throw SourceFormatException.at(file.toString(), i + 1, "expected kind, query and acceptable codes "
                        + "separated by tabs; got '" + line + "'");
            }
            List<String> codes = List.of(columns[2].strip().split("\\s+"));
            for (String code : codes) {
                String bare = code.endsWith("-") ? family(code) : code;
                if (codeSet.code(bare).filter(found -> found.code().equals(bare)).isEmpty()) {
                    throw SourceFormatException.at(file.toString(), i + 1, "'" + code + "' is not a code of "
                            + codeSet.release().label() + " as written (canonical form, e.g. E11.9, I21.- or S72.0-)");
                }
            }
            queries.add(new Query(columns[0].strip(), columns[1], codes));
        }
        return new RelevanceSet(file, queries);
    }

    /** The node a family entry names: "I21" for "I21.-", "S72.0" for "S72.0-". */
    private static String family(String answer) {
        String node = answer.substring(0, answer.length() - 1);
        return node.endsWith(".") ? node.substring(0, node.length() - 1) : node;
    }
}
