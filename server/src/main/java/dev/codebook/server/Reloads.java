package dev.codebook.server;

import dev.codebook.Codebook;
import dev.codebook.code.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Switches the server to the index rebuilt in its folder, on the admin endpoint's call or, when {@link #watch
 * watching}, as soon as the folder is replaced; logs one line for each reload, done or failed.
 *
 * <p>The builder replaces the whole folder with one rename, so the folder's identity (its file key, creation and
 * modification times) changes exactly when a finished index is swapped in: polling that identity is enough, works on
 * network mounts that deliver no file events, and never sees half an index. A folder that failed to load is not tried
 * again until it changes once more.
 */
final class Reloads implements AutoCloseable {

    private final LiveIndex index;
    private final ServerLog log;
    /** The identity of the folder as last loaded, or last tried and failed. */
    private volatile Optional<List<Object>> seen;
    private volatile Optional<ScheduledExecutorService> watch = Optional.empty();

    private Reloads(LiveIndex index, Optional<List<Object>> seen, ServerLog log) {
        this.index = index;
        this.seen = seen;
        this.log = log;
    }

    /**
     * Opens the index in {@code folder}, noting the folder's identity first so that a rebuild during the open is
     * not missed.
     *
     * @throws IOException when the folder holds no readable index
     */
    static Reloads open(Path folder, ServerLog log) throws IOException {
        Optional<List<Object>> identity = identity(folder);
        return new Reloads(LiveIndex.open(folder), identity, log);
    }

    /** The index reloaded. */
    LiveIndex index() {
        return index;
    }

    /**
     * Reloads now, logging why and how it went.
     *
     * @throws IOException when the folder holds no readable index: the current one stays
     */
    synchronized Codebook reload(String trigger) throws IOException {
        Optional<List<Object>> before = identity(index.folder());
        try {
            Codebook reloaded = index.reload();
            seen = before;
            log.line("reloaded " + index.folder() + " on " + trigger + " ("
                    + String.join(", ", labels(reloaded)) + ")");
            return reloaded;
        } catch (IOException | RuntimeException e) {
            seen = before;
            log.line("reload of " + index.folder() + " on " + trigger
                    + " failed, still answering from the index loaded before: " + e.getMessage());
            throw e;
        }
    }

    /** The labels of the releases an index holds ("ICD-10-CM 2021"). */
    static List<String> labels(Codebook codebook) {
        return codebook.releases().stream().map(Release::label).toList();
    }

    /** Checks the folder every {@code every} and reloads when it has been replaced. */
    void watch(Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "codebook-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        watch = Optional.of(timer);
    }

    private void check() {
        Optional<List<Object>> now = identity(index.folder());
        if (now.isEmpty() || now.equals(seen)) {
            return; // unchanged, or between the builder's two renames
        }
        try {
            reload("a change of the folder");
        } catch (IOException | RuntimeException e) {
            // logged by reload; the current index stays
        }
    }

    private static Optional<List<Object>> identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return Optional.of(Arrays.asList(attributes.fileKey(), attributes.creationTime(),
                    attributes.lastModifiedTime()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        watch.ifPresent(ScheduledExecutorService::shutdownNow);
    }
}
