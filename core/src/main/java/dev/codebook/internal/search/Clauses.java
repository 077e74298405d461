package dev.codebook.internal.search;

import dev.codebook.internal.search.QueryPlan.Alternative;
import dev.codebook.internal.search.QueryPlan.Slot;
import dev.codebook.internal.search.TextQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Writes a {@link QueryPlan} as Lucene clauses: each alternative of a slot as all its terms, each term in whichever
 * description fields hold it, weighted by field and by how the alternative reads the query; and the exact-title
 * bonuses. Terms no field holds get no clause. Thread-safe.
 */
final class Clauses {

    /** A word that more than one node in this many holds tells too little to find partial matches on its own. */
    private static final int COMMON_SHARE = 20;

    private final Lexicon lexicon;
    private final Ranking ranking;
    /** A word more documents than this hold is common. */
    private final int common;

    Clauses(OpenedIndex index, Ranking ranking) {
        this.lexicon = index.lexicon();
        this.ranking = ranking;
        this.common = index.reader().maxDoc() / COMMON_SHARE;
    }

    /** The clauses of {@code plan}, over the documents of {@code filter}. */
    TextQuery of(QueryPlan plan, Query filter) {
        List<Word> words = new ArrayList<>();
        for (Slot slot : plan.slots()) {
            List<Query> alternatives = new ArrayList<>();
            List<List<String>> terms = new ArrayList<>();
            int documents = 0;
            int holders = 0;
            for (Alternative alternative : slot.alternatives()) {
                Optional<Query> query = allTerms(alternative.terms());
                if (query.isPresent()) {
                    alternatives.add(boosted(query.get(), alternative.weight()));
                    terms.add(alternative.terms());
                    documents = Math.max(documents, alternative.terms().stream()
                            .mapToInt(term -> lexicon.documents(SearchFields.TITLE, term)
                                    + lexicon.documents(SearchFields.TERMS, term))
                            .min().orElse(0));
                    // A document holds all the alternative's terms, each in some field.
                    holders += alternative.terms().stream()
                            .mapToInt(term -> lexicon.documents(SearchFields.TITLE, term)
                                    + lexicon.documents(SearchFields.TERMS, term)
                                    + lexicon.documents(SearchFields.SHORT_TITLE, term))
                            .min().orElse(0);
                }
            }
            // A slot nothing can fill cannot narrow anything: no hit could match it.
            if (!alternatives.isEmpty()) {
                Query query = alternatives.size() == 1 ? alternatives.get(0)
                        : new DisjunctionMaxQuery(alternatives, 0f);
                words.add(new Word(query, slot.optional(), documents > common, holders, terms));
            }
        }
        List<Query> exact = new ArrayList<>();
        if (!plan.wordingKey().isEmpty()) {
            term(SearchFields.TITLE_WORDING, plan.wordingKey())
                    .ifPresent(title -> exact.add(new BoostQuery(title, ranking.exactWording)));
        }
        if (!plan.headKey().isEmpty()) {
            term(SearchFields.TITLE_HEAD, plan.headKey())
                    .ifPresent(head -> exact.add(new BoostQuery(new ConstantScoreQuery(head), ranking.sameHead)));
        }
        for (String key : plan.keys()) {
            term(SearchFields.TITLE_KEY, key).ifPresent(title -> exact.add(new BoostQuery(title, ranking.exactTitle)));
            term(SearchFields.TERM_KEY, key).ifPresent(term -> exact.add(new BoostQuery(term, ranking.exactTerm)));
        }
        return new TextQuery(words, exact, filter);
    }

    /** All terms, each in any of the description fields; empty when one of them is in none. */
    private Optional<Query> allTerms(List<String> terms) {
        if (terms.size() == 1) {
            return anyField(terms.get(0));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            Optional<Query> inAnyField = anyField(term);
            if (inAnyField.isEmpty()) {
                return Optional.empty();
            }
            all.add(inAnyField.get(), Occur.MUST);
        }
        return Optional.of(all.build());
    }

    /**
     * The term in each description field ({@link SearchFields#DESCRIPTIONS}) that holds it, the best field counting
     * most; empty when none does.
     */
    private Optional<Query> anyField(String term) {
        List<Query> fields = new ArrayList<>(3);
        term(SearchFields.TITLE, term).ifPresent(query -> fields.add(boosted(query, ranking.title)));
        term(SearchFields.TERMS, term).ifPresent(query -> fields.add(boosted(query, ranking.terms)));
        term(SearchFields.SHORT_TITLE, term).ifPresent(query -> fields.add(boosted(query, ranking.shortTitle)));
        if (fields.size() <= 1) {
            return fields.stream().findFirst();
        }
        return Optional.of(new DisjunctionMaxQuery(fields, ranking.fieldTie));
    }

    /** The query with its score weighted, left as it is at weight 1 (less for Lucene to rewrite). */
    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** A query for {@code term} in {@code field}, its dictionary lookup already done; empty when no document has it. */
    private Optional<Query> term(String field, String term) {
        return lexicon.find(field, term).map(states -> new TermQuery(new Term(field, term), states));
    }
}
