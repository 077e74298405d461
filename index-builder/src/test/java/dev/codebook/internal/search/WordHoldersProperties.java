package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.code.Kind;
import dev.codebook.internal.search.TextQuery.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/**
 * The holders of a query's words read from postings are the documents that match the words as a query, on the full
 * index, for words of ICD-10-CM titles over every document, a range of them, or a filter that is no range (which
 * takes the query's way).
 */
class WordHoldersProperties {

    @Property(tries = 200)
    void holdersReadFromPostingsAreThoseTheWordsMatch(@ForAll("titleWords") List<String> terms,
            @ForAll("scopes") Query filter) throws IOException {
        IndexSearcher searcher = RankedHitsProperties.searcher();
        Lexicon lexicon = new Lexicon(searcher);
        List<Word> words = new ArrayList<>();
        for (String term : terms) {
            // As Clauses words one term: a clause for each description field that holds it.
            List<Query> fields = new ArrayList<>();
            for (String field : SearchFields.DESCRIPTIONS) {
                lexicon.find(field, term).ifPresent(states -> fields.add(new TermQuery(new Term(field, term), states)));
            }
            if (!fields.isEmpty()) {
                words.add(new Word(new DisjunctionMaxQuery(fields, 0.1f), false, false, 0, List.of(List.of(term))));
            }
        }
        TextQuery text = new TextQuery(words, List.of(), filter);
        Bits read = WordHolders.of(searcher, lexicon, text, words);
        Bits matched = RankedHits.everyMatch(searcher, text.holding(words));
        assertEquals(documents(matched), documents(read), terms + " in " + filter);
    }

    /** The words of a title, as search stems them: one to six. */
    @Provide
    Arbitrary<List<String>> titleWords() {
        return RankedHitsProperties.titleWords(6);
    }

    /** Every document, a range of them (a release's, as search has it), or the documents of one kind. */
    @Provide
    Arbitrary<Query> scopes() {
        int documents = RankedHitsProperties.searcher().getIndexReader().maxDoc();
        Arbitrary<Query> ranges = Combinators.combine(Arbitraries.integers().between(0, documents),
                Arbitraries.integers().between(0, documents))
                .as((a, b) -> new DocumentRange(Math.min(a, b), Math.max(a, b)));
        return Arbitraries.oneOf(Arbitraries.just(new MatchAllDocsQuery()), ranges,
                Arbitraries.just(new TermQuery(new Term(SearchFields.KIND, Kind.CODE.label()))));
    }

    private static List<Integer> documents(Bits bits) {
        List<Integer> documents = new ArrayList<>();
        for (int doc = 0; doc < bits.length(); doc++) {
            if (bits.get(doc)) {
                documents.add(doc);
            }
        }
        return documents;
    }
}
