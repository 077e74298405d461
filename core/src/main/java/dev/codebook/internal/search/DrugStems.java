package dev.codebook.internal.search;

import dev.codebook.search.MatchSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a drug name by the stem of its nonproprietary name, as the class of drugs the stem stands for: "amoxicillin"
 * by -cillin as penicillins, "lisinopril" by -pril as angiotensin-converting-enzyme inhibitors. ICD-10-CM titles its
 * poisoning, adverse-effect and underdosing codes by class ("Adverse effect of penicillins"), and no vocabulary can
 * list every drug of a class; the stems are few. They come from the vocabulary's {@code [drug stems]} section.
 * Immutable.
 */
final class DrugStems {

    /** A drug name holds at least this many letters besides its stem ("imipramine": "im" and -ipramine). */
    private static final int MIN_REST = 2;

    /** Suffixes and prefixes, without their hyphen, longest first, so that "-bendazole" is tried before "-azole". */
    private final List<Stem> stems;

    /** One stem: what a name ends (or starts) with, and the classes it names. */
    private record Stem(String letters, boolean suffix, String written, List<String> classes) {
    }

    /**
     * One way to read a drug name.
     *
     * @param drugClass the class as the titles name it ("penicillins")
     * @param stem      the stem as the vocabulary writes it ("-cillin"), for the hit's explanation
     */
    record Reading(String drugClass, String stem) {
    }

    private DrugStems(List<Stem> stems) {
        this.stems = stems;
    }

    /** Whether {@code phrase} is written as a stem: a suffix with its leading hyphen or a prefix with its trailing. */
    static boolean isStem(String phrase) {
        return phrase.length() > 1 && (phrase.startsWith("-") != phrase.endsWith("-"));
    }

    /** The drug stems of {@code vocabulary}; none when it has no {@code [drug stems]} section. */
    static DrugStems of(Vocabulary vocabulary) {
        List<Stem> stems = new ArrayList<>();
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            if (entry.source() == MatchSource.DRUG_STEM) {
                String written = entry.phrase().toLowerCase(Locale.ROOT);
                boolean suffix = written.startsWith("-");
                String letters = suffix ? written.substring(1) : written.substring(0, written.length() - 1);
                stems.add(new Stem(letters, suffix, written, entry.expansions()));
            }
        }
        stems.sort(Comparator.comparingInt((Stem stem) -> stem.letters().length()).reversed());
        return new DrugStems(List.copyOf(stems));
    }

    /**
     * The classes the longest stem of {@code word} names, or none. A name may end in an "e" after its stem, as names
     * in French and older English do ("amdinocilline").
     */
    List<Reading> read(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith("e") ? lower.substring(0, lower.length() - 1) : lower;
        for (Stem stem : stems) {
            if (named(stem, lower) || stem.suffix() && named(stem, bare)) {
                return stem.classes().stream().map(drugClass -> new Reading(drugClass, stem.written())).toList();
            }
        }
        return List.of();
    }

    private static boolean named(Stem stem, String word) {
        return word.length() >= stem.letters().length() + MIN_REST
                && (stem.suffix() ? word.endsWith(stem.letters()) : word.startsWith(stem.letters()));
    }
}
