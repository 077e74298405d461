package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.builder.TestIndexes;
import dev.codebook.code.Code;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * RankedHits lets Lucene skip the documents whose words cannot reach its worst kept hit, or score every match: the
 * hits it keeps are those of scoring every matching document, on the full index, for queries made of the words of
 * ICD-10-CM titles.
 */
class RankedHitsProperties {

    private static final int LIMIT = 10;
    private static IndexSearcher searcher;

    @Property(tries = 200)
    void skippingKeepsTheHitsOfScoringEveryDocument(@ForAll("titleWords") List<String> terms,
            @ForAll("priorWeights") float priorWeight) throws IOException {
        assertKeepsTheHitsOfScoringEveryDocument(terms, priorWeight, collector -> collector);
    }

    @Property(tries = 100)
    void scoringEveryMatchKeepsTheSameHits(@ForAll("titleWords") List<String> terms,
            @ForAll("priorWeights") float priorWeight) throws IOException {
        assertKeepsTheHitsOfScoringEveryDocument(terms, priorWeight, RankedHits::scoringEveryMatch);
    }

    private static void assertKeepsTheHitsOfScoringEveryDocument(List<String> terms, float priorWeight,
            UnaryOperator<RankedHits> variant) throws IOException {
        IndexSearcher searcher = searcher();
        RankedHits.Priors priors = RankedHits.priors(searcher);
        Query query = anyWord(terms);
        ScoreDoc[] kept = searcher.search(query,
                variant.apply(new RankedHits(priors, LIMIT).withPriorWeight(priorWeight)));
        // The reference scores every matching document (ScoreMode.COMPLETE): Lucene skips nothing.
        List<ScoreDoc> every = everyHit(searcher, query, priors, priorWeight);
        assertEquals(every.stream().map(RankedHitsProperties::describe).toList(),
                List.of(kept).stream().map(RankedHitsProperties::describe).toList(), terms + " at " + priorWeight);
    }

    @Provide
    Arbitrary<List<String>> titleWords() {
        return titleWords(8);
    }

    /** The words of an ICD-10-CM title, as search stems them: a few, from one to {@code most}. */
    static Arbitrary<List<String>> titleWords(int most) {
        List<Code> codes = TestIndexes.full().icd10cm().codes().stream().toList();
        return Arbitraries.integers().between(0, codes.size() - 1)
                .map(position -> TextAnalysis.terms(codes.get(position).title()))
                .filter(terms -> !terms.isEmpty())
                .map(terms -> terms.subList(0, Math.min(terms.size(), most)));
    }

    /** The weights search gives the static rank: full for short queries, less for long ones and partial matches. */
    @Provide
    Arbitrary<Float> priorWeights() {
        return Arbitraries.of(1f, 0.5f, 0.25f, 0.05f, 0f);
    }

    /** Documents that hold any of the terms in the title or an inclusion term, scored by BM25. */
    private static Query anyWord(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(SearchFields.TITLE, term)), Occur.SHOULD);
            query.add(new TermQuery(new Term(SearchFields.TERMS, term)), Occur.SHOULD);
        }
        return query.build();
    }

    /** Every matching document scored in full, with its static rank added; best first, ties to the earlier. */
    private static List<ScoreDoc> everyHit(IndexSearcher searcher, Query query, RankedHits.Priors priors,
            float priorWeight) {
        float[] scores = RankedHits.everyScore(searcher, query);
        List<ScoreDoc> ranked = new ArrayList<>();
        for (int doc = 0; doc < scores.length; doc++) {
            // BM25 gives every matching document a positive score.
            if (scores[doc] > 0) {
                ranked.add(new ScoreDoc(doc, scores[doc] + priorWeight * priors.byDocument()[doc]));
            }
        }
        ranked.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
        return ranked.subList(0, Math.min(LIMIT, ranked.size()));
    }

    private static String describe(ScoreDoc hit) {
        return hit.doc + ":" + hit.score;
    }

    static synchronized IndexSearcher searcher() {
        if (searcher == null) {
            try {
                searcher = new IndexSearcher(DirectoryReader.open(FSDirectory.open(
                        IndexMetadata.luceneFolder(TestIndexes.full().folder()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }
}
