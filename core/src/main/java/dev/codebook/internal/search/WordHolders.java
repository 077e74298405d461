package dev.codebook.internal.search;

import dev.codebook.internal.search.TextQuery.Word;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents in scope that hold any of some words of a query: those the partial-match pass ranks. Where each
 * alternative of each word is one term and the scope is every document or a release's range of them, they are read
 * straight from the terms' postings into a bit set; otherwise the words are run as a query. A long description asks
 * this of a dozen words, and building, weighing and running a query for it cost about a tenth of its search.
 */
final class WordHolders {

    private WordHolders() {
    }

    /** The documents in the scope of {@code text} that hold any of {@code words}, by number across the index. */
    static Bits of(IndexSearcher searcher, Lexicon lexicon, TextQuery text, List<Word> words) throws IOException {
        boolean singleTerms = words.stream()
                .allMatch(word -> word.terms().stream().allMatch(terms -> terms.size() == 1));
        boolean ranged = text.filter() instanceof DocumentRange || text.filter() instanceof MatchAllDocsQuery;
        if (!singleTerms || !ranged) {
            return RankedHits.everyMatch(searcher, text.holding(words));
        }
        FixedBitSet holders = new FixedBitSet(searcher.getIndexReader().maxDoc());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (Word word : words) {
                for (List<String> terms : word.terms()) {
                    for (String field : SearchFields.DESCRIPTIONS) {
                        addHolders(lexicon, leaf, field, terms.get(0), holders);
                    }
                }
            }
        }
        if (text.filter() instanceof DocumentRange range) {
            range.clearOutside(holders);
        }
        return holders;
    }

    /** Sets the bit of each live document of {@code leaf} whose {@code field} holds {@code term}. */
    private static void addHolders(Lexicon lexicon, LeafReaderContext leaf, String field, String term,
            FixedBitSet holders) throws IOException {
        Optional<TermStates> states = lexicon.find(field, term);
        TermState state = states.isPresent() ? states.get().get(leaf) : null;
        Terms terms = leaf.reader().terms(field);
        if (state == null || terms == null) {
            return;
        }
        TermsEnum dictionary = terms.iterator();
        dictionary.seekExact(new BytesRef(term), state);
        PostingsEnum postings = dictionary.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                holders.set(leaf.docBase + doc);
            }
        }
    }
}
