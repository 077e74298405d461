package dev.codebook.internal.search;

import com.google.common.base.Suppliers;
import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of an index folder, open from {@link #open} to {@link #close}: its searcher, its terms as looked up
 * once ({@link Lexicon}), each document's static rank and the node each document stands for, the last two read on
 * first use so that opening stays fast. Thread-safe.
 */
final class OpenedIndex implements AutoCloseable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Lexicon lexicon;
    private final Set<Release> releases;
    private final Supplier<RankedHits.Priors> priors;
    private final Supplier<DocumentNodes> nodes;

    private OpenedIndex(Directory directory, DirectoryReader reader, Map<Release, CodeTable> tables) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        // Search filters are cheap term lookups on one small segment: caching them would cost more than it saves.
        this.searcher.setQueryCache(null);
        this.lexicon = new Lexicon(searcher);
        Map<Release, CodeTable> held = Map.copyOf(tables);
        this.releases = held.keySet();
        this.priors = Suppliers.memoize(() -> RankedHits.priors(searcher));
        this.nodes = Suppliers.memoize(() -> DocumentNodes.of(reader, held));
    }

    /**
     * Opens the Lucene index in {@code folder}, whose documents are nodes of the releases in {@code tables}.
     *
     * @throws IOException when the folder holds no readable Lucene index
     */
    static OpenedIndex open(Path folder, Map<Release, CodeTable> tables) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new OpenedIndex(directory, DirectoryReader.open(directory), tables);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The releases whose nodes the index holds. */
    Set<Release> releases() {
        return releases;
    }

    RankedHits.Priors priors() {
        return priors.get();
    }

    /** The node document {@code doc} stands for. */
    Node node(int doc) {
        return nodes.get().node(doc);
    }

    /** Closes the reader and the folder. */
    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
