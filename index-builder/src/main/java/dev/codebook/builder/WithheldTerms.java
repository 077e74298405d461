package dev.codebook.builder;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inclusion terms to leave out of the search index, for measuring search on them as queries (leave-one-out): the
 * code tables keep them, so lookup still shows them, but search cannot match them. Read from relevance sets
 * ({@code kind <TAB> query <TAB> codes}) whose queries are inclusion terms and whose codes are the nodes that list
 * them ("J18.-" or "J18.9"). An index built with any withheld term is for evaluation only.
 */
public final class WithheldTerms {

    /** Nothing withheld: the index every user builds. */
    public static final WithheldTerms NONE = new WithheldTerms(Set.of());

    /** "code<TAB>term", the term's case and spacing normalised. */
    private final Set<String> pairs;

    private WithheldTerms(Set<String> pairs) {
        this.pairs = Set.copyOf(pairs);
    }

    /**
     * The inclusion terms named in {@code files}.
     *
     * @throws SourceFormatException naming the file and line of a malformed entry
     */
    public static WithheldTerms read(List<Path> files) throws IOException {
        Set<String> pairs = new HashSet<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3 || columns[1].isBlank() || columns[2].isBlank()) {
                    throw SourceFormatException.at(file.toString(), i + 1, "expected kind, inclusion term and the "
                            + "codes that list it, separated by tabs; got '" + line + "'");
                }
                for (String code : columns[2].strip().split("\\s+")) {
                    pairs.add(pair(code.replaceAll("[.-]+$", ""), columns[1]));
                }
            }
        }
        return new WithheldTerms(pairs);
    }

    /** Whether search must not see {@code term} as an inclusion term of {@code code}. */
    public boolean withholds(String code, String term) {
        return !pairs.isEmpty() && pairs.contains(pair(code, term));
    }

    /** How many code and term pairs are withheld. */
    public int size() {
        return pairs.size();
    }

    private static String pair(String code, String term) {
        return code + "\t" + term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
