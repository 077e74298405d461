package dev.codebook.internal.search;

import dev.codebook.search.MatchSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a compound medical word by its parts, as coders are taught to: "nephropexy" is nephr(o)- (kidney) and -pexy
 * (repair, reposition); "proctocolectomy" is proct(o)- (rectum), col(o)- (colon) and -ectomy (excision, resection).
 * ICD-10-PCS titles never use these words ("Reposition Right Kidney"), and the vocabulary cannot list every compound
 * of a few dozen suffixes with some hundreds of combining forms. The parts come from the vocabulary's
 * {@code [word parts]} section. Immutable.
 */
final class WordParts {

    /** A combining form as written in a word, its linking "o" included, is at least this long ("myo", "oto"). */
    private static final int MIN_FORM_LENGTH = 3;
    /** At most this many combining forms before the suffix ("salpingo-oophorectomy": two). */
    private static final int MAX_FORMS = 2;

    /** Suffixes without their hyphen, longest first, so that "-ectomy" is tried before "-tomy". */
    private final List<String> suffixes;
    private final Map<String, List<String>> expansions;

    private WordParts(List<String> suffixes, Map<String, List<String>> expansions) {
        this.suffixes = suffixes;
        this.expansions = expansions;
    }

    /** The word parts of {@code vocabulary}; none when it has no {@code [word parts]} section. */
    static WordParts of(Vocabulary vocabulary) {
        List<String> suffixes = new ArrayList<>();
        Map<String, List<String>> expansions = new HashMap<>();
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            if (entry.source() != MatchSource.WORD_PARTS) {
                continue;
            }
            String part = entry.phrase().toLowerCase(Locale.ROOT);
            if (part.startsWith("-")) {
                part = part.substring(1);
                suffixes.add(part);
            }
            expansions.computeIfAbsent(part, p -> new ArrayList<>()).addAll(entry.expansions());
        }
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
        return new WordParts(List.copyOf(suffixes), Map.copyOf(expansions));
    }

    /**
     * One way to read a compound word.
     *
     * @param operation what the suffix says is done ("resection")
     * @param bodyPart  what one of its combining forms names ("kidney")
     * @param parts     the word as read, for the hit's explanation ("nephr(o) + ectomy")
     */
    record Reading(String operation, String bodyPart, String parts) {
    }

    /**
     * The readings of {@code word}: for a word that ends in a known suffix after one or two known combining forms
     * (each perhaps with its linking "o"), each operation of the suffix with each body part of the forms; none
     * otherwise.
     */
    List<Reading> read(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (lower.length() < suffix.length() + MIN_FORM_LENGTH || !lower.endsWith(suffix)) {
                continue;
            }
            List<String> forms = forms(lower.substring(0, lower.length() - suffix.length()), MAX_FORMS);
            if (forms.isEmpty()) {
                continue;
            }
            String parts = String.join(" + ", forms) + " + -" + suffix;
            List<Reading> readings = new ArrayList<>();
            for (String operation : expansions.get(suffix)) {
                for (String form : forms) {
                    for (String bodyPart : expansions.get(form)) {
                        readings.add(new Reading(operation, bodyPart, parts));
                    }
                }
            }
            return readings;
        }
        return List.of();
    }

    /** {@code stem} as at most {@code most} known combining forms in order, each perhaps followed by "o"; or none. */
    private List<String> forms(String stem, int most) {
        if (stem.length() < MIN_FORM_LENGTH) {
            return List.of();
        }
        for (String form : List.of(stem, stem.endsWith("o") ? stem.substring(0, stem.length() - 1) : "")) {
            if (isForm(form)) {
                return List.of(form);
            }
        }
        if (most > 1) {
            // The longest first part that is a form, then the rest as forms: "procto" + "col".
            for (int end = stem.length() - MIN_FORM_LENGTH; end >= MIN_FORM_LENGTH; end--) {
                List<String> first = forms(stem.substring(0, end), 1);
                if (!first.isEmpty()) {
                    List<String> rest = forms(stem.substring(end), most - 1);
                    if (!rest.isEmpty()) {
                        List<String> all = new ArrayList<>(first);
                        all.addAll(rest);
                        return all;
                    }
                }
            }
        }
        return List.of();
    }

    private boolean isForm(String part) {
        return expansions.containsKey(part) && !suffixes.contains(part);
    }
}
