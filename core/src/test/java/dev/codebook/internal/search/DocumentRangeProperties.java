package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A query restricted to a range of documents finds, with the same scores, exactly what it finds with the range as a
 * filter clause: scored in bulk (top hits, where Lucene may skip documents) and one document at a time (nested in
 * another query). The index has several segments, so that ranges start and end inside and across them.
 */
class DocumentRangeProperties {

    private static final List<String> WORDS = List.of("fracture", "femur", "neck", "left", "closed", "open", "wound",
            "infection", "acute", "chronic", "other", "unspecified");
    private static final int DOCUMENTS = 600;

    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeContainer
    static void writeIndex() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(97))) {
            for (int d = 0; d < DOCUMENTS; d++) {
                StringBuilder title = new StringBuilder();
                // Common words often, the later ones rarely: scores spread as a title index's do.
                for (int w = 0; w < 2 + random.nextInt(6); w++) {
                    title.append(WORDS.get((int) (WORDS.size() * Math.pow(random.nextDouble(), 2)))).append(' ');
                }
                Document document = new Document();
                document.add(new TextField(SearchFields.TITLE, title.toString(), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterContainer
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Property(tries = 300)
    void restrictingFindsWhatFilteringFinds(@ForAll("disjunctions") Query query,
            @ForAll @IntRange(min = 0, max = DOCUMENTS) int from, @ForAll @IntRange(min = 0, max = DOCUMENTS) int to,
            @ForAll @IntRange(min = 1, max = 50) int hits) throws IOException {
        DocumentRange range = new DocumentRange(Math.min(from, to), Math.max(from, to));
        IndexSearcher searcher = new IndexSearcher(reader);
        Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(range, Occur.FILTER).build();
        Query nested = new BooleanQuery.Builder().add(range.restrict(query), Occur.MUST)
                .add(new MatchAllDocsQuery(), Occur.FILTER).build();
        String expected = hits(searcher.search(filtered, hits).scoreDocs);
        assertEquals(expected, hits(searcher.search(range.restrict(query), hits).scoreDocs), "in bulk");
        assertEquals(expected, hits(searcher.search(nested, hits).scoreDocs), "one document at a time");
    }

    @Provide
    Arbitrary<Query> disjunctions() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).uniqueElements().map(words -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            words.forEach(word -> any.add(new TermQuery(new Term(SearchFields.TITLE, word)), Occur.SHOULD));
            return any.build();
        });
    }

    /** Document and score of each hit, in rank order. */
    private static String hits(ScoreDoc[] hits) {
        return Arrays.toString(Arrays.stream(hits).map(hit -> hit.doc + ":" + hit.score).toArray());
    }
}
