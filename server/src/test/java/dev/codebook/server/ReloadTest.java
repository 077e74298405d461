package dev.codebook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.TestIndexes;
import dev.codebook.builder.spi.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release update without downtime, as an operator does it: rebuild the folder in place, then POST /admin/reload. */
class ReloadTest {

    @TempDir
    Path temp;

    @Test
    void theAdminReloadSwitchesToTheRebuiltIndexAndKeepsTheOldOneWhenNoneIsThere() throws IOException {
        Path folder = temp.resolve("index");
        IndexBuilder builder = new IndexBuilder(Progress.silent());
        builder.build(List.of(TestIndexes.sampleSources()), folder);
        try (CodebookServer server = CodebookServer.start(folder, "127.0.0.1", 0, Optional.empty(), System.err)) {
            String base = "http://" + server.address();
            assertFalse(get(base + "/api/releases").body().contains("extra"));
            assertEquals(400, get(base + "/api/lookup?system=extra&code=X1").statusCode());

            Path extra = Files.createDirectories(temp.resolve("extra"));
            Files.writeString(extra.resolve("extra_2024.codes.csv"), "code,title\nX1,Extra visit\n");
            builder.build(List.of(TestIndexes.sampleSources(), extra), folder);
            HttpResponse<String> reloaded = post(base + "/admin/reload");
            assertEquals(200, reloaded.statusCode(), reloaded.body());
            assertTrue(reloaded.body().contains("extra 2024"), reloaded.body());
            assertTrue(get(base + "/api/lookup?system=extra&code=X1").body().contains("Extra visit"));

            Path aside = Files.move(folder, temp.resolve("aside"));
            HttpResponse<String> missing = post(base + "/admin/reload");
            assertEquals(409, missing.statusCode(), missing.body());
            assertTrue(missing.body().contains("still answering from the index loaded before"), missing.body());
            assertEquals(200, get(base + "/api/lookup?system=extra&code=X1").statusCode());
            Files.move(aside, folder);

            assertEquals(405, get(base + "/admin/reload").statusCode());
        }
    }

    @Test
    void aWatchingServerSwitchesByItselfWhenTheFolderIsRebuiltAndKeepsItsIndexWhenTheRebuildIsBroken()
            throws IOException, InterruptedException {
        Path folder = temp.resolve("index");
        IndexBuilder builder = new IndexBuilder(Progress.silent());
        builder.build(List.of(TestIndexes.sampleSources()), folder);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (CodebookServer server = CodebookServer.start(folder, "127.0.0.1", 0, Optional.of(Duration.ofMillis(50)),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            String lookup = "http://" + server.address() + "/api/lookup?system=extra&code=X1";
            assertEquals(400, get(lookup).statusCode());

            Path extra = Files.createDirectories(temp.resolve("extra"));
            Files.writeString(extra.resolve("extra_2024.codes.csv"), "code,title\nX1,Extra visit\n");
            builder.build(List.of(TestIndexes.sampleSources(), extra), folder);
            awaitLine(log, "reloaded " + folder + " on a change of the folder");
            assertTrue(get(lookup).body().contains("Extra visit"));

            // A folder swapped in without an index: logged once, and the index loaded before keeps answering.
            Path aside = Files.move(folder, temp.resolve("aside"));
            Files.createDirectory(folder);
            awaitLine(log, "failed, still answering from the index loaded before");
            Thread.sleep(300);
            assertEquals(1, count(log, "failed"), log.toString(StandardCharsets.UTF_8));
            assertTrue(get(lookup).body().contains("Extra visit"));
            Files.delete(folder);
            Files.move(aside, folder);
        }
    }

    /** Waits, up to 20 s, for the server's log to hold {@code text}. */
    private static void awaitLine(ByteArrayOutputStream log, String text) throws InterruptedException {
        for (int tries = 0; tries < 400 && count(log, text) == 0; tries++) {
            Thread.sleep(50);
        }
        assertTrue(count(log, text) > 0, "the log lacks '" + text + "':\n" + log.toString(StandardCharsets.UTF_8));
    }

    private static long count(ByteArrayOutputStream log, String text) {
        return log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(text)).count();
    }

    private static HttpResponse<String> get(String url) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<String> post(String url) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
