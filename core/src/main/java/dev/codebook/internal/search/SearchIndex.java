package dev.codebook.internal.search;

import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.search.SearchHit;
import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The Lucene index behind {@link dev.codebook.Codebook#search(String)} and {@link dev.codebook.Codebook#suggest(String)}:
 * reads queries, runs them and explains the hits. A {@code Codebook} opens and closes it; use it through the
 * {@code Codebook}. Immutable after opening and safe to share between threads.
 *
 * <p>The work is shared out: {@link OpenedIndex} (the Lucene index and its lifetime), {@link ScopeFilter} (what a
 * search may return), {@link CodeMatches} (input that is a code), {@link QueryReader} (text into a {@link QueryPlan}),
 * {@link Passes} (the passes a plan takes, with {@link Clauses}, {@link WordsInScope} and {@link RankedHits}),
 * {@link HitExplainer} (why a hit matched) and {@link Suggestions} (type-ahead on words); over an index with vectors
 * and with the semantic module present, {@link SemanticSearch} (the titles nearest in meaning) and {@link Fusion}
 * (how they join the lexical hits).
 */
public final class SearchIndex implements AutoCloseable {

    private final OpenedIndex index;
    private final ScopeFilter scope;
    private final CodeMatches codes;
    private final QueryReader queries;
    private final Passes passes;
    private final HitExplainer explainer;
    private final Suggestions suggestions;
    private final Optional<SemanticSearch> semantic;

    private SearchIndex(OpenedIndex index, Vocabulary vocabulary) throws IOException {
        Ranking ranking = Ranking.DEFAULT;
        // One memory of analysed words for reading queries and explaining hits: they read the same vocabulary.
        Stems stems = new Stems();
        this.index = index;
        this.scope = new ScopeFilter(index.searcher(), index.releases());
        this.codes = new CodeMatches(index);
        this.queries = new QueryReader(index.reader(), index.lexicon(), stems, vocabulary, ranking);
        this.passes = new Passes(index, ranking);
        this.explainer = new HitExplainer(stems);
        this.suggestions = new Suggestions(index);
        this.semantic = SemanticSearch.of(index.reader(), index.searcher());
    }

    /**
     * Opens the Lucene index in {@code folder}, whose documents are nodes of the releases in {@code tables}, each with its code table.
     *
     * @throws IOException when the folder holds no readable Lucene index
     */
    public static SearchIndex open(Path folder, Vocabulary vocabulary, Map<Release, CodeTable> tables)
            throws IOException {
        OpenedIndex index = OpenedIndex.open(folder, tables);
        try {
            return new SearchIndex(index, vocabulary);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * What a search asks: its text, the releases searched (the latest of the systems chosen), the filters, and for
     * each scope the nodes ("system:code") a hit must lie under one of.
     */
    public record Request(String text, Set<Release> releases, boolean billableOnly, Set<Kind> kinds,
            List<Set<String>> within, int limit) {
    }

    /** The best hits for the request, best first; none when nothing matches. */
    public List<SearchHit> search(Request search) {
        Query filter = scope.of(search.releases(), search.billableOnly(), search.kinds(), search.within());
        String text = search.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            Optional<String> key = CodeMatches.key(text);
            if (key.isPresent()) {
                List<SearchHit> hits = codes.hits(key.get(), filter, search.limit());
                if (!hits.isEmpty()) {
                    return hits;
                }
            }
            QueryPlan plan = queries.read(text);
            if (plan.isEmpty()) {
                return List.of();
            }
            Passes.Found lexical = passes.best(plan, filter, search.limit());
            if (semantic.isPresent() && semantic.get().covers(search.releases())) {
                ScoreDoc[] nearest = semantic.get().nearest(text, filter, search.limit());
                List<SearchHit> hits = new ArrayList<>();
                for (Fusion.Fused fused : Fusion.of(lexical, nearest, search.limit())) {
                    hits.add(residual(lexical, fused.doc(), explainer.explain(index.node(fused.doc()), fused, plan)));
                }
                return hits;
            }
            List<SearchHit> hits = new ArrayList<>(lexical.hits().length);
            for (ScoreDoc scoreDoc : lexical.hits()) {
                hits.add(residual(lexical, scoreDoc.doc, explainer.explain(index.node(scoreDoc.doc), scoreDoc.score,
                        plan)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
    }

    /** The hit, led by why it is the residual code when it is the one the query leads to. */
    private static SearchHit residual(Passes.Found found, int doc, SearchHit hit) {
        return found.residual().filter(residual -> residual.doc() == doc)
                .map(residual -> HitExplainer.leading(residual.reason(), hit)).orElse(hit);
    }

    /** Completions for what a user has typed so far, in the releases given, best first. */
    public List<Suggestion> suggest(String typed, Set<Release> releases, int limit) {
        Query filter = scope.of(releases, false, Set.of(), List.of());
        String text = typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            Optional<String> key = CodeMatches.key(text);
            if (key.isPresent()) {
                List<Suggestion> codeSuggestions = codes.suggestions(key.get(), filter, limit);
                if (!codeSuggestions.isEmpty()) {
                    return codeSuggestions;
                }
            }
            return suggestions.of(text, filter, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
    }

    /** Closes the Lucene index. */
    @Override
    public void close() throws IOException {
        index.close();
    }
}
