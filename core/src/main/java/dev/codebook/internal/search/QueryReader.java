package dev.codebook.internal.search;

import com.google.common.base.Suppliers;
import dev.codebook.internal.search.QueryPlan.Alternative;
import dev.codebook.internal.search.QueryPlan.Slot;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * Reads query text into a {@link QueryPlan}: splits it into terms, recognises vocabulary phrases (longest first),
 * reads compound medical words by their parts ({@link WordParts}) and drug names by their stems ({@link DrugStems}),
 * and corrects other words that no title or inclusion term contains. Thread-safe.
 */
final class QueryReader {

    /** Longer input is cut here: no description needs more, and the cost of a query stays bounded. */
    static final int MAX_CHARACTERS = 1_000;
    static final int MAX_TERMS = 32;
    /** Words shorter than this are not corrected: too many real words lie one edit away. */
    private static final int MIN_CORRECTED_LENGTH = 4;
    /** Words at least this long may be two edits from the word meant; shorter ones one. */
    private static final int TWO_EDIT_LENGTH = 6;
    /** A correction this many times commoner than a known stem is taken as the word meant. */
    private static final int MUCH_COMMONER = 5;
    private static final int MAX_CORRECTIONS = 2;
    /** Longer words are not corrected: no medical word is this long, and the cost grows with length. */
    private static final int MAX_CORRECTED_LENGTH = 30;
    /** At most this many words of one query are corrected, which bounds the cost of gibberish. */
    private static final int MAX_CORRECTED_WORDS = 4;
    /** How much the class of a drug name that some title holds counts, against 1 for the name itself. */
    private static final float KNOWN_DRUG_CLASS = 0.5f;

    private final Lexicon lexicon;
    private final Stems stems;
    /** The words of titles and inclusion terms as spelt (unstemmed), that corrections are drawn from; read on first
     * use, so that opening stays fast. */
    private final Supplier<Spellings> spellings;
    private final Map<String, List<Phrase>> phrasesByFirstTerm;
    private final WordParts wordParts;
    private final DrugStems drugStems;
    /** The words of the vocabulary's phrases: known words, though no title may contain them ("piles"). */
    private final Set<String> vocabularyWords;
    private final Ranking ranking;

    /** A vocabulary entry with its phrase and expansions analyzed. */
    private record Phrase(List<String> terms, Vocabulary.Entry entry, List<List<String>> expansions) {
    }

    QueryReader(IndexReader reader, Lexicon lexicon, Stems stems, Vocabulary vocabulary, Ranking ranking) {
        this.lexicon = lexicon;
        this.stems = stems;
        this.ranking = ranking;
        Map<String, List<Phrase>> phrases = new HashMap<>();
        Set<String> phraseWords = new HashSet<>();
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            // Word parts and drug stems are pieces of words, never what a user types: WordParts and DrugStems read
            // them.
            if (entry.source() == MatchSource.WORD_PARTS || entry.source() == MatchSource.DRUG_STEM) {
                continue;
            }
            List<String> terms = TextAnalysis.terms(entry.phrase());
            List<List<String>> expansions = entry.expansions().stream().map(TextAnalysis::terms).toList();
            // The builder refuses such entries; an index's copy is not checked again (Vocabulary.read).
            if (terms.isEmpty() || expansions.contains(List.of())) {
                continue;
            }
            phraseWords.addAll(TextAnalysis.words(entry.phrase()));
            phrases.computeIfAbsent(terms.get(0), t -> new ArrayList<>()).add(new Phrase(terms, entry, expansions));
        }
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> -p.terms().size())));
        this.phrasesByFirstTerm = phrases;
        this.wordParts = WordParts.of(vocabulary);
        this.drugStems = DrugStems.of(vocabulary);
        this.vocabularyWords = Set.copyOf(phraseWords);
        this.spellings = Suppliers.memoize(() -> Spellings.read(reader, vocabularyWords));
    }

    QueryPlan read(String text) {
        String bounded = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        List<Qualifiers.Word> words = Qualifiers.read(bounded);
        if (words.size() > MAX_TERMS) {
            words = words.subList(0, MAX_TERMS);
        }
        // Each word's stem if the word is known, else its corrections (best first), so vocabulary phrases are
        // recognised even when misspelt: "kidny stone".
        List<List<Alternative>> readings = new ArrayList<>();
        int[] correctedWords = {0};
        for (Qualifiers.Word word : words) {
            readings.add(readWord(word.text(), correctedWords));
        }
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < readings.size()) {
            List<Phrase> phrases = phraseAt(readings, i);
            if (phrases.isEmpty()) {
                if (!readings.get(i).isEmpty()) {
                    slots.add(new Slot(readings.get(i), words.get(i).optional()));
                }
                i++;
                continue;
            }
            int length = phrases.get(0).terms().size();
            List<Match> corrected = new ArrayList<>();
            List<String> own = new ArrayList<>();
            for (List<Alternative> word : readings.subList(i, i + length)) {
                corrected.addAll(word.get(0).readings());
                own.addAll(word.get(0).terms());
            }
            List<Alternative> alternatives = new ArrayList<>();
            if (own.stream().allMatch(term -> documents(term) > 0)) {
                alternatives.add(new Alternative(own, corrected, 1f));
            }
            for (Phrase phrase : phrases) {
                Vocabulary.Entry entry = phrase.entry();
                for (int e = 0; e < phrase.expansions().size(); e++) {
                    List<Match> interpreted = new ArrayList<>(corrected);
                    interpreted.add(new Match(entry.source(), entry.phrase() + " = " + entry.expansions().get(e)));
                    alternatives.add(new Alternative(phrase.expansions().get(e), interpreted, ranking.vocabulary));
                }
            }
            boolean optional = words.subList(i, i + length).stream().allMatch(Qualifiers.Word::optional);
            slots.add(new Slot(alternatives, optional));
            i += length;
        }
        return new QueryPlan(slots, TextAnalysis.key(bounded), TextAnalysis.wordingKey(bounded),
                TextAnalysis.headKey(bounded), TextAnalysis.splits(bounded, stems.tokens(bounded)));
    }

    /**
     * How one word may be read: its stem when the titles or the vocabulary know the word; otherwise the nearest
     * known words, unless the stem is known and no correction is much commoner (an inflection the titles do not
     * use, rather than a slip onto a rare word such as "migrane" onto "migrans").
     */
    private List<Alternative> readWord(String word, int[] correctedSoFar) {
        String stem = stem(word);
        List<Alternative> own = List.of(new Alternative(List.of(stem), List.of(), 1f));
        if (vocabularyWords.contains(word) || isSpelling(word)) {
            // A drug name some title holds may be one no title in scope holds ("cefoperazone" is an HCPCS drug), so
            // its class is searched too; below the word itself, so that a title naming the drug comes first.
            List<Alternative> byStem = byStem(word, KNOWN_DRUG_CLASS);
            if (byStem.isEmpty()) {
                return own;
            }
            List<Alternative> both = new ArrayList<>(own);
            both.addAll(byStem);
            return both;
        }
        List<Alternative> byParts = byParts(word);
        if (!byParts.isEmpty()) {
            return byParts;
        }
        List<Alternative> byStem = byStem(word, ranking.vocabulary);
        if (!byStem.isEmpty()) {
            return byStem;
        }
        int stemDocuments = documents(stem);
        if (correctedSoFar[0]++ >= MAX_CORRECTED_WORDS) {
            return stemDocuments > 0 ? own : List.of();
        }
        List<Correction> corrections = corrections(word);
        if (corrections.isEmpty()) {
            return stemDocuments > 0 ? own : List.of();
        }
        if (stemDocuments > 0
                && (corrections.get(0).documents() < MUCH_COMMONER * stemDocuments
                        || corrections.stream().anyMatch(c -> c.stem().equals(stem)))) {
            return own;
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (Correction correction : corrections) {
            Match reading = new Match(MatchSource.SPELLING_CORRECTION, word + " -> " + correction.word());
            alternatives.add(new Alternative(List.of(correction.stem()), List.of(reading),
                    correction.edits() == 1 ? ranking.oneEdit : ranking.twoEdits));
        }
        return alternatives;
    }

    /** A compound word that no title holds, read by its parts: each operation with each body part. */
    private List<Alternative> byParts(String word) {
        List<Alternative> alternatives = new ArrayList<>();
        for (WordParts.Reading reading : wordParts.read(word)) {
            String meaning = reading.operation() + " of " + reading.bodyPart();
            Match match = new Match(MatchSource.WORD_PARTS, word + " = " + meaning + " (" + reading.parts() + ")");
            alternatives.add(new Alternative(TextAnalysis.terms(meaning), List.of(match), ranking.vocabulary));
        }
        return alternatives;
    }

    /** A drug name read by its stem as each class the stem names, a match counting {@code weight}. */
    private List<Alternative> byStem(String word, float weight) {
        List<Alternative> alternatives = new ArrayList<>();
        for (DrugStems.Reading reading : drugStems.read(word)) {
            Match match = new Match(MatchSource.DRUG_STEM, word + " = " + reading.drugClass() + " (" + reading.stem()
                    + ")");
            alternatives.add(new Alternative(TextAnalysis.terms(reading.drugClass()), List.of(match), weight));
        }
        return alternatives;
    }

    /** The vocabulary entries of the longest phrase that starts at word {@code i} (best reading), or none. */
    private List<Phrase> phraseAt(List<List<Alternative>> words, int i) {
        if (words.get(i).isEmpty()) {
            return List.of();
        }
        List<Phrase> candidates = phrasesByFirstTerm.getOrDefault(words.get(i).get(0).terms().get(0), List.of());
        List<Phrase> matched = new ArrayList<>();
        for (Phrase phrase : candidates) {
            int length = phrase.terms().size();
            if (!matched.isEmpty() && length < matched.get(0).terms().size()) {
                break;
            }
            if (i + length <= words.size() && phraseMatches(phrase.terms(), words.subList(i, i + length))) {
                matched.add(phrase);
            }
        }
        return matched;
    }

    private static boolean phraseMatches(List<String> phrase, List<List<Alternative>> words) {
        for (int w = 0; w < phrase.size(); w++) {
            if (words.get(w).isEmpty() || !words.get(w).get(0).terms().get(0).equals(phrase.get(w))) {
                return false;
            }
        }
        return true;
    }

    /** A known word near a misspelt one. */
    private record Correction(String word, String stem, int edits, int documents) {
    }

    /**
     * The known words nearest to {@code word}, at most two edits away: the nearest, then others as near and nearly
     * as common. Words of the vocabulary count as common.
     */
    private List<Correction> corrections(String word) {
        if (word.length() < MIN_CORRECTED_LENGTH || word.length() > MAX_CORRECTED_LENGTH
                || word.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        int maxEdits = word.length() >= TWO_EDIT_LENGTH ? 2 : 1;
        List<Correction> candidates = new ArrayList<>();
        for (Spellings.Near known : spellings.get().nearest(word, maxEdits)) {
            candidates.add(new Correction(known.word(), stem(known.word()), known.edits(), known.documents()));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(Correction::edits)
                .thenComparing(candidate -> candidate.word().charAt(0) != word.charAt(0))
                .thenComparing(Comparator.comparingInt(Correction::documents).reversed()));
        Correction best = candidates.get(0);
        List<Correction> corrections = new ArrayList<>();
        for (Correction candidate : candidates) {
            if (corrections.size() == MAX_CORRECTIONS || candidate.edits() > best.edits()) {
                break;
            }
            if (candidate.documents() * 2L >= best.documents()
                    && corrections.stream().noneMatch(c -> c.stem().equals(candidate.stem()))) {
                corrections.add(candidate);
            }
        }
        return corrections;
    }

    /** The stem of one word of a query, or the word itself when it is a stop word. */
    private String stem(String word) {
        String stem = stems.of(word);
        return stem.isEmpty() ? word : stem;
    }

    /** Whether a title or inclusion term holds {@code word} as it is spelt. */
    private boolean isSpelling(String word) {
        return lexicon.documents(SearchFields.DICTIONARY, word) > 0;
    }

    /** How many titles and inclusion terms hold the stemmed {@code term}. */
    private int documents(String term) {
        return lexicon.documents(SearchFields.TITLE, term) + lexicon.documents(SearchFields.TERMS, term);
    }
}
