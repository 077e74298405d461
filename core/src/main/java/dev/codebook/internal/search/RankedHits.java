package dev.codebook.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects the best hits of a text query by its score plus each node's static rank ({@link SearchFields#PRIOR}), held
 * in memory. Adding the rank here rather than as a query clause spares every search a pass over the rank of each
 * matching node in the index, the largest part of scoring once the text has matched. Ties go to the earlier document,
 * as in Lucene's own top-hits collector.
 *
 * <p>Once it holds {@code limit} hits, it tells Lucene the lowest text score that could still beat the worst of them
 * (that hit's score less the highest static rank any node has), so that Lucene skips the blocks of documents whose
 * words cannot reach it (block-max WAND) instead of scoring every document that holds a word of the query. The hits
 * are the same as without skipping. A query that few documents match is better {@link #scoringEveryMatch scored
 * without skipping}: setting up the skip data of each of its terms costs more than scoring them all.
 */
final class RankedHits implements CollectorManager<RankedHits.Best, ScoreDoc[]> {

    private final Priors priors;
    private final float priorWeight;
    private final int limit;
    /** The only documents that may be hits, numbered across the index. */
    private final Bits among;
    /** How Lucene scores for it: skipping what cannot place ({@link ScoreMode#TOP_SCORES}), or every match. */
    private final ScoreMode scoreMode;

    RankedHits(Priors priors, int limit) {
        this(priors, 1f, limit, new Bits.MatchAllBits(priors.byDocument().length), ScoreMode.TOP_SCORES);
    }

    private RankedHits(Priors priors, float priorWeight, int limit, Bits among, ScoreMode scoreMode) {
        this.priors = priors;
        this.priorWeight = priorWeight;
        this.limit = limit;
        this.among = among;
        this.scoreMode = scoreMode;
    }

    /**
     * The static rank of each document, and the highest of them.
     *
     * @param byDocument the static rank of each document, by document number across the index
     * @param highest    the highest static rank of any document: the most it can add to a text score
     */
    record Priors(float[] byDocument, float highest) {
    }

    /** The same collector with each node's static rank counting {@code weight} times as much. */
    RankedHits withPriorWeight(float weight) {
        return new RankedHits(priors, weight, limit, among, scoreMode);
    }

    /**
     * The same collector, passing over every document not in {@code documents} (numbered across the index): a query
     * can then be scored by all its words while only the documents that hold some of them count.
     */
    RankedHits onlyAmong(Bits documents) {
        return new RankedHits(priors, priorWeight, limit, documents, scoreMode);
    }

    /**
     * The same collector, with Lucene scoring every match rather than skipping blocks that cannot place: for a query
     * that few documents match (most of a long description's words), where the skip data of its many terms costs
     * more to set up than the scoring it would spare. The hits are the same.
     */
    RankedHits scoringEveryMatch() {
        return new RankedHits(priors, priorWeight, limit, among, ScoreMode.COMPLETE);
    }

    /** The documents that match {@code query}, by number across the index. */
    static Bits everyMatch(IndexSearcher searcher, Query query) throws IOException {
        FixedBitSet matches = new FixedBitSet(searcher.getIndexReader().maxDoc());
        searcher.search(query, new SimpleCollector() {
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) {
                matches.set(docBase + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return matches;
    }

    /** Whether any document matches {@code query}: the search stops at the first. */
    static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        boolean[] found = new boolean[1];
        searcher.search(query, new SimpleCollector() {
            @Override
            public void collect(int doc) {
                found[0] = true;
                throw new CollectionTerminatedException();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return found[0];
    }

    /**
     * The static rank of each document, read once from the index's {@link SearchFields#FEATURES} field, exactly as a
     * Lucene feature query would score it.
     */
    static Priors priors(IndexSearcher searcher) {
        float[] priors =
                everyScore(searcher, FeatureField.newLinearQuery(SearchFields.FEATURES, SearchFields.PRIOR, 1f));
        float highest = 0f;
        for (float prior : priors) {
            highest = Math.max(highest, prior);
        }
        return new Priors(priors, highest);
    }

    /** The score of every document for {@code query}, by document number across the index; 0 where none matches. */
    static float[] everyScore(IndexSearcher searcher, Query query) {
        float[] scores = new float[searcher.getIndexReader().maxDoc()];
        try {
            searcher.search(query, new CollectorManager<Scores, float[]>() {
                @Override
                public Scores newCollector() {
                    return new Scores(scores);
                }

                @Override
                public float[] reduce(Collection<Scores> collectors) {
                    return scores;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return scores;
    }

    /**
     * {@code first}, then the hits of {@code more} that it lacks, up to {@code limit} in all. A later pass scores its
     * hits its own way, so each appended hit scores no more than the hit before it: scores never rise down the list.
     */
    static ScoreDoc[] append(ScoreDoc[] first, ScoreDoc[] more, int limit) {
        Map<Integer, ScoreDoc> hits = new LinkedHashMap<>();
        float lowest = Float.POSITIVE_INFINITY;
        for (ScoreDoc hit : first) {
            hits.put(hit.doc, hit);
            lowest = Math.min(lowest, hit.score);
        }
        for (ScoreDoc hit : more) {
            if (hits.size() == limit) {
                break;
            }
            if (!hits.containsKey(hit.doc)) {
                lowest = Math.min(lowest, hit.score);
                hits.put(hit.doc, new ScoreDoc(hit.doc, lowest));
            }
        }
        return hits.values().toArray(new ScoreDoc[0]);
    }

    /** {@code document} first, scored as the best of {@code hits}, then the rest of them, up to {@code limit}. */
    static ScoreDoc[] leading(int document, ScoreDoc[] hits, int limit) {
        float best = hits.length == 0 ? 0f : hits[0].score;
        return append(new ScoreDoc[] {new ScoreDoc(document, best)}, hits, limit);
    }

    /** How much each node's static rank counts. */
    float priorWeight() {
        return priorWeight;
    }

    /** How many hits it keeps. */
    int limit() {
        return limit;
    }

    @Override
    public Best newCollector() {
        return new Best();
    }

    @Override
    public ScoreDoc[] reduce(Collection<Best> collectors) {
        HitQueue best = new HitQueue(limit, false);
        for (Best collector : collectors) {
            for (ScoreDoc hit : collector.queue) {
                best.insertWithOverflow(hit);
            }
        }
        ScoreDoc[] hits = new ScoreDoc[best.size()];
        for (int i = hits.length - 1; i >= 0; i--) {
            hits[i] = best.pop();
        }
        return hits;
    }

    /** Hands each matching document, numbered across the index, to {@link #take} with its score. */
    private abstract static class EveryScore extends SimpleCollector {
        Scorable scorer;
        private int docBase;

        abstract void take(int document, float score) throws IOException;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            take(docBase + doc, scorer.score());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** Writes each matching document's score into an array. */
    private static final class Scores extends EveryScore {
        private final float[] scores;

        Scores(float[] scores) {
            this.scores = scores;
        }

        @Override
        void take(int document, float score) {
            scores[document] = score;
        }
    }

    /** The best hits of one slice of the index. */
    final class Best extends EveryScore {
        private final HitQueue queue = new HitQueue(limit, false);
        private final float[] byDocument = priors.byDocument();
        /** The most a static rank adds to a text score, with room for the rounding of float sums. */
        private final float mostPrior = Math.nextUp(priorWeight * priors.highest()) * (1 + 1e-5f);

        @Override
        void take(int document, float textScore) throws IOException {
            if (!among.get(document)) {
                return;
            }
            float score = textScore + priorWeight * byDocument[document];
            // Documents come in order, so one that only ties the worst kept hit loses to it.
            if (queue.size() < limit) {
                queue.add(new ScoreDoc(document, score));
            } else if (score > queue.top().score) {
                queue.updateTop(new ScoreDoc(document, score));
            } else {
                return;
            }
            if (queue.size() == limit) {
                float worst = queue.top().score;
                float lowest = worst - mostPrior - Math.ulp(worst);
                if (lowest > 0 && scoreMode == ScoreMode.TOP_SCORES) {
                    scorer.setMinCompetitiveScore(lowest);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return scoreMode;
        }
    }
}
