package dev.codebook.internal.search;

import dev.codebook.internal.search.TextQuery.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

/**
 * Which passes a text query takes over the index, each run through {@link RankedHits}, and how their hits join: first
 * every word it needs, or most of them; then only the words its scope holds; last the partial matches that fill the
 * places still open. Thread-safe.
 */
final class Passes {

    /** A most-words pass that asks for this many words or more is scored without skipping (few documents match). */
    private static final int FEW_HOLD = 3;

    private final IndexSearcher searcher;
    private final OpenedIndex index;
    private final Clauses clauses;
    private final Ranking ranking;
    private final WordsInScope wordsInScope;
    private final Residuals residuals;

    Passes(OpenedIndex index, Ranking ranking) {
        this.index = index;
        this.searcher = index.searcher();
        this.clauses = new Clauses(index, ranking);
        this.ranking = ranking;
        this.wordsInScope = new WordsInScope(searcher);
        this.residuals = new Residuals(index);
    }

    /**
     * The best hits of a text query, matching fewer of its words as long as places are left: first every word it
     * needs (all but its qualifiers); then most of them, ranked together with those that have them all; then, when
     * nothing matches, only the words some node in scope holds ("surgery" among procedures, whose titles never say
     * it); last, to fill the places still open, every node that holds any telling word of the query, ranked by how
     * much of the query it explains, each word weighted by how rare it is. So a query gets hits whenever a node in
     * scope holds one of its words. A query that names a site no code of its kind names leads with the residual code
     * for other sites ({@link Residuals}).
     */
    Found best(QueryPlan plan, Query filter, int limit) throws IOException {
        TextQuery text = clauses.of(plan, filter);
        if (text.words().isEmpty()) {
            return new Found(new ScoreDoc[0], 0, Optional.empty());
        }
        List<Word> needed = text.words().stream().filter(word -> !word.optional()).toList();
        // The static rank says what a short, general query means; a longer one says it in its own words.
        RankedHits ranked = new RankedHits(index.priors(), limit)
                .withPriorWeight(Math.min(1f, ranking.generalWords / Math.max(1, needed.size())));
        ScoreDoc[] hits = mostWords(text, needed, ranked);
        if (hits.length == 0) {
            List<Word> inScope = new ArrayList<>();
            for (Word word : needed) {
                if (wordsInScope.holds(word, filter)) {
                    inScope.add(word);
                }
            }
            if (!inScope.isEmpty() && inScope.size() < needed.size()) {
                hits = mostWords(text, inScope, ranked);
            }
        }
        // A site no code of its kind names is coded to the residual category ("of other sites"), which leads.
        Optional<Residuals.Residual> residual = residuals.of(plan, text, filter);
        if (residual.isPresent()) {
            hits = RankedHits.leading(residual.get().doc(), hits, limit);
        }
        if (hits.length == limit) {
            return new Found(hits, hits.length, residual);
        }
        // Among partial matches, how much of the query a node explains counts for more than how general it is.
        RankedHits byWords = ranked.withPriorWeight(ranking.partialPrior * ranked.priorWeight());
        // Partial matches are scored by every word of the query, but those that hold only common words count only
        // when no node holds a telling one.
        List<Word> telling = text.words().stream().filter(word -> !word.common()).toList();
        ScoreDoc[] partial = new ScoreDoc[0];
        if (!telling.isEmpty() && telling.size() < text.words().size()) {
            Bits holders = WordHolders.of(searcher, index.lexicon(), text, telling);
            partial = searcher.search(text.anyWord(), byWords.onlyAmong(holders));
        }
        if (partial.length == 0) {
            partial = searcher.search(text.anyWord(), byWords);
        }
        return new Found(RankedHits.append(hits, partial, limit), hits.length, residual);
    }

    /**
     * The best hits of a query, and how many of them, from the first, match all or most of its words or are the
     * residual code it leads to; the rest match only part of it.
     */
    record Found(ScoreDoc[] hits, int mostWords, Optional<Residuals.Residual> residual) {
    }

    /**
     * The best hits that match every word of {@code needed}, or, when they are fewer than the limit, most of them.
     * A query of three or more words otherwise lets hits miss some, and weighing the many nodes that hold only its
     * commonest words ("fracture", "neck") costs more than the rest of the search.
     */
    private ScoreDoc[] mostWords(TextQuery text, List<Word> needed, RankedHits ranked) throws IOException {
        if (needed.isEmpty()) {
            return new ScoreDoc[0];
        }
        int most = required(needed.size());
        // Documents that hold three or more given words are few: scoring them all is cheaper than setting up the
        // skip data of every term of the query.
        RankedHits collector = most >= FEW_HOLD ? ranked.scoringEveryMatch() : ranked;
        // Hits with every word are asked for first only when there may be enough of them to fill the places: fewer
        // would be ranked again among those with most words, so asking would only cost the search's set-up.
        if (most < needed.size() && needed.stream().allMatch(word -> word.documents() >= ranked.limit())) {
            ScoreDoc[] everyWord = searcher.search(text.matching(needed, needed.size()), collector);
            if (everyWord.length == ranked.limit()) {
                return everyWord;
            }
        }
        return searcher.search(text.matching(needed, most), collector);
    }

    /** How many of the query's words a hit must match: all of one or two, then all but one in four (at least one). */
    private static int required(int words) {
        return words <= 2 ? words : words - Math.max(1, words / 4);
    }
}
