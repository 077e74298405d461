package dev.codebook.internal.search;

import dev.codebook.internal.table.CodeTable;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Input read as a code or the start of one: the codes it begins, as search hits and as suggestions. Tried before the
 * input is read as words, and answers only when some code in scope starts with it. Thread-safe.
 */
final class CodeMatches {

    /** Input shaped like a code or the start of one: E11.9, e119, S72.0, E11., 0DTJ4ZZ, J1100, E08-E13. */
    private static final Pattern CODE_LIKE =
            Pattern.compile("[A-Za-z0-9]{2,8}(\\.[A-Za-z0-9]{0,6})?|[A-Za-z0-9]{3}-[A-Za-z0-9]{3}");
    private static final float EXACT_CODE_SCORE = 100f;

    private final OpenedIndex index;

    CodeMatches(OpenedIndex index) {
        this.index = index;
    }

    /** The code key of {@code text} when it is shaped like a code (with a digit); empty for words. */
    static Optional<String> key(String text) {
        if (text.length() > 20 || !CODE_LIKE.matcher(text).matches() || text.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(CodeTable.key(text));
    }

    /** The codes that start with {@code key} as hits, the fewer characters they add the higher they score. */
    List<SearchHit> hits(String key, Query filter, int limit) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (Node node : startingWith(key, filter, limit)) {
            int extra = CodeTable.key(node.code()).length() - key.length();
            hits.add(new SearchHit(node.code(), node.release().system(), node.release().version(), node.title(),
                    node.kind(), node.billable(), EXACT_CODE_SCORE / (1 + extra),
                    List.of(new Match(MatchSource.CODE, node.code())), List.of(node.code())));
        }
        return hits;
    }

    /** The codes that start with {@code key} as suggestions, each shown as its code and title. */
    List<Suggestion> suggestions(String key, Query filter, int limit) throws IOException {
        return startingWith(key, filter, limit).stream()
                .map(node -> new Suggestion(node.code() + " " + node.title(), node.code(), node.release().system(),
                        node.kind()))
                .toList();
    }

    /** The codes whose key starts with {@code key}: the code itself first, then the shortest, in code order. */
    private List<Node> startingWith(String key, Query filter, int limit) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(SearchFields.KEY, key)), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        Sort shortestFirst = new Sort(new SortField(SearchFields.KEY_LENGTH, SortField.Type.INT),
                new SortField(SearchFields.CODE, SortField.Type.STRING));
        List<Node> nodes = new ArrayList<>();
        for (ScoreDoc scoreDoc : index.searcher().search(query, limit, shortestFirst).scoreDocs) {
            nodes.add(index.node(scoreDoc.doc));
        }
        return nodes;
    }
}
