package dev.codebook.evaluation;

import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Note;
import dev.codebook.NoteKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a release's titles and inclusion terms, lower-cased as spelt: a query none of whose words is among
 * them ("Arytenoidectomy" among ICD-10-PCS titles) cannot be expected to find anything, and does not count against a
 * search that answers it with nothing.
 */
final class IndexedWords {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words too common to say anything on their own, as Lucene's English stop words. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private final Set<String> words;

    private IndexedWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static IndexedWords of(CodeSet codeSet) {
        Set<String> words = new HashSet<>();
        for (Code code : (Iterable<Code>) codeSet.codes().stream()::iterator) {
            addWords(code.title(), words);
            for (Note note : code.notes(NoteKind.INCLUSION_TERM)) {
                if (note.source().equals(code.code())) {
                    addWords(note.text(), words);
                }
            }
        }
        return new IndexedWords(words);
    }

    /** Whether some title or inclusion term holds a word of {@code query}, other than a stop word. */
    boolean anyIn(String query) {
        for (String word : NON_WORD.split(query.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word) && words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void addWords(String text, Set<String> words) {
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }
}
