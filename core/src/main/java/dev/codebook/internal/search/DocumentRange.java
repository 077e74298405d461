package dev.codebook.internal.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The documents numbered {@code from} (inclusive) to {@code to} (exclusive) across the index: the documents of a
 * release, which the builder writes one after another. As a filter it costs nothing per candidate, where the release's
 * term had to be advanced through its postings for each. Immutable.
 */
final class DocumentRange extends Query {

    private final int from;
    private final int to;

    DocumentRange(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) {
                int first = Math.max(from - leaf.docBase, 0);
                int end = Math.min(to - leaf.docBase, leaf.reader().maxDoc());
                if (first >= end) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, DocIdSetIterator.range(first, end));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "documents[" + from + " to " + to + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && from == ((DocumentRange) other).from && to == ((DocumentRange) other).to;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + from) + to;
    }
}
