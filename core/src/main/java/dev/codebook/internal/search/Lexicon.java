package dev.codebook.internal.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
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
 * vocabulary bounds; of those it lacks (misspellings, whole-query keys that are no title), only the most recent.
 * Thread-safe.
 */
final class Lexicon {

    private static final int MISSING_REMEMBERED = 20_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> found = new ConcurrentHashMap<>();
    private final Cache<Term, Boolean> missing = CacheBuilder.newBuilder().maximumSize(MISSING_REMEMBERED).build();

    Lexicon(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Where {@code term} occurs in {@code field}, resolved for the index's one reader; empty when it never does. */
    Optional<TermStates> find(String field, String term) {
        Term key = new Term(field, term);
        TermStates states = found.get(key);
        if (states != null) {
            return Optional.of(states);
        }
        if (missing.getIfPresent(key) != null) {
            return Optional.empty();
        }
        try {
            states = TermStates.build(searcher, key, true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        if (states.docFreq() == 0) {
            missing.put(key, Boolean.TRUE);
            return Optional.empty();
        }
        found.putIfAbsent(key, states);
        return Optional.of(states);
    }

    /** How many documents hold {@code term} in {@code field}. */
    int documents(String field, String term) {
        return find(field, term).map(TermStates::docFreq).orElse(0);
    }
}
