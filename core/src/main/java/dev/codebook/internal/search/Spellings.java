package dev.codebook.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words spelling correction may offer: those of the titles and inclusion terms as spelt, with how many nodes use
 * each, and those of the vocabulary, which count as common. Indexed by their pairs of neighbouring letters, so that
 * the words near a misspelt one are found by comparing the few dozen that share enough of its letter pairs, whatever
 * letter they start with, rather than by scanning the dictionary. Immutable.
 */
final class Spellings {

    /** A known word this many edits from the misspelt one, and how many nodes use it. */
    record Near(String word, int edits, int documents) {
    }

    /** Marks the start and end of a word, so that its first and last letters count as pairs too. */
    private static final char BOUNDARY = '\0';
    /** An edit breaks at most this many letter pairs: a swap of neighbours breaks three. */
    private static final int PAIRS_PER_EDIT = 3;
    /** Slots of the letter-count comparison; letters sharing a slot only make the bound looser, never wrong. */
    private static final int LETTER_SLOTS = 64;

    private static final int[] NO_WORDS = {};

    private final String[] words;
    private final int[] documents;
    private final Map<Integer, int[]> wordsByPair;

    private Spellings(String[] words, int[] documents, Map<Integer, int[]> wordsByPair) {
        this.words = words;
        this.documents = documents;
        this.wordsByPair = wordsByPair;
    }

    /** The dictionary of the index's titles and inclusion terms, and the words of the vocabulary's phrases. */
    static Spellings read(IndexReader reader, Set<String> vocabularyWords) {
        Map<String, Integer> known = new LinkedHashMap<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, SearchFields.DICTIONARY);
            if (terms != null) {
                TermsEnum dictionary = terms.iterator();
                for (BytesRef word = dictionary.next(); word != null; word = dictionary.next()) {
                    known.put(word.utf8ToString(), dictionary.docFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the spelling dictionary of the search index failed", e);
        }
        vocabularyWords.forEach(word -> known.put(word, Integer.MAX_VALUE));
        return of(known);
    }

    /** The words given, each with how many nodes use it. */
    static Spellings of(Map<String, Integer> known) {
        String[] words = known.keySet().toArray(String[]::new);
        int[] documents = known.values().stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, List<Integer>> byPair = new HashMap<>();
        for (int id = 0; id < words.length; id++) {
            for (int pair : pairs(words[id])) {
                byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(id);
            }
        }
        Map<Integer, int[]> wordsByPair = new HashMap<>();
        byPair.forEach((pair, ids) -> wordsByPair.put(pair, ids.stream().mapToInt(Integer::intValue).toArray()));
        return new Spellings(words, documents, wordsByPair);
    }

    /**
     * The known words nearest to {@code word}, if any is at most {@code maxEdits} away: those one edit away if there
     * are any, else those two away, and so on. Most slips are one edit, and looking for those first compares far
     * fewer words.
     */
    List<Near> nearest(String word, int maxEdits) {
        for (int edits = 1; edits <= maxEdits; edits++) {
            List<Near> near = near(word, edits);
            if (!near.isEmpty()) {
                int fewest = near.stream().mapToInt(Near::edits).min().getAsInt();
                return near.stream().filter(known -> known.edits() == fewest).toList();
            }
        }
        return List.of();
    }

    /** The known words at most {@code maxEdits} from {@code word} (a swap of neighbours counting as one edit). */
    List<Near> near(String word, int maxEdits) {
        Candidate candidate = new Candidate(word, maxEdits);
        int[] pairs = pairs(word);
        // Each edit breaks at most PAIRS_PER_EDIT of the word's pairs, so a word within reach shares the rest; a word
        // too short to be sure of sharing any is compared with every word.
        int needed = pairs.length - PAIRS_PER_EDIT * maxEdits;
        List<Near> near = new ArrayList<>();
        if (needed < 1) {
            for (int id = 0; id < words.length; id++) {
                candidate.compare(id, near);
            }
            return near;
        }
        byte[] shared = new byte[words.length];
        for (int pair : pairs) {
            for (int id : wordsByPair.getOrDefault(pair, NO_WORDS)) {
                if (++shared[id] == needed) {
                    candidate.compare(id, near);
                }
            }
        }
        return near;
    }

    /** A misspelt word compared with known ones, its letters counted once for all of them. */
    private final class Candidate {
        private final String word;
        private final int maxEdits;
        private final int[] letters = new int[LETTER_SLOTS];
        private final int[] unmatched = new int[LETTER_SLOTS];

        Candidate(String word, int maxEdits) {
            this.word = word;
            this.maxEdits = maxEdits;
            for (int i = 0; i < word.length(); i++) {
                letters[word.charAt(i) % LETTER_SLOTS]++;
            }
        }

        /** Adds the known word {@code id} to {@code near} when it is at most {@code maxEdits} from the word. */
        void compare(int id, List<Near> near) {
            String known = words[id];
            if (Math.abs(known.length() - word.length()) <= maxEdits
                    && letterDifference(known) <= 2 * maxEdits) {
                int edits = EditDistance.within(word, known, maxEdits);
                if (edits <= maxEdits) {
                    near.add(new Near(known, edits, documents[id]));
                }
            }
        }

        /**
         * A lower bound on the edits between the word and {@code known} from their letter counts: a substitution
         * changes the counts by two, an insertion or deletion by one, a swap not at all. Cheaper than the edit
         * distance, so it goes first: the summed differences of the counts are both lengths less twice the letters
         * they share.
         */
        private int letterDifference(String known) {
            System.arraycopy(letters, 0, unmatched, 0, LETTER_SLOTS);
            int shared = 0;
            for (int i = 0; i < known.length(); i++) {
                int slot = known.charAt(i) % LETTER_SLOTS;
                if (unmatched[slot] > 0) {
                    unmatched[slot]--;
                    shared++;
                }
            }
            return word.length() + known.length() - 2 * shared;
        }
    }

    /** The distinct pairs of neighbouring letters of {@code word}, its start and end included. */
    private static int[] pairs(String word) {
        int[] pairs = new int[word.length() + 1];
        char previous = BOUNDARY;
        for (int i = 0; i <= word.length(); i++) {
            char c = i < word.length() ? word.charAt(i) : BOUNDARY;
            // Scrambled by an odd multiplier (one to one on ints): the plain value varies only in its low bits,
            // and so would crowd a few buckets of the map.
            pairs[i] = (previous << 16 | c) * 0x9E3779B1;
            previous = c;
        }
        return Arrays.stream(pairs).distinct().toArray();
    }
}
