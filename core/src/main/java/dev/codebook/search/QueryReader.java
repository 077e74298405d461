package dev.codebook.search;

import dev.codebook.search.QueryPlan.Alternative;
import dev.codebook.search.QueryPlan.Slot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Reads query text into a {@link QueryPlan}: splits it into terms, recognises vocabulary phrases (longest first) and
 * corrects words that no title or inclusion term contains. Thread-safe.
 */
final class QueryReader {

    /** Longer input is cut here: no description needs more, and the cost of a query stays bounded. */
    static final int MAX_CHARACTERS = 1_000;
    static final int MAX_TERMS = 24;
    /** Words shorter than this are not corrected: too many real words lie one edit away. */
    private static final int MIN_CORRECTED_LENGTH = 4;
    /** Words at least this long may be two edits from the word meant; shorter ones one. */
    private static final int TWO_EDIT_LENGTH = 7;
    private static final int MAX_CORRECTIONS = 2;

    private final Terms dictionary;
    private final Map<String, List<Phrase>> phrasesByFirstTerm;
    private final Ranking ranking;

    /** A vocabulary entry with its phrase and expansions analyzed. */
    private record Phrase(List<String> terms, Vocabulary.Entry entry, List<List<String>> expansions) {
    }

    QueryReader(Terms dictionary, Vocabulary vocabulary, Ranking ranking) {
        this.dictionary = dictionary;
        this.ranking = ranking;
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (Vocabulary.Entry entry : vocabulary.entries()) {
            List<String> terms = TextAnalysis.terms(entry.phrase());
            List<List<String>> expansions = entry.expansions().stream().map(TextAnalysis::terms).toList();
            phrases.computeIfAbsent(terms.get(0), t -> new ArrayList<>()).add(new Phrase(terms, entry, expansions));
        }
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> -p.terms().size())));
        this.phrasesByFirstTerm = phrases;
    }

    QueryPlan read(String text) {
        String bounded = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        List<String> terms = TextAnalysis.terms(bounded);
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        TermsEnum known = knownTerms();
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            List<Phrase> phrases = phraseAt(terms, i);
            if (!phrases.isEmpty()) {
                int length = phrases.get(0).terms().size();
                List<Alternative> alternatives = new ArrayList<>();
                List<String> own = terms.subList(i, i + length);
                if (own.stream().allMatch(term -> isKnown(known, term))) {
                    alternatives.add(new Alternative(own, Optional.empty(), 1f));
                }
                for (Phrase phrase : phrases) {
                    Vocabulary.Entry entry = phrase.entry();
                    for (int e = 0; e < phrase.expansions().size(); e++) {
                        Match reading = new Match(entry.source(), entry.phrase() + " = " + entry.expansions().get(e));
                        alternatives.add(new Alternative(phrase.expansions().get(e), Optional.of(reading),
                                ranking.vocabulary));
                    }
                }
                slots.add(new Slot(alternatives));
                i += length;
                continue;
            }
            String term = terms.get(i);
            if (isKnown(known, term)) {
                slots.add(new Slot(List.of(new Alternative(List.of(term), Optional.empty(), 1f))));
            } else {
                List<Alternative> corrections = corrections(term);
                if (!corrections.isEmpty()) {
                    slots.add(new Slot(corrections));
                }
            }
            i++;
        }
        return new QueryPlan(slots);
    }

    private TermsEnum knownTerms() {
        try {
            return dictionary == null ? null : dictionary.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vocabulary entries of the longest phrase that starts at {@code i}, or none. */
    private List<Phrase> phraseAt(List<String> terms, int i) {
        List<Phrase> candidates = phrasesByFirstTerm.getOrDefault(terms.get(i), List.of());
        List<Phrase> matched = new ArrayList<>();
        for (Phrase phrase : candidates) {
            int length = phrase.terms().size();
            if (!matched.isEmpty() && length < matched.get(0).terms().size()) {
                break;
            }
            if (i + length <= terms.size() && terms.subList(i, i + length).equals(phrase.terms())) {
                matched.add(phrase);
            }
        }
        return matched;
    }

    private static boolean isKnown(TermsEnum known, String term) {
        try {
            return known != null && known.seekExact(new BytesRef(term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The known words nearest to {@code term}, at most two edits away, commonest first. */
    private List<Alternative> corrections(String term) {
        if (dictionary == null || term.length() < MIN_CORRECTED_LENGTH || term.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        int maxEdits = term.length() >= TWO_EDIT_LENGTH ? 2 : 1;
        record Candidate(String term, int edits, int documents) {
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(dictionary, new Term(SearchFields.DICTIONARY, term),
                    maxEdits, 0, true);
            for (BytesRef candidate = fuzzy.next(); candidate != null; candidate = fuzzy.next()) {
                String word = candidate.utf8ToString();
                candidates.add(new Candidate(word, EditDistance.between(term, word), fuzzy.docFreq()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        candidates.sort(Comparator.comparingInt(Candidate::edits)
                .thenComparing(Comparator.comparingInt(Candidate::documents).reversed()));
        List<Alternative> corrections = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (corrections.size() == MAX_CORRECTIONS || candidate.edits() > candidates.get(0).edits()) {
                break;
            }
            Match reading = new Match(MatchSource.SPELLING_CORRECTION, term + " -> " + candidate.term());
            corrections.add(new Alternative(List.of(candidate.term()), Optional.of(reading),
                    candidate.edits() == 1 ? ranking.oneEdit : ranking.twoEdits));
        }
        return corrections;
    }
}
