package dev.codebook.benchmarks.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Plain Lucene over the titles, as a developer would set it up in an afternoon: one in-memory document per title,
 * {@link StandardAnalyzer}, BM25 (Lucene's default similarity), the query's words as optional terms. The search
 * benchmarks' baseline for both speed and relevance.
 */
public final class PlainLuceneTitles implements AutoCloseable {

    private static final String TITLE = "title";
    private static final String POSITION = "position";

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PlainLuceneTitles(Analyzer analyzer, DirectoryReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes {@code titles} in memory; a hit is reported as the title's position in this list. */
    public static PlainLuceneTitles of(List<String> titles) {
        Analyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < titles.size(); i++) {
                Document document = new Document();
                document.add(new TextField(TITLE, titles.get(i), Field.Store.NO));
                document.add(new StoredField(POSITION, i));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            return new PlainLuceneTitles(analyzer, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The positions of the {@code limit} best titles for {@code query} by BM25, best first. */
    public List<Integer> search(String query, int limit) {
        try {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String term : terms(query)) {
                words.add(new TermQuery(new Term(TITLE, term)), BooleanClause.Occur.SHOULD);
            }
            ScoreDoc[] hits = searcher.search(words.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Integer> positions = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                positions.add(stored.document(hit.doc).getField(POSITION).numericValue().intValue());
            }
            return positions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String query) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TITLE, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
