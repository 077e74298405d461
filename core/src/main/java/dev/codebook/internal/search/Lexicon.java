package dev.codebook.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * The terms of the search index, each looked up in Lucene's term dictionary once: a query of a few words becomes some
 * thirty term lookups (each word in each description field, the exact-title keys), and repeating those seeks for
 * every query was the larger part of its cost. Terms the index holds are all remembered, which the index's own
 * vocabulary bounds; of those it lacks (misspellings, whole-query keys that are no title), up to a bound per field,
 * forgotten all at once when it is reached. Remembered by field and text rather than as Lucene terms, whose hash is
 * of their UTF-8 bytes: a long query asks a few hundred times, and encoding and hashing each text was a tenth of
 * reading its clauses. Thread-safe.
 */
final class Lexicon {

    private static final int MISSING_REMEMBERED = 20_000;

    private final IndexSearcher searcher;
    private final Map<String, FieldTerms> fields = new ConcurrentHashMap<>();

    /** The terms of one field looked up so far: those it holds, and some of those it lacks. */
    private static final class FieldTerms {
        final Map<String, TermStates> found = new ConcurrentHashMap<>();
        final Map<String, Boolean> missing = new ConcurrentHashMap<>();
    }

    Lexicon(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Where {@code term} occurs in {@code field}, resolved for the index's one reader; empty when it never does. */
    Optional<TermStates> find(String field, String term) {
        FieldTerms terms = fields.get(field);
        if (terms == null) {
            terms = fields.computeIfAbsent(field, name -> new FieldTerms());
        }
        TermStates states = terms.found.get(term);
        if (states != null) {
            return Optional.of(states);
        }
        if (terms.missing.containsKey(term)) {
            return Optional.empty();
        }
        try {
            states = TermStates.build(searcher, new Term(field, term), true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        if (states.docFreq() == 0) {
            if (terms.missing.size() >= MISSING_REMEMBERED) {
                terms.missing.clear();
            }
            terms.missing.put(term, Boolean.TRUE);
            return Optional.empty();
        }
        terms.found.putIfAbsent(term, states);
        return Optional.of(states);
    }

    /** How many documents hold {@code term} in {@code field}. */
    int documents(String field, String term) {
        return find(field, term).map(TermStates::docFreq).orElse(0);
    }
}
