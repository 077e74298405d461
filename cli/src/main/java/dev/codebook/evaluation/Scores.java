package dev.codebook.evaluation;

import dev.codebook.CodeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How well a search answers a group of queries, from the rank of the first acceptable hit in its top ten.
 *
 * @param queries   how many queries
 * @param recallAt1 the share whose first hit is acceptable
 * @param recallAt10 the share with an acceptable hit in the top ten
 * @param mrr       the mean reciprocal rank of the first acceptable hit (0 when none is in the top ten)
 * @param zeroHits  the share that got no hit at all, of the queries with a word that some title or inclusion term of
 *                  the release holds (see IndexedWords)
 */
public record Scores(int queries, double recallAt1, double recallAt10, double mrr, double zeroHits) {

    /** The group holding every query. */
    public static final String OVERALL = "overall";
    /** How many hits are judged. */
    public static final int DEPTH = 10;

    /**
     * Runs each query of {@code set} through {@code search} (query text to codes, best first) and scores it, per
     * kind in order of first appearance, then {@link #OVERALL}.
     */
    public static Map<String, Scores> of(RelevanceSet set, CodeSet codeSet, Function<String, List<String>> search) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        IndexedWords indexed = IndexedWords.of(codeSet);
        for (RelevanceSet.Query query : set.queries()) {
            boolean answerable = indexed.anyIn(query.text());
            List<String> codes = search.apply(query.text());
            int rank = 0;
            for (int i = 0; i < Math.min(DEPTH, codes.size()); i++) {
                if (query.accepts(codes.get(i), codeSet)) {
                    rank = i + 1;
                    break;
                }
            }
            for (String group : List.of(query.kind(), OVERALL)) {
                double[] sum = sums.computeIfAbsent(group, g -> new double[6]);
                sum[0]++;
                sum[1] += rank == 1 ? 1 : 0;
                sum[2] += rank > 0 ? 1 : 0;
                sum[3] += rank > 0 ? 1.0 / rank : 0;
                sum[4] += answerable && codes.isEmpty() ? 1 : 0;
                sum[5] += answerable ? 1 : 0;
            }
        }
        sums.put(OVERALL, sums.remove(OVERALL));
        Map<String, Scores> scores = new LinkedHashMap<>();
        sums.forEach((group, sum) -> scores.put(group,
                new Scores((int) sum[0], sum[1] / sum[0], sum[2] / sum[0], sum[3] / sum[0],
                        sum[5] == 0 ? 0 : sum[4] / sum[5])));
        return scores;
    }
}
