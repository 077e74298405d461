package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The scope filter keeps exactly the documents of the releases searched, whether a release's documents lie one after
 * another (a range of document numbers) or not (its terms).
 */
class ScopeFilterTest {

    private static final Release CM = release(CodeSystem.ICD10CM, "2021");
    private static final Release PCS = release(CodeSystem.ICD10PCS, "2025");
    private static final Release HCPCS = release(CodeSystem.HCPCS, "2020");
    private static final Release HCPCS_2021 = release(CodeSystem.HCPCS, "2021");

    @Test
    void keepsTheDocumentsOfTheReleasesSearched() throws IOException {
        // ICD-10-CM in one run, as the builder writes releases; the others interleaved, as an index need not be.
        List<Release> byDocument = List.of(CM, CM, CM, HCPCS, PCS, HCPCS, HCPCS_2021);
        try (Directory directory = new ByteBuffersDirectory()) {
            write(directory, byDocument);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScopeFilter scope = new ScopeFilter(searcher, Set.of(CM, PCS, HCPCS, HCPCS_2021));
                assertTrue(scope.of(Set.of(CM), false, Set.of(), List.of()).toString().contains("documents[0 to 3)"));
                assertDocuments(searcher, scope, Set.of(CM), 0, 1, 2);
                assertDocuments(searcher, scope, Set.of(HCPCS), 3, 5);
                assertDocuments(searcher, scope, Set.of(HCPCS_2021), 6);
                assertDocuments(searcher, scope, Set.of(PCS, HCPCS), 3, 4, 5);
                assertDocuments(searcher, scope, Set.of(CM, HCPCS_2021), 0, 1, 2, 6);
                assertDocuments(searcher, scope, Set.of(CM, PCS, HCPCS, HCPCS_2021), 0, 1, 2, 3, 4, 5, 6);
            }
        }
    }

    private static void assertDocuments(IndexSearcher searcher, ScopeFilter scope, Set<Release> searched,
            int... expected) throws IOException {
        Query filter = scope.of(searched, false, Set.of(), List.of());
        // Constant scores: the filter as the only clause gives every document it keeps, in document order.
        Query kept = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER).build();
        int[] documents = Arrays.stream(searcher.search(kept, 100).scoreDocs).mapToInt(hit -> hit.doc).sorted()
                .toArray();
        assertEquals(Arrays.toString(expected), Arrays.toString(documents), searched.toString());
    }

    private static void write(Directory directory, List<Release> byDocument) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (Release release : byDocument) {
                Document document = new Document();
                document.add(new StringField(SearchFields.SYSTEM, release.system().id(), Field.Store.NO));
                document.add(new StringField(SearchFields.RELEASE, release.version(), Field.Store.NO));
                writer.addDocument(document);
            }
        }
    }

    private static Release release(CodeSystem system, String version) {
        return new Release(system, version, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), List.of(), Map.of(),
                List.of());
    }
}
