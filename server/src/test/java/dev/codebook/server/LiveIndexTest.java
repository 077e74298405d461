package dev.codebook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.TestIndexes;
import dev.codebook.builder.spi.Progress;
import dev.codebook.code.CodeSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching to an index rebuilt in place: requests under way keep theirs, later ones get the new one. */
class LiveIndexTest {

    private static final CodeSystem EXTRA = CodeSystem.of("extra");

    @TempDir
    Path temp;

    @Test
    void aReloadServesTheRebuiltIndexAndClosesTheOldOneAfterItsLastRequest() throws IOException {
        Path folder = temp.resolve("index");
        build(folder, List.of(TestIndexes.sampleSources()));
        try (LiveIndex index = LiveIndex.open(folder)) {
            index.warmUp();
            LiveIndex.Lease inFlight = index.lease();
            assertFalse(inFlight.codebook().systems().contains(EXTRA));

            build(folder, List.of(TestIndexes.sampleSources(), extraCodeSet()));
            index.reload();

            try (LiveIndex.Lease after = index.lease()) {
                assertTrue(after.codebook().systems().contains(EXTRA));
                assertEquals("Extra visit", after.codebook().system(EXTRA).code("X1").orElseThrow().title());
            }
            // The request that started before the reload still searches the index it started with...
            assertFalse(inFlight.codebook().search("diabetes").run().isEmpty());
            inFlight.close();
            // ...which closes once that request is done.
            assertThrows(IllegalStateException.class, () -> inFlight.codebook().search("diabetes").run());
        }
    }

    @Test
    void aReloadThatFindsNoIndexKeepsTheCurrentOne() throws IOException {
        Path folder = temp.resolve("index");
        build(folder, List.of(TestIndexes.sampleSources()));
        try (LiveIndex index = LiveIndex.open(folder)) {
            assertThrows(IllegalStateException.class, index::reload, "not before the search index is open");
            index.warmUp();
            Path aside = Files.move(folder, temp.resolve("aside"));
            assertThrows(IOException.class, index::reload);
            try (LiveIndex.Lease lease = index.lease()) {
                assertFalse(lease.codebook().search("diabetes").run().isEmpty());
            }
            Files.move(aside, folder);
        }
    }

    @Test
    void noLeaseAfterClose() throws IOException {
        Path folder = temp.resolve("index");
        build(folder, List.of(TestIndexes.sampleSources()));
        LiveIndex index = LiveIndex.open(folder);
        index.close();
        assertThrows(IllegalStateException.class, index::lease);
    }

    private Path extraCodeSet() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(folder.resolve("extra_2024.codes.csv"), "code,title\nX1,Extra visit\nX2,Extra call\n");
        return folder;
    }

    private static void build(Path folder, List<Path> sources) throws IOException {
        new IndexBuilder(Progress.silent()).build(sources, folder);
    }
}
