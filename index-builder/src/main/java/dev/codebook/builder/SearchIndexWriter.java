package dev.codebook.builder;

import dev.codebook.NoteKind;
import dev.codebook.table.TableEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the Lucene index that text search runs on: one document per node of every release, with its titles and
 * the inclusion terms that name the conditions it covers.
 */
final class SearchIndexWriter implements AutoCloseable {

    private final IndexWriter writer;

    SearchIndexWriter(Path folder) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setRAMBufferSizeMB(256)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        writer = new IndexWriter(FSDirectory.open(folder), config);
    }

    void add(BuiltRelease built) throws IOException {
        String system = built.release().system().id();
        String version = built.release().version();
        for (TableEntry entry : built.entries()) {
            Document document = new Document();
            document.add(new StringField("system", system, Field.Store.YES));
            document.add(new StringField("release", version, Field.Store.YES));
            document.add(new StringField("code", entry.code(), Field.Store.YES));
            document.add(new StringField("kind", entry.kind().label(), Field.Store.NO));
            document.add(new StringField("billable", Boolean.toString(entry.billable()), Field.Store.NO));
            document.add(new TextField("title", entry.title(), Field.Store.NO));
            document.add(new TextField("shortTitle", entry.shortTitle(), Field.Store.NO));
            String terms = inclusionTerms(entry.notes());
            if (!terms.isEmpty()) {
                document.add(new TextField("terms", terms, Field.Store.NO));
            }
            writer.addDocument(document);
        }
    }

    private static String inclusionTerms(List<dev.codebook.Note> notes) {
        return notes.stream()
                .filter(note -> note.kind() == NoteKind.INCLUSION_TERM)
                .map(dev.codebook.Note::text)
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        writer.forceMerge(1);
        writer.close();
    }
}
