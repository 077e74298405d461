package dev.codebook.evaluation;

import dev.codebook.CodeSet;
import dev.codebook.code.Code;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a release's titles and inclusion terms, lower-cased as spelt: a query none of whose words is among
 * them ("Arytenoidectomy" among ICD-10-PCS titles) cannot be expected to find anything, and does not count against a
 * search that answers it with nothing. A text does not count for itself as a query: the leave-one-out set's queries
 * are inclusion terms that its evaluation index withholds from search.
 */
final class IndexedWords {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words too common to say anything on their own, as Lucene's English stop words. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    /** Per word, how many texts hold it; per text, how many times the release says it. */
    private final Map<String, Integer> textsHolding;
    private final Map<String, Integer> copies;

    private IndexedWords(Map<String, Integer> textsHolding, Map<String, Integer> copies) {
        this.textsHolding = Map.copyOf(textsHolding);
        this.copies = Map.copyOf(copies);
    }

    static IndexedWords of(CodeSet codeSet) {
        Map<String, Integer> textsHolding = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (Code code : (Iterable<Code>) codeSet.codes().stream()::iterator) {
            List<String> texts = new ArrayList<>();
            texts.add(code.title());
            for (Note note : code.notes(NoteKind.INCLUSION_TERM)) {
                if (note.source().equals(code.code())) {
                    texts.add(note.text());
                }
            }
            for (String text : texts) {
                copies.merge(normalised(text), 1, Integer::sum);
                words(text).forEach(word -> textsHolding.merge(word, 1, Integer::sum));
            }
        }
        return new IndexedWords(textsHolding, copies);
    }

    /** Whether some title or inclusion term other than the query itself holds a word of it, not a stop word. */
    boolean anyIn(String query) {
        int itself = copies.getOrDefault(normalised(query), 0);
        for (String word : words(query)) {
            if (!STOP_WORDS.contains(word) && textsHolding.getOrDefault(word, 0) > itself) {
                return true;
            }
        }
        return false;
    }

    /** The distinct words of a text. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
