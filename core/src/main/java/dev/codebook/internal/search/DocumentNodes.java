package dev.codebook.internal.search;

import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Which node each document of the search index stands for: its release and its position in the release's code
 * table, so that a hit is read from the mapped table rather than from stored Lucene fields. A document is read on
 * its first use: a search reads the nodes of its few hits, and reading every document up front was the larger part
 * of a command line's first search. Thread-safe: threads that race to a document read the same node.
 */
final class DocumentNodes {

    private final List<LeafReaderContext> leaves;
    private final Map<Release, CodeTable> tables;
    /** Per leaf, the release of each pair of system and version ordinals; null where the tables hold none. */
    private final Release[][][] releasesByOrds;
    /** The nodes read so far, by document number. A node's fields are final, so a racy read sees it whole. */
    private final Node[] nodes;

    private DocumentNodes(List<LeafReaderContext> leaves, Map<Release, CodeTable> tables,
            Release[][][] releasesByOrds, int documents) {
        this.leaves = leaves;
        this.tables = tables;
        this.releasesByOrds = releasesByOrds;
        this.nodes = new Node[documents];
    }

    /** The nodes of the documents of {@code reader}, whose releases are in {@code tables}. */
    static DocumentNodes of(IndexReader reader, Map<Release, CodeTable> tables) {
        List<LeafReaderContext> leaves = reader.leaves();
        Release[][][] releasesByOrds = new Release[leaves.size()][][];
        try {
            for (LeafReaderContext leaf : leaves) {
                releasesByOrds[leaf.ord] = releasesByOrds(leaf.reader(), tables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return new DocumentNodes(leaves, tables, releasesByOrds, reader.maxDoc());
    }

    /**
     * The release of each pair of system and version ordinals of a leaf: reading a document's release is then two
     * ordinals and an array, not two strings.
     */
    private static Release[][] releasesByOrds(LeafReader leaf, Map<Release, CodeTable> tables) throws IOException {
        SortedDocValues systems = DocValues.getSorted(leaf, SearchFields.SYSTEM);
        SortedDocValues versions = DocValues.getSorted(leaf, SearchFields.RELEASE);
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
     * The node document {@code doc} stands for.
     *
     * @throws IllegalStateException when the document names a release or a code the tables do not hold, or a
     *                               position where the table holds another code: the search index was built from
     *                               other releases than the tables
     */
    Node node(int doc) {
        Node node = nodes[doc];
        if (node == null) {
            try {
                node = read(doc);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the search index failed", e);
            }
            nodes[doc] = node;
        }
        return node;
    }

    private Node read(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        LeafReader reader = leaf.reader();
        int local = doc - leaf.docBase;
        SortedDocValues systems = DocValues.getSorted(reader, SearchFields.SYSTEM);
        SortedDocValues versions = DocValues.getSorted(reader, SearchFields.RELEASE);
        if (!systems.advanceExact(local) || !versions.advanceExact(local)) {
            throw new IllegalStateException("a document of the search index names no release: rebuild the index");
        }
        Release release = releasesByOrds[leaf.ord][systems.ordValue()][versions.ordValue()];
        if (release == null) {
            throw new IllegalStateException("the search index names "
                    + systems.lookupOrd(systems.ordValue()).utf8ToString() + " "
                    + versions.lookupOrd(versions.ordValue()).utf8ToString()
                    + ", which the index's code tables do not hold: rebuild the index");
        }
        CodeTable table = tables.get(release);
        SortedDocValues codes = DocValues.getSorted(reader, SearchFields.CODE);
        if (!codes.advanceExact(local)) {
            throw new IllegalStateException("a document of the search index has no code: rebuild the index");
        }
        String code = codes.lookupOrd(codes.ordValue()).utf8ToString();
        NumericDocValues stored = reader.getNumericDocValues(SearchFields.POSITION);
        // The position as the builder stored it, checked against the table; in an index written before it did, the
        // code looked up in the table.
        int position = stored != null && stored.advanceExact(local) ? (int) stored.longValue()
                : table.position(CodeTable.key(code)).orElse(-1);
        if (position < 0 || position >= table.size() || !table.code(position).equals(code)) {
            throw new IllegalStateException("the search index names " + code + " of " + release.label()
                    + ", which its code table does not hold " + (position < 0 ? "" : "at position " + position)
                    + ": rebuild the index");
        }
        return new Node(release, table, position);
    }
}
