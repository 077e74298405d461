package dev.codebook.internal.search;

import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

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
     * Reads each document's system, release and code from {@code reader}.
     *
     * @throws IllegalStateException when a document names a release or a code the tables do not hold: the search
     *                               index was built from other releases than the tables
     */
    static DocumentNodes read(IndexReader reader, Map<Release, CodeTable> tables) {
        Map<String, Release> byKey = new LinkedHashMap<>();
        tables.keySet().forEach(release -> byKey.put(releaseKey(release.system().id(), release.version()), release));
        Release[] releasesByDoc = new Release[reader.maxDoc()];
        int[] positions = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                String[] systems = values(leaf, SearchFields.SYSTEM);
                String[] versions = values(leaf, SearchFields.RELEASE);
                String[] codes = values(leaf, SearchFields.CODE);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Release release = byKey.get(releaseKey(systems[doc], versions[doc]));
                    if (release == null) {
                        throw new IllegalStateException("the search index names " + systems[doc] + " "
                                + versions[doc] + ", which the index's code tables do not hold: rebuild the index");
                    }
                    String code = codes[doc];
                    releasesByDoc[leaf.docBase + doc] = release;
                    positions[leaf.docBase + doc] = tables.get(release).position(CodeTable.key(code))
                            .orElseThrow(() -> new IllegalStateException("the search index names " + code
                                    + ", which " + release.label() + " does not hold: rebuild the index"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return new DocumentNodes(tables, releasesByDoc, positions);
    }

    /** The node document {@code doc} stands for. */
    Node node(int doc) {
        Release release = releases[doc];
        return new Node(release, tables.get(release), positions[doc]);
    }

    /** The value of a keyword field for each document of a leaf. */
    private static String[] values(LeafReaderContext leaf, String field) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        String[] byOrd = new String[values.getValueCount()];
        for (int ord = 0; ord < byOrd.length; ord++) {
            byOrd[ord] = values.lookupOrd(ord).utf8ToString();
        }
        String[] byDoc = new String[leaf.reader().maxDoc()];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            byDoc[doc] = byOrd[values.ordValue()];
        }
        return byDoc;
    }

    private static String releaseKey(String system, String release) {
        return system + " " + release;
    }
}
