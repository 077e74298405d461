package dev.codebook.internal.search;

import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Which node each document of the search index stands for: per document, its release and its position in the
 * release's code table, so that a hit is read from the mapped table rather than from stored Lucene fields.
 */
final class DocumentNodes {

    private final Map<Release, CodeTable> tables;
    private final Release[] releases;
    private final int[] positions;

    private DocumentNodes(Map<Release, CodeTable> tables, Release[] releases, int[] positions) {
        this.tables = tables;
        this.releases = releases;
        this.positions = positions;
    }

    /**
     * Reads each document's release and table position from {@code reader}: the position as the builder stored it,
     * or, in an index written before it did, by looking the document's code up in the table.
     *
     * @throws IllegalStateException when a document names a release or a code the tables do not hold: the search
     *                               index was built from other releases than the tables
     */
    static DocumentNodes read(IndexReader reader, Map<Release, CodeTable> tables) {
        Release[] releasesByDoc = new Release[reader.maxDoc()];
        int[] positions = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues systems = DocValues.getSorted(leaf.reader(), SearchFields.SYSTEM);
                SortedDocValues versions = DocValues.getSorted(leaf.reader(), SearchFields.RELEASE);
                Release[][] byOrds = releasesByOrds(systems, versions, tables);
                NumericDocValues stored = leaf.reader().getNumericDocValues(SearchFields.POSITION);
                SortedDocValues codes = DocValues.getSorted(leaf.reader(), SearchFields.CODE);
                // Documents come release by release: the table of the one before is usually the one.
                Release previous = null;
                CodeTable previousTable = null;
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (!systems.advanceExact(doc) || !versions.advanceExact(doc)) {
                        throw new IllegalStateException("a document of the search index names no release: rebuild "
                                + "the index");
                    }
                    Release release = byOrds[systems.ordValue()][versions.ordValue()];
                    if (release == null) {
                        throw new IllegalStateException("the search index names "
                                + systems.lookupOrd(systems.ordValue()).utf8ToString() + " "
                                + versions.lookupOrd(versions.ordValue()).utf8ToString()
                                + ", which the index's code tables do not hold: rebuild the index");
                    }
                    CodeTable table = release == previous ? previousTable : tables.get(release);
                    previous = release;
                    previousTable = table;
                    releasesByDoc[leaf.docBase + doc] = release;
                    positions[leaf.docBase + doc] = stored != null && stored.advanceExact(doc)
                            ? checked(table, (int) stored.longValue(), codes, doc)
                            : lookedUp(table, codes, doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return new DocumentNodes(tables, releasesByDoc, positions);
    }

    /**
     * The release of each pair of system and version ordinals of a leaf, null where the tables hold none: reading a
     * document's release is then two ordinals and an array, where comparing strings per document made this the
     * slowest part of a search index's first use.
     */
    private static Release[][] releasesByOrds(SortedDocValues systems, SortedDocValues versions,
            Map<Release, CodeTable> tables) throws IOException {
        Release[][] byOrds = new Release[systems.getValueCount()][versions.getValueCount()];
        for (Release release : tables.keySet()) {
            int system = systems.lookupTerm(new BytesRef(release.system().id()));
            int version = versions.lookupTerm(new BytesRef(release.version()));
            if (system >= 0 && version >= 0) {
                byOrds[system][version] = release;
            }
        }
        return byOrds;
    }

    /**
     * A stored position, checked to lie in the table; for the first node of each release the code is looked up too,
     * a spot check that the search index and the tables were written together.
     */
    private static int checked(CodeTable table, int position, SortedDocValues codes, int doc) throws IOException {
        if (position < 0 || position >= table.size() || position == 0 && lookedUp(table, codes, doc) != position) {
            throw new IllegalStateException("the search index and the code table of " + table.system() + " "
                    + table.release() + " disagree on position " + position + ": rebuild the index");
        }
        return position;
    }

    private static int lookedUp(CodeTable table, SortedDocValues codes, int doc) throws IOException {
        if (!codes.advanceExact(doc)) {
            throw new IllegalStateException("a document of the search index has no code: rebuild the index");
        }
        String code = codes.lookupOrd(codes.ordValue()).utf8ToString();
        return table.position(CodeTable.key(code)).orElseThrow(() -> new IllegalStateException("the search index "
                + "names " + code + ", which " + table.system() + " " + table.release() + " does not hold: rebuild "
                + "the index"));
    }

    /** The node document {@code doc} stands for. */
    Node node(int doc) {
        Release release = releases[doc];
        return new Node(release, tables.get(release), positions[doc]);
    }
}
