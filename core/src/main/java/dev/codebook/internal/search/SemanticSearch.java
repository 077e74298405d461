package dev.codebook.internal.search;

import dev.codebook.code.Release;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The titles nearest in meaning to a query: the query embedded by the same model that embedded the titles when the
 * index was built, then Lucene's nearest-neighbour search over the title vectors, within the search's filter.
 * Thread-safe.
 */
final class SemanticSearch {

    private final TextEmbedder embedder;
    private final IndexSearcher searcher;
    private final Set<String> systems;

    private SemanticSearch(TextEmbedder embedder, IndexSearcher searcher, Set<String> systems) {
        this.embedder = embedder;
        this.searcher = searcher;
        this.systems = systems;
    }

    /**
     * Semantic search over {@code index}, when its commit records vectors and an installed embedder is the model
     * that wrote them (same name and dimension); otherwise none, and search stays lexical.
     */
    static Optional<SemanticSearch> of(DirectoryReader reader, IndexSearcher searcher) throws IOException {
        Map<String, String> commit = reader.getIndexCommit().getUserData();
        String model = commit.get(SearchFields.VECTOR_MODEL);
        if (model == null) {
            return Optional.empty();
        }
        String dimension = commit.get(SearchFields.VECTOR_DIMENSION);
        Set<String> systems = Set.of(commit.getOrDefault(SearchFields.VECTOR_SYSTEMS, "").split(","));
        return TextEmbedder.installed()
                .filter(embedder -> embedder.model().equals(model)
                        && Integer.toString(embedder.dimension()).equals(dimension))
                .map(embedder -> new SemanticSearch(embedder, searcher, systems));
    }

    /** Whether any of {@code releases} has vectors: a search of none of them needs no embedding of its query. */
    boolean covers(Set<Release> releases) {
        return releases.stream().anyMatch(release -> systems.contains(release.system().id()));
    }

    /**
     * The {@code limit} documents in {@code filter} whose titles are nearest to {@code text}, nearest first; each
     * score is (1 + cosine) / 2, as Lucene scores a dot product of unit vectors.
     */
    ScoreDoc[] nearest(String text, Query filter, int limit) throws IOException {
        Query nearest = new KnnFloatVectorQuery(SearchFields.VECTOR, embedder.embed(text), limit, filter);
        return searcher.search(nearest, limit).scoreDocs;
    }
}
