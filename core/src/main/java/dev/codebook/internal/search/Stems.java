package dev.codebook.internal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * The terms of a text as {@link TextAnalysis#tokens(String)} gives them, found word by word with each distinct word's
 * analysis remembered. Explaining a hit reads its title and inclusion terms; running Lucene's analysis chain over each
 * of them for every hit cost more than the search itself, while the codes' texts share a vocabulary of some tens of
 * thousands of words. Thread-safe.
 */
final class Stems {

    /** Enough for every word of every title and inclusion term; beyond it words are analysed each time. */
    private static final int MAX_REMEMBERED = 100_000;
    /** What a stop word stands for here: no term. */
    private static final String NONE = "";

    private static final byte[] WORD_DELIMITER_TYPES = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE;

    private final Map<String, String> byWord = new ConcurrentHashMap<>();

    /** The term of one word (letters and digits, as written), or the empty string for a stop word. */
    String of(String word) {
        String term = byWord.get(word);
        if (term == null) {
            List<String> terms = TextAnalysis.terms(word);
            term = terms.isEmpty() ? NONE : terms.get(0);
            if (byWord.size() < MAX_REMEMBERED) {
                byWord.put(word, term);
            }
        }
        return term;
    }

    /** The terms of {@code text} in order, with where each stands in it. */
    List<TextAnalysis.Token> tokens(String text) {
        List<TextAnalysis.Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        // Where the last possessive "s" dropped ended: an "'s" straight after it is a word again ("Crohn's's").
        int droppedEnd = -1;
        while (i < length) {
            while (i < length && !isWordCharacter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordCharacter(text.charAt(i))) {
                i++;
            }
            if (start < i && isPossessive(text, start, i) && start - 1 != droppedEnd) {
                droppedEnd = i;
            } else if (start < i) {
                String term = of(text.substring(start, i));
                if (!term.isEmpty()) {
                    tokens.add(new TextAnalysis.Token(term, start, i));
                }
            }
        }
        return tokens;
    }

    /** The distinct terms of {@code text}. */
    Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        tokens(text).forEach(token -> terms.add(token.term()));
        return terms;
    }

    /** Whether the word part from {@code start} to {@code end} is the "s" of an English possessive ("Crohn's"). */
    private static boolean isPossessive(String text, int start, int end) {
        return end - start == 1 && (text.charAt(start) == 's' || text.charAt(start) == 'S') && start >= 2
                && text.charAt(start - 1) == '\'' && isLetter(text.charAt(start - 2));
    }

    /** Characters that Lucene's word delimiter keeps inside words, by its own classification. */
    private static boolean isWordCharacter(char c) {
        return (type(c) & WordDelimiterIterator.ALPHANUM) != 0;
    }

    private static boolean isLetter(char c) {
        return (type(c) & WordDelimiterIterator.ALPHA) != 0;
    }

    private static int type(char c) {
        return c < WORD_DELIMITER_TYPES.length ? WORD_DELIMITER_TYPES[c] : WordDelimiterIterator.getType(c);
    }
}
