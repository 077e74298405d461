package dev.codebook.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * How search joins its lexical hits with the titles nearest in meaning (reciprocal-rank fusion), as measured on the
 * relevance sets in {@code data/relevance} (README, "Semantic search"). Fusing every list whole cost the sets we
 * wrote ourselves (ICD-10-PCS Index recall@1 0.969 to 0.817, ICD-10-CM MRR 0.962 to 0.955), while the sets written by
 * others gained most where the lexical match was weak. So the first hits that match all or most of the query's words,
 * at most {@value #KEPT}, keep their places, and the places after them go to the fusion of the other lexical hits
 * with the nearest titles; a title counts as near only from a cosine of {@value #NEAR}, so that a weak neighbour
 * never pushes out a lexical hit. Stateless.
 */
final class Fusion {

    /** How many leading hits that match most of the query's words keep their places. */
    static final int KEPT = 3;
    /** The least cosine similarity between query and title for a title to count as near. */
    static final float NEAR = 0.4f;
    /** The rank constant of reciprocal-rank fusion (the usual 60: ranks far down count nearly alike). */
    private static final float RANK_CONSTANT = 60f;

    private Fusion() {
    }

    /**
     * One hit of the fused list.
     *
     * @param doc     the document
     * @param score   its reciprocal-rank fusion score, raised for a kept hit to that of the hit after it
     * @param lexical whether lexical search found it
     * @param near    whether its title is among the nearest in meaning
     */
    record Fused(int doc, float score, boolean lexical, boolean near) {
    }

    /**
     * The fused list of at most {@code limit} hits, best first.
     *
     * @param found   the lexical hits, best first, and how many of them match most of the query's words
     * @param nearest the documents whose titles are nearest the query, nearest first, scored as Lucene scores a dot
     *                product of unit vectors, (1 + cosine) / 2
     */
    static List<Fused> of(Passes.Found found, ScoreDoc[] nearest, int limit) {
        ScoreDoc[] lexical = found.hits();
        int kept = Math.min(KEPT, found.mostWords());
        Map<Integer, Fused> byDoc = new LinkedHashMap<>();
        for (int rank = 0; rank < lexical.length; rank++) {
            byDoc.put(lexical[rank].doc, new Fused(lexical[rank].doc, reciprocal(rank), true, false));
        }
        for (int rank = 0; rank < nearest.length; rank++) {
            if (2 * nearest[rank].score - 1 >= NEAR) {
                Fused vote = new Fused(nearest[rank].doc, reciprocal(rank), false, true);
                byDoc.merge(vote.doc(), vote, (earlier, later) -> new Fused(earlier.doc(),
                        earlier.score() + later.score(), true, true));
            }
        }
        List<Fused> fused = new ArrayList<>();
        for (int rank = 0; rank < kept; rank++) {
            fused.add(byDoc.remove(lexical[rank].doc));
        }
        byDoc.values().stream().sorted(Comparator.comparingDouble(Fused::score).reversed())
                .limit(Math.max(0, limit - kept)).forEach(fused::add);
        // A kept hit stays above the hits after it, and its score says so.
        for (int rank = Math.min(kept, fused.size() - 1) - 1; rank >= 0; rank--) {
            Fused hit = fused.get(rank);
            float below = fused.get(rank + 1).score();
            if (hit.score() < below) {
                fused.set(rank, new Fused(hit.doc(), below, hit.lexical(), hit.near()));
            }
        }
        return fused;
    }

    private static float reciprocal(int rank) {
        return 1f / (RANK_CONSTANT + rank + 1);
    }
}
