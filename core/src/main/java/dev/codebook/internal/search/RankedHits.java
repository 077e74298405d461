package dev.codebook.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the best hits of a text query by its score plus each node's static rank ({@link SearchFields#PRIOR}), held
 * in memory. Adding the rank here rather than as a query clause spares every search a pass over the rank of each
 * matching node in the index, the largest part of scoring once the text has matched. Ties go to the earlier document,
 * as in Lucene's own top-hits collector.
 */
final class RankedHits implements CollectorManager<RankedHits.Best, ScoreDoc[]> {

    private final float[] priors;
    private final float priorWeight;
    private final int limit;

    RankedHits(float[] priors, int limit) {
        this(priors, 1f, limit);
    }

    private RankedHits(float[] priors, float priorWeight, int limit) {
        this.priors = priors;
        this.priorWeight = priorWeight;
        this.limit = limit;
    }

    /** The same collector with each node's static rank counting {@code weight} times as much. */
    RankedHits withPriorWeight(float weight) {
        return new RankedHits(priors, weight, limit);
    }

    /**
     * The static rank of each document, read once from the index's {@link SearchFields#FEATURES} field, exactly as a
     * Lucene feature query would score it.
     */
    static float[] priors(IndexSearcher searcher) {
        float[] priors = new float[searcher.getIndexReader().maxDoc()];
        try {
            searcher.search(FeatureField.newLinearQuery(SearchFields.FEATURES, SearchFields.PRIOR, 1f),
                    new CollectorManager<Scores, float[]>() {
                        @Override
                        public Scores newCollector() {
                            return new Scores(priors);
                        }

                        @Override
                        public float[] reduce(Collection<Scores> collectors) {
                            return priors;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return priors;
    }

    /** {@code first}, then the hits of {@code more} that it lacks, up to {@code limit} in all. */
    static ScoreDoc[] append(ScoreDoc[] first, ScoreDoc[] more, int limit) {
        Map<Integer, ScoreDoc> hits = new LinkedHashMap<>();
        for (ScoreDoc hit : first) {
            hits.put(hit.doc, hit);
        }
        for (ScoreDoc hit : more) {
            if (hits.size() == limit) {
                break;
            }
            hits.putIfAbsent(hit.doc, hit);
        }
        return hits.values().toArray(new ScoreDoc[0]);
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
        private Scorable scorer;
        private int docBase;

        abstract void take(int document, float score);

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

        @Override
        void take(int document, float textScore) {
            float score = textScore + priorWeight * priors[document];
            // Documents come in order, so one that only ties the worst kept hit loses to it.
            if (queue.size() < limit || score > queue.top().score) {
                queue.insertWithOverflow(new ScoreDoc(document, score));
            }
        }
    }
}
