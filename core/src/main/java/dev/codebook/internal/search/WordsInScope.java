package dev.codebook.internal.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.codebook.internal.search.TextQuery.Word;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Whether some node in a scope holds a word, remembered by word and scope: a fact of the index that a long
 * description asks of each of its words, at the cost of a search each, whenever no node holds most of them.
 * Thread-safe.
 */
final class WordsInScope {

    private static final int REMEMBERED = 20_000;

    private final IndexSearcher searcher;
    /** Remembered by the word's terms rather than its query, whose hash goes through every clause and term. */
    private final Cache<Asked, Boolean> known = CacheBuilder.newBuilder().maximumSize(REMEMBERED).build();

    private record Asked(List<List<String>> terms, Query filter) {
    }

    WordsInScope(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Whether some node in scope holds {@code word}; unfiltered, every word with a clause is in the index. */
    boolean holds(Word word, Query filter) throws IOException {
        if (filter instanceof MatchAllDocsQuery) {
            return true;
        }
        Asked asked = new Asked(word.terms(), filter);
        Boolean holds = known.getIfPresent(asked);
        if (holds == null) {
            holds = anyMatch(new BooleanQuery.Builder().add(word.query(), Occur.MUST).add(filter, Occur.FILTER)
                    .build());
            known.put(asked, holds);
        }
        return holds;
    }

    /** Whether any document matches {@code query}: stops at the first, where a count would go through them all. */
    private boolean anyMatch(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                return true;
            }
        }
        return false;
    }
}
