package dev.codebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the titles and inclusion terms as spelt, with how many nodes use each, grouped by first letter and
 * length so that the words near a misspelt one are found by comparing a few hundred candidates rather than by
 * building an automaton per query. Immutable.
 */
final class Spellings {

    /** A known word and how many nodes use it. */
    record Word(String word, int documents) {
    }

    private final Map<Long, List<Word>> byFirstLetterAndLength;

    private Spellings(Map<Long, List<Word>> byFirstLetterAndLength) {
        this.byFirstLetterAndLength = byFirstLetterAndLength;
    }

    static Spellings read(IndexReader reader) {
        Map<Long, List<Word>> groups = new HashMap<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, SearchFields.DICTIONARY);
            if (terms != null) {
                TermsEnum words = terms.iterator();
                for (BytesRef word = words.next(); word != null; word = words.next()) {
                    String text = word.utf8ToString();
                    groups.computeIfAbsent(group(text.charAt(0), text.length()), g -> new ArrayList<>())
                            .add(new Word(text, words.docFreq()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the spelling dictionary of the search index failed", e);
        }
        groups.replaceAll((group, words) -> List.copyOf(words));
        return new Spellings(groups);
    }

    /** The known words that start with the same letter as {@code word} and are at most {@code maxEdits} from it. */
    List<Word> near(String word, int maxEdits) {
        List<Word> near = new ArrayList<>();
        for (int length = Math.max(1, word.length() - maxEdits); length <= word.length() + maxEdits; length++) {
            for (Word known : byFirstLetterAndLength.getOrDefault(group(word.charAt(0), length), List.of())) {
                if (EditDistance.within(word, known.word(), maxEdits) <= maxEdits) {
                    near.add(known);
                }
            }
        }
        return near;
    }

    private static long group(char first, int length) {
        return ((long) first << 32) | length;
    }
}
