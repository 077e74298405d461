package dev.codebook.internal.search;

import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The filter that keeps a search or a suggestion to its scope: the releases searched, billable codes only, the kinds
 * asked for and the nodes a hit must lie under. Immutable.
 */
final class ScopeFilter {

    private final Set<Release> held;
    /**
     * The documents of each release held: a range of document numbers when they lie one after another, as the
     * builder writes them, else the release's terms.
     */
    private final Map<Release, Query> documents;

    /** A filter over the index of {@code searcher}, which holds the nodes of {@code held}. */
    ScopeFilter(IndexSearcher searcher, Set<Release> held) throws IOException {
        this.held = Set.copyOf(held);
        Map<Release, Query> documents = new HashMap<>();
        for (Release release : held) {
            Query terms = termsOf(release);
            documents.put(release, documentRange(searcher, terms).orElse(terms));
        }
        this.documents = Map.copyOf(documents);
    }

    /**
     * The documents in scope; every document (a {@link MatchAllDocsQuery}) when nothing narrows it.
     *
     * @param within for each scope, the nodes ("system:code") a hit must lie under one of
     */
    Query of(Set<Release> searched, boolean billableOnly, Set<Kind> kinds, List<Set<String>> within) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        // Most searches cover every release of the index: then they need no filter at all.
        if (!searched.containsAll(held)) {
            filter.add(anyOf(searched.stream().map(documents::get).toList()), Occur.FILTER);
        }
        if (billableOnly) {
            filter.add(new TermQuery(new Term(SearchFields.BILLABLE, "true")), Occur.FILTER);
        }
        if (!kinds.isEmpty() && kinds.size() < Kind.values().length) {
            filter.add(anyOf(kinds.stream().map(kind -> new TermQuery(new Term(SearchFields.KIND, kind.label())))
                    .toList()), Occur.FILTER);
        }
        for (Set<String> nodes : within) {
            filter.add(anyOf(nodes.stream().map(node -> new TermQuery(new Term(SearchFields.WITHIN, node))).toList()),
                    Occur.FILTER);
        }
        BooleanQuery built = filter.build();
        // A lone filter is returned as it is, so that a release's range can restrict a query (TextQuery#anyWord).
        return switch (built.clauses().size()) {
            case 0 -> new MatchAllDocsQuery();
            case 1 -> built.clauses().get(0).getQuery();
            default -> built;
        };
    }

    /** The documents of one release, by its terms. */
    private Query termsOf(Release release) {
        Query ofSystem = new TermQuery(new Term(SearchFields.SYSTEM, release.system().id()));
        // An index usually holds one release of each system; then the system's term alone says which documents.
        if (held.stream().filter(other -> other.system().equals(release.system())).count() == 1) {
            return ofSystem;
        }
        return new BooleanQuery.Builder()
                .add(ofSystem, Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.RELEASE, release.version())), Occur.FILTER)
                .build();
    }

    /** The documents of {@code release} as one range of document numbers, when they are one. */
    private static Optional<Query> documentRange(IndexSearcher searcher, Query release) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(release), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int first = -1;
        int last = -1;
        int count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator documents = scorer.iterator();
            for (int doc = documents.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.nextDoc()) {
                first = first < 0 ? leaf.docBase + doc : first;
                last = leaf.docBase + doc;
                count++;
            }
        }
        return count > 0 && last - first + 1 == count ? Optional.of(new DocumentRange(first, last + 1))
                : Optional.empty();
    }

    /** Documents that match any of {@code queries}. */
    private static Query anyOf(List<? extends Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }
}
