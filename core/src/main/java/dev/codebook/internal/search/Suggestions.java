package dev.codebook.internal.search;

import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Type-ahead on words: the titles in which each word typed so far starts a word, the likeliest first
 * ({@link SearchFields#SUGGEST_PRIOR}), one suggestion per title. Thread-safe.
 */
final class Suggestions {

    private static final int MAX_SUGGEST_WORDS = 8;
    private static final int MAX_PREFIX = 24;

    private final OpenedIndex index;

    Suggestions(OpenedIndex index) {
        this.index = index;
    }

    /** Completions of {@code text} among the documents of {@code filter}, best first; none when it has no words. */
    List<Suggestion> of(String text, Query filter, int limit) throws IOException {
        String bounded = text.length() > QueryReader.MAX_CHARACTERS
                ? text.substring(0, QueryReader.MAX_CHARACTERS) : text;
        List<String> words = TextAnalysis.words(bounded);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words.subList(0, Math.min(words.size(), MAX_SUGGEST_WORDS))) {
            String prefix = word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word;
            query.add(new TermQuery(new Term(SearchFields.PREFIXES, prefix)), Occur.FILTER);
        }
        query.add(FeatureField.newLinearQuery(SearchFields.FEATURES, SearchFields.SUGGEST_PRIOR, 1f), Occur.SHOULD);
        query.add(filter, Occur.FILTER);
        // Twice the limit, since different nodes may share a title.
        TopDocs top = index.searcher().search(query.build(), limit * 2);
        Map<String, Suggestion> byText = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Node node = index.node(scoreDoc.doc);
            byText.putIfAbsent(node.title(), new Suggestion(node.title(), node.code(), node.release().system(),
                    node.kind()));
        }
        return byText.values().stream().limit(limit).toList();
    }
}
