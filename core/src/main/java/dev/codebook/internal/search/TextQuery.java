package dev.codebook.internal.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A query's parts: a clause for each word or phrase that some field holds, bonuses for an exact title or inclusion
 * term, and the filter.
 */
record TextQuery(List<Word> words, List<Query> exact, Query filter) {

    /**
     * One word or phrase of the query as a clause.
     *
     * @param optional  whether a hit may lack it (a qualifier)
     * @param common    whether so many nodes hold it that it tells little ("disease", "fracture"): it then finds no
     *                  partial matches on its own
     * @param documents at most this many documents hold it (no fewer than do)
     * @param terms     the terms of each of its alternatives that some field holds: which documents it matches
     */
    record Word(Query query, boolean optional, boolean common, int documents, List<List<String>> terms) {
    }

    /**
     * Documents in scope that match any word or bonus, scored by every word and the bonuses. Over one release it is a
     * disjunction restricted to the release's documents, which Lucene scores by MaxScore.
     */
    Query anyWord() {
        BooleanQuery.Builder any = anyOf(words);
        exact.forEach(bonus -> any.add(bonus, Occur.SHOULD));
        Query disjunction = any.build();
        if (filter instanceof MatchAllDocsQuery) {
            return disjunction;
        }
        if (filter instanceof DocumentRange release) {
            return release.restrict(disjunction);
        }
        return new BooleanQuery.Builder().add(disjunction, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** Documents in scope that hold any of {@code some} words, unscored. */
    Query holding(List<Word> some) {
        return new BooleanQuery.Builder().add(anyOf(some).build(), Occur.FILTER).add(filter, Occur.FILTER).build();
    }

    /**
     * Documents that match at least {@code required} of the {@code needed} words, scored by every word and the
     * bonuses.
     */
    Query matching(List<Word> needed, int required) {
        BooleanQuery.Builder anyWords = anyOf(needed);
        anyWords.setMinimumNumberShouldMatch(required);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyWords.build(), Occur.MUST);
        words.stream().filter(word -> !needed.contains(word))
                .forEach(word -> query.add(word.query(), Occur.SHOULD));
        exact.forEach(bonus -> query.add(bonus, Occur.SHOULD));
        return query.add(filter, Occur.FILTER).build();
    }

    /** A disjunction of {@code some} words, to which more may be added. */
    private static BooleanQuery.Builder anyOf(List<Word> some) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        some.forEach(word -> any.add(word.query(), Occur.SHOULD));
        return any;
    }
}
