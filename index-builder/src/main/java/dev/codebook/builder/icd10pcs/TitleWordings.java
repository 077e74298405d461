package dev.codebook.builder.icd10pcs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How CMS words the titles of particular tables, rows or devices where its codes files depart from the rules of
 * {@link TitleComposer}: "Supplement of" in table 0JU but "Supplement" elsewhere, "Infusion Pump" for the label
 * "Infusion Device, Pump". Each wording replaces a phrase the rules compose, in the codes a pattern matches, by the
 * words CMS uses; the list ({@code title-wordings.tsv}) says where each was read.
 */
final class TitleWordings {

    private static final String FILE = "title-wordings.tsv";
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final TitleWordings BUNDLED = read();

    private final List<Wording> wordings;

    private TitleWordings(List<Wording> wordings) {
        this.wordings = List.copyOf(wordings);
    }

    /** The wordings the builder is packaged with. */
    static TitleWordings bundled() {
        return BUNDLED;
    }

    private static TitleWordings read() {
        try (InputStream in = TitleWordings.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the builder is packaged without its list of PCS title wordings "
                        + FILE);
            }
            return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads wordings, one a line: a pattern the whole code matches, the phrase composed, the phrase CMS says (empty
     * for none), separated by tabs; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not a wording
     */
    static TitleWordings parse(String name, List<String> lines) {
        List<Wording> wordings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String where = name + " line " + (i + 1) + ": ";
            if (columns.length != 3 || columns[1].isBlank()) {
                throw new IllegalArgumentException(where + "expected the codes, the composed phrase and CMS's "
                        + "phrase separated by tabs, got '" + line + "'");
            }
            try {
                wordings.add(new Wording(Pattern.compile(columns[0]),
                        Pattern.compile("(?<![\\w-])" + Pattern.quote(columns[1]) + "(?![\\w-])"), columns[2]));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + "the codes are not a regular expression: "
                        + e.getDescription(), e);
            }
        }
        return new TitleWordings(wordings);
    }

    /** The title of {@code code} as CMS words it, from the title the rules {@code composed}. */
    String apply(String code, String composed) {
        String title = composed;
        boolean worded = false;
        for (Wording wording : wordings) {
            if (wording.codes.matcher(code).matches()) {
                Matcher phrase = wording.phrase.matcher(title);
                if (phrase.find()) {
                    title = title.substring(0, phrase.start()) + wording.said + title.substring(phrase.end());
                    worded = true;
                }
            }
        }
        // A phrase said with nothing leaves its spaces and commas behind.
        return worded ? SPACES.matcher(title).replaceAll(" ").replace(" ,", ",").strip() : title;
    }

    private record Wording(Pattern codes, Pattern phrase, String said) {
    }
}
