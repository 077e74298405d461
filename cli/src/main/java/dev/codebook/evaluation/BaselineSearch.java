package dev.codebook.evaluation;

import dev.codebook.CodeSet;
import dev.codebook.code.Code;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain search Codebook's is measured against: Lucene's StandardAnalyzer and BM25 over the long titles of one
 * release, every query word optional. Held in memory; built in a few seconds.
 */
public final class BaselineSearch implements AutoCloseable {

    private static final String TITLE = "title";
    private static final String CODE = "code";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public BaselineSearch(CodeSet codeSet) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Code code : (Iterable<Code>) codeSet.codes().stream()::iterator) {
                    Document document = new Document();
                    document.add(new StoredField(CODE, code.code()));
                    document.add(new TextField(TITLE, code.title(), Field.Store.NO));
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("building the baseline index in memory failed", e);
        }
    }

    /** The codes of the best {@code limit} titles for {@code text}, best first. */
    public List<String> search(String text, int limit) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream(TITLE, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                int count = 0;
                while (tokens.incrementToken() && count++ < IndexSearcher.getMaxClauseCount()) {
                    query.add(new TermQuery(new Term(TITLE, term.toString())), Occur.SHOULD);
                }
                tokens.end();
            }
            List<String> codes = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                codes.add(searcher.storedFields().document(hit.doc).get(CODE));
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
