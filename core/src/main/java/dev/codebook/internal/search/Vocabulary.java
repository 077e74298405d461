package dev.codebook.internal.search;

import dev.codebook.search.MatchSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words people use for what the code titles say otherwise: clinical abbreviations (CHF, T2DM) and everyday words
 * (heart attack, pink eye). Search reads each entry as another way to say its expansions.
 *
 * <p>The format is plain text, one entry a line, for people to review and extend:
 *
 * <pre>
 * # a comment
 * [abbreviations]
 * CHF = congestive heart failure
 * [synonyms]
 * heart attack, coronary = acute myocardial infarction | myocardial infarction
 * [word parts]
 * -ectomy = excision | resection
 * nephr, nephro = kidney
 * [drug stems]
 * -cillin = penicillins
 * cef- = cephalosporins
 * </pre>
 *
 * Left of {@code =} are the ways people say it, separated by commas; right of it the wordings the codes use,
 * separated by {@code |}. Entries belong to the section above them, synonyms when there is none. Word parts are the
 * pieces of compound medical words: a suffix (written with its hyphen) names what is done, a combining form the body
 * part; search reads a word no title holds by them ({@link WordParts}). Drug stems are the stems of nonproprietary
 * drug names, a suffix with its leading hyphen or a prefix with its trailing one, and the class of drugs they name
 * ({@link DrugStems}). The index builder
 * checks the files and carries them into the index as {@value #FILE_NAME}, so a built index needs nothing else.
 *
 * @param entries every entry, in file order
 */
public record Vocabulary(List<Entry> entries) {

    /** The vocabulary's file name inside an index folder. */
    public static final String FILE_NAME = "vocabulary.txt";

    /** An empty vocabulary: search then matches the words of the codes only. */
    public static final Vocabulary EMPTY = new Vocabulary(List.of());

    public Vocabulary {
        entries = List.copyOf(entries);
    }

    /**
     * One way of saying something, and how the codes say it.
     *
     * @param source     whether it is an abbreviation or a synonym
     * @param phrase     what a user types, as written in the file
     * @param expansions the wordings the code titles use
     */
    public record Entry(MatchSource source, String phrase, List<String> expansions) {
        public Entry {
            expansions = List.copyOf(expansions);
        }
    }

    /**
     * Reads vocabulary text; {@code name} names the source in error messages.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry and what was expected
     */
    public static Vocabulary parse(String name, List<String> lines) {
        return parse(name, lines, true);
    }

    /**
     * Reads vocabulary text, checking that each phrase and expansion has searchable words when {@code analysed}:
     * the builder checks them once, and an index's copy is read on every start, where analysing each again would be
     * the larger part of opening search.
     */
    private static Vocabulary parse(String name, List<String> lines, boolean analysed) {
        List<Entry> entries = new ArrayList<>();
        MatchSource section = MatchSource.SYNONYM;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = name + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = section(line, where);
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || line.indexOf('=', equals + 1) >= 0) {
                throw new IllegalArgumentException(where + "expected 'phrase, other phrase = expansion | other "
                        + "expansion' or a section [abbreviations] / [synonyms] / [word parts] / [drug stems]; got '"
                        + line + "'");
            }
            List<String> expansions = parts(line.substring(equals + 1), "\\|", where, "expansion", analysed);
            for (String phrase : parts(line.substring(0, equals), ",", where, "phrase", analysed)) {
                if (section == MatchSource.DRUG_STEM && !DrugStems.isStem(phrase)) {
                    throw new IllegalArgumentException(where + "expected a drug stem with its hyphen, '-cillin' (a "
                            + "suffix) or 'cef-' (a prefix); got '" + phrase + "'");
                }
                entries.add(new Entry(section, phrase, expansions));
            }
        }
        return new Vocabulary(entries);
    }

    /**
     * The vocabulary an index carries; empty when it carries none. The builder checked its entries: they are read
     * without analysing each phrase again.
     */
    public static Vocabulary read(Path index) throws IOException {
        Path file = index.resolve(FILE_NAME);
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), false);
        } catch (NoSuchFileException e) {
            return EMPTY;
        }
    }

    /** This vocabulary followed by {@code other}'s entries. */
    public Vocabulary and(Vocabulary other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Vocabulary(all);
    }

    /** The vocabulary as text in its own format, which {@link #parse} reads back. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        MatchSource section = null;
        for (Entry entry : entries) {
            if (entry.source() != section) {
                section = entry.source();
                lines.add(switch (section) {
                    case ABBREVIATION -> "[abbreviations]";
                    case WORD_PARTS -> "[word parts]";
                    case DRUG_STEM -> "[drug stems]";
                    default -> "[synonyms]";
                });
            }
            lines.add(entry.phrase() + " = " + String.join(" | ", entry.expansions()));
        }
        return lines;
    }

    private static MatchSource section(String line, String where) {
        return switch (line.toLowerCase(Locale.ROOT)) {
            case "[abbreviations]" -> MatchSource.ABBREVIATION;
            case "[synonyms]" -> MatchSource.SYNONYM;
            case "[word parts]" -> MatchSource.WORD_PARTS;
            case "[drug stems]" -> MatchSource.DRUG_STEM;
            default -> throw new IllegalArgumentException(where + "expected the section [abbreviations], "
                    + "[synonyms], [word parts] or [drug stems]; got '" + line + "'");
        };
    }

    private static List<String> parts(String text, String separator, String where, String what,
            boolean analysed) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(separator, -1)) {
            String stripped = part.strip();
            if (stripped.isEmpty()) {
                throw new IllegalArgumentException(where + "an empty " + what + "; expected words on both sides "
                        + "of '=' and between separators");
            }
            if (analysed && TextAnalysis.terms(stripped).isEmpty()) {
                throw new IllegalArgumentException(where + "the " + what + " '" + stripped + "' has no searchable "
                        + "words (only stop words or punctuation)");
            }
            parts.add(stripped);
        }
        return parts;
    }
}
