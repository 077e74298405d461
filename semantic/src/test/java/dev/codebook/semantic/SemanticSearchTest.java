package dev.codebook.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.internal.search.SearchFields;
import dev.codebook.internal.search.TextEmbedder;
import dev.codebook.internal.table.IndexMetadata;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** Semantic search on a real chapter of ICD-10-CM, built with and without vectors, with this module present. */
class SemanticSearchTest {

    /** A wording no title or inclusion term of the chapter uses: "weight", "problem" and "grown-ups" are in none. */
    private static final String MADE_UP = "weight problem in grown-ups";

    @Test
    void theModuleIsFoundAsTheEmbedder() {
        TextEmbedder embedder = TextEmbedder.installed().orElseThrow();
        assertEquals("all-minilm-l6-v2-q", embedder.model());
        assertEquals(384, embedder.dimension());
        float[] vector = embedder.embed("Type 2 diabetes mellitus without complications");
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        assertEquals(1.0, norm, 1e-4);
    }

    @Test
    void everyNodeHasAUnitVectorOfTheRecordedModel() throws IOException {
        Codebook codebook = ChapterIndex.semantic();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(
                IndexMetadata.luceneFolder(codebook.folder())))) {
            Map<String, String> commit = reader.getIndexCommit().getUserData();
            assertEquals("all-minilm-l6-v2-q", commit.get(SearchFields.VECTOR_MODEL));
            assertEquals("384", commit.get(SearchFields.VECTOR_DIMENSION));
            assertEquals(1, reader.leaves().size());
            LeafReader leaf = reader.leaves().get(0).reader();
            FieldInfo field = leaf.getFieldInfos().fieldInfo(SearchFields.VECTOR);
            assertEquals(384, field.getVectorDimension());
            assertEquals(VectorSimilarityFunction.DOT_PRODUCT, field.getVectorSimilarityFunction());
            FloatVectorValues vectors = leaf.getFloatVectorValues(SearchFields.VECTOR);
            int count = 0;
            for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                double norm = 0;
                for (float value : vectors.vectorValue()) {
                    norm += value * value;
                }
                assertEquals(1.0, norm, 1e-4, "document " + doc);
                count++;
            }
            assertEquals(codebook.icd10cm().size(), count);
            assertEquals(reader.maxDoc(), count);
        }
    }

    @Test
    void aWordingNoTitleUsesFindsByMeaningWhatLexicalSearchCannot() {
        assertEquals(List.of(), ChapterIndex.lexical().search(MADE_UP).run());
        List<SearchHit> hits = ChapterIndex.semantic().search(MADE_UP).in(CodeSystem.ICD10CM).run();
        // Only titles from a cosine of 0.4 count as near; fewer than ten are.
        assertTrue(hits.size() >= 3, hits::toString);
        // Overweight (E66.3), obesity (E66.9), overweight and obesity (E66): nearest in meaning, in no shared word.
        for (SearchHit hit : hits.subList(0, 3)) {
            assertTrue(hit.code().startsWith("E66"), () -> "not overweight or obesity among the first three: " + hits);
        }
        for (SearchHit hit : hits) {
            assertEquals(List.of(new Match(MatchSource.SEMANTIC_SIMILARITY, hit.title())), hit.why());
            assertEquals(List.of(), hit.highlights());
        }
    }

    @Test
    void anIndexWithoutVectorsIsSearchedLexicallyWithTheModulePresent() {
        List<SearchHit> hits = ChapterIndex.lexical().search("diabetes with ketoacidosis").run();
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().flatMap(hit -> hit.why().stream())
                .noneMatch(match -> match.source() == MatchSource.SEMANTIC_SIMILARITY), hits::toString);
    }
}
