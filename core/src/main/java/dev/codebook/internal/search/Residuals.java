package dev.codebook.internal.search;

import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The residual category a query means when it names a site that no code of its kind names, read as a coder reads
 * "other": "Secondary malignant neoplasm of tongue" is coded to "Secondary malignant neoplasm of other
 * specified sites", "Benign neoplasm of toe" to "Benign neoplasm of other specified sites". The builder marks the
 * residual titles ({@link SearchFields#RESIDUAL_OF}); an index without the mark has none. Thread-safe.
 */
final class Residuals {

    /** Words that say a site is other or unspecified, not which site it is. */
    private static final Set<String> NOT_A_SITE =
            Set.copyOf(TextAnalysis.terms("other specified unspecified site sites part parts organ organs NEC NOS"));

    private final IndexSearcher searcher;
    private final Lexicon lexicon;

    Residuals(OpenedIndex index) {
        this.searcher = index.searcher();
        this.lexicon = index.lexicon();
    }

    /**
     * A residual code the query leads to, and why.
     *
     * @param doc    its document
     * @param reason what the query names that no other code of its kind does
     */
    record Residual(int doc, Match reason) {
    }

    /**
     * The residual code in scope that {@code text}, read by {@code plan}, means, or empty: for the longest "what" of
     * the query with a residual title in scope (its billable code when it has one), when no other title in scope
     * holds every word of that "what" and any word of the site, each word read as search reads it (spellings,
     * vocabulary).
     */
    Optional<Residual> of(QueryPlan plan, TextQuery text, Query filter) throws IOException {
        List<TextAnalysis.Split> splits = plan.splits();
        for (int i = splits.size() - 1; i >= 0; i--) {
            TextAnalysis.Split split = splits.get(i);
            if (lexicon.find(SearchFields.RESIDUAL_OF, split.whatKey()).isEmpty()) {
                continue;
            }
            Query residualOf = new TermQuery(new Term(SearchFields.RESIDUAL_OF, split.whatKey()));
            Query inScope = both(residualOf, filter);
            // A residual category and its billable code often share the title ("other specified sites").
            TopDocs billable = searcher.search(both(inScope,
                    new TermQuery(new Term(SearchFields.BILLABLE, Boolean.toString(true)))), 1);
            TopDocs residual = billable.scoreDocs.length > 0 ? billable : searcher.search(inScope, 1);
            if (residual.scoreDocs.length == 0) {
                continue;
            }
            Set<String> site = new HashSet<>(split.whereTerms());
            site.removeAll(NOT_A_SITE);
            BooleanQuery.Builder anySiteWord = new BooleanQuery.Builder();
            boolean named = false;
            for (TextQuery.Word word : text.words()) {
                if (!Collections.disjoint(termsOf(word.query()), site)) {
                    anySiteWord.add(word.query(), Occur.SHOULD);
                    named = true;
                }
            }
            if (!named) {
                return Optional.empty();
            }
            BooleanQuery.Builder sameKind = new BooleanQuery.Builder();
            for (String what : split.whatKey().split(" ")) {
                sameKind.add(new TermQuery(new Term(SearchFields.TITLE, what)), Occur.FILTER);
            }
            Query namesSite = sameKind.add(anySiteWord.build(), Occur.FILTER).add(filter, Occur.FILTER)
                    .add(residualOf, Occur.MUST_NOT).build();
            if (RankedHits.anyMatch(searcher, namesSite)) {
                return Optional.empty();
            }
            return Optional.of(new Residual(residual.scoreDocs[0].doc, new Match(MatchSource.RESIDUAL_CATEGORY,
                    "no other code of '" + split.what() + "' names '" + split.where() + "'")));
        }
        return Optional.empty();
    }

    private static Query both(Query first, Query second) {
        return new BooleanQuery.Builder().add(first, Occur.FILTER).add(second, Occur.FILTER).build();
    }

    /** The terms {@code query} looks for, in any field. */
    private static Set<String> termsOf(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... found) {
                for (Term term : found) {
                    terms.add(term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
