package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.Codebook;
import dev.codebook.fixture.FixtureIndex;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core without the semantic module (its test class path holds no embedder): an index is written as it always was,
 * and an index written with vectors is searched exactly as one without.
 */
class WithoutSemanticModuleTest {

    private static final List<String> QUERIES = List.of("diabetes", "T2DM with ketoacidosis", "broken femur neck",
            "walker", "resection of appendix", "E11.9", "kidney complications", "sugar sickness in grown-ups", "left");

    @Test
    void noEmbedderIsInstalled() {
        assertEquals(Optional.empty(), TextEmbedder.installed());
    }

    @Test
    void aLexicalIndexHasNoVectorsAndRecordsNoModel() throws IOException {
        try (DirectoryReader reader = reader(FixtureIndex.folder())) {
            assertNull(reader.leaves().get(0).reader().getFieldInfos().fieldInfo(SearchFields.VECTOR));
            assertEquals(Map.of(), reader.getIndexCommit().getUserData());
        }
    }

    @Test
    void anIndexWithVectorsIsSearchedExactlyAsOneWithout(@TempDir Path folder) throws IOException {
        Path withVectors = FixtureIndex.write(folder, Optional.of(new WordHashEmbedder()));
        try (DirectoryReader reader = reader(withVectors)) {
            assertNotNull(reader.leaves().get(0).reader().getFieldInfos().fieldInfo(SearchFields.VECTOR));
            assertEquals(WordHashEmbedder.MODEL, reader.getIndexCommit().getUserData().get(SearchFields.VECTOR_MODEL));
        }
        try (Codebook vectors = Codebook.open(withVectors)) {
            Codebook lexical = FixtureIndex.codebook();
            for (String query : QUERIES) {
                assertEquals(lexical.search(query).run(), vectors.search(query).run(), query);
                assertEquals(lexical.search(query).billableOnly().limit(3).run(),
                        vectors.search(query).billableOnly().limit(3).run(), query);
            }
            assertFalse(vectors.search("diabetes").run().isEmpty());
            assertTrue(vectors.search("sugar sickness in grown-ups").run().isEmpty());
        }
    }

    private static DirectoryReader reader(Path index) throws IOException {
        return DirectoryReader.open(FSDirectory.open(IndexMetadata.luceneFolder(index)));
    }

    /** A stand-in model for writing vectors: each word's hash adds to one of 8 dimensions. */
    private static final class WordHashEmbedder implements TextEmbedder {

        static final String MODEL = "word-hash-8";

        @Override
        public String model() {
            return MODEL;
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public float[] embed(String text) {
            float[] vector = new float[8];
            vector[0] = 1;
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                vector[Math.floorMod(Arrays.hashCode(word.getBytes(StandardCharsets.UTF_8)), 8)] += 1;
            }
            double norm = 0;
            for (float value : vector) {
                norm += value * value;
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            return vector;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }
}
