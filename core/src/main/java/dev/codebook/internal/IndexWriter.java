package dev.codebook.internal;

import dev.codebook.code.Release;
import dev.codebook.internal.search.SearchIndexWriter;
import dev.codebook.internal.search.TextEmbedder;
import dev.codebook.internal.search.Vocabulary;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.IndexMetadata;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Writes an index folder as {@code Codebook.open} reads it: a code table per release, the search index, the
 * vocabulary and, last, the metadata that makes the folder an index. The format's writer lives beside its reader,
 * so the index builder (which writes into a staging folder it swaps in) and core's own tests (which write small
 * fixture indexes) write the same thing.
 */
public final class IndexWriter implements AutoCloseable {

    private final Path folder;
    private final SearchIndexWriter search;
    private final List<Release> releases = new ArrayList<>();

    /**
     * A writer into {@code folder}, which must be empty and the caller's alone.
     *
     * @param withheld which inclusion terms of which codes (code, term) the search index leaves out
     * @param embedder the model whose vectors of each title the search index stores, for semantic search; none for
     *                 a lexical index
     */
    public IndexWriter(Path folder, BiPredicate<String, String> withheld, Optional<TextEmbedder> embedder)
            throws IOException {
        this.folder = folder;
        Files.createDirectories(folder.resolve("tables"));
        this.search = new SearchIndexWriter(IndexMetadata.luceneFolder(folder), withheld, embedder);
    }

    /**
     * Writes the release's code table, and adds its nodes to the search index when {@code searched} (search answers
     * from the latest release of each system; earlier ones are looked up, not searched).
     *
     * @param entries the release's nodes in hierarchy preorder
     */
    public void add(Release release, List<TableEntry> entries, boolean searched) throws IOException {
        CodeTable.write(IndexMetadata.tableFile(folder, release.system(), release.version()), release.system(),
                release.version(), entries);
        if (searched) {
            search.add(release, entries, Systems.of(release.system()).populationChapters());
        }
        releases.add(release);
    }

    /** Completes the search index, then writes the vocabulary and the metadata; the folder is an index after it. */
    public void finish(Vocabulary vocabulary, String builderVersion) throws IOException {
        search.finish();
        Files.write(folder.resolve(Vocabulary.FILE_NAME), vocabulary.lines(), StandardCharsets.UTF_8);
        new IndexMetadata(IndexMetadata.FORMAT, builderVersion, Instant.now(), releases).write(folder);
    }

    /** Releases the search index writer of a write that did not finish; the caller discards the folder. */
    @Override
    public void close() throws IOException {
        search.close();
    }
}
