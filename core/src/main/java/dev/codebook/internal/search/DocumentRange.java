package dev.codebook.internal.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents numbered {@code from} (inclusive) to {@code to} (exclusive) across the index: the documents of a
 * release, which the builder writes one after another. As a filter it costs nothing per candidate, where the release's
 * term had to be advanced through its postings for each; as a {@link #restrict restriction} it is no clause at all.
 * Immutable.
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

    /**
     * {@code query} over these documents only, the range handed to its bulk scorer rather than added as a filter
     * clause: a disjunction with no required or filter clause is one Lucene scores by MaxScore, which passes over the
     * documents that hold only the query's commonest words once the best hits are known. Scores are the query's own.
     */
    Query restrict(Query query) {
        return new Restricted(query);
    }

    /** Clears in {@code documents} (numbered across the index) every document outside the range. */
    void clearOutside(FixedBitSet documents) {
        int first = Math.min(from, documents.length());
        int end = Math.min(to, documents.length());
        if (first > 0) {
            documents.clear(0, first);
        }
        if (end < documents.length()) {
            documents.clear(end, documents.length());
        }
    }

    /** The first and the end (exclusive) of the range within {@code leaf}, in its own document numbers. */
    private int[] within(LeafReaderContext leaf) {
        return new int[] {Math.max(from - leaf.docBase, 0), Math.min(to - leaf.docBase, leaf.reader().maxDoc())};
    }

    private final class Restricted extends Query {
        private final Query query;

        Restricted(Query query) {
            this.query = query;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = query.rewrite(searcher);
            return rewritten == query ? this : new Restricted(rewritten);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return new FilterWeight(this, query.createWeight(searcher, scoreMode, boost)) {
                @Override
                public Scorer scorer(LeafReaderContext leaf) throws IOException {
                    int[] range = within(leaf);
                    Scorer scorer = range[0] < range[1] ? in.scorer(leaf) : null;
                    return scorer == null ? null : new InRange(this, scorer, range[0], range[1]);
                }

                @Override
                public BulkScorer bulkScorer(LeafReaderContext leaf) throws IOException {
                    int[] range = within(leaf);
                    BulkScorer scorer = range[0] < range[1] ? in.bulkScorer(leaf) : null;
                    return scorer == null ? null : new BulkScorer() {
                        @Override
                        public int score(LeafCollector collector, Bits acceptDocs, int min, int max)
                                throws IOException {
                            int first = Math.max(min, range[0]);
                            int end = Math.min(max, range[1]);
                            int next = first < end ? scorer.score(collector, acceptDocs, first, end) : end;
                            return next >= range[1] ? DocIdSetIterator.NO_MORE_DOCS : Math.max(next, max);
                        }

                        @Override
                        public long cost() {
                            return scorer.cost();
                        }
                    };
                }

                @Override
                public boolean isCacheable(LeafReaderContext leaf) {
                    return false;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            query.visit(visitor.getSubVisitor(Occur.MUST, this));
        }

        @Override
        public String toString(String field) {
            return query.toString(field) + " in " + DocumentRange.this.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && query.equals(((Restricted) other).query)
                    && range().equals(((Restricted) other).range());
        }

        @Override
        public int hashCode() {
            return 31 * query.hashCode() + range().hashCode();
        }

        private DocumentRange range() {
            return DocumentRange.this;
        }
    }

    /** A scorer's documents within the range, with its scores: where the restricted query is not scored in bulk. */
    private static final class InRange extends Scorer {
        private final Scorer scorer;
        private final DocIdSetIterator documents;

        InRange(Weight weight, Scorer scorer, int first, int end) {
            super(weight);
            this.scorer = scorer;
            this.documents = ConjunctionUtils.intersectIterators(
                    List.of(scorer.iterator(), DocIdSetIterator.range(first, end)));
        }

        @Override
        public int docID() {
            return documents.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return documents;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return scorer.getMaxScore(upTo);
        }

        @Override
        public float score() throws IOException {
            return scorer.score();
        }
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
