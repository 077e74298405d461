package dev.codebook.server;

import dev.codebook.Codebook;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index a server answers from, switched to a rebuilt one without a pause: each request {@link #lease() leases}
 * the open {@link Codebook} it started with and answers wholly from it, {@link #reload()} opens the folder anew and
 * makes it current, and the one it replaces is closed when the last request that leased it is done. A request thus
 * never sees two indexes, nor a half-swapped one: the builder swaps a finished folder in with one rename, and a
 * reload that finds no complete index fails and keeps the current one.
 */
public final class LiveIndex implements AutoCloseable {

    private final Path folder;
    private final AtomicReference<Lease> current;
    private volatile boolean warm;

    private LiveIndex(Path folder, Lease first) {
        this.folder = folder;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Opens the index in {@code folder}: its code tables, which answer lookups at once; the search index opens on the
     * first search, or on {@link #warmUp()}.
     *
     * @throws IOException when the folder holds no readable index
     */
    public static LiveIndex open(Path folder) throws IOException {
        return new LiveIndex(folder, new Lease(Codebook.open(folder)));
    }

    /**
     * Opens the current index's search index, which takes longer than the rest of an open, so that no search waits
     * for it. Until then the folder must not be rebuilt: the search index is read from the folder when first opened.
     *
     * @throws IOException when the search index cannot be read
     */
    public void warmUp() throws IOException {
        try (Lease lease = lease()) {
            warmUp(lease);
        }
        warm = true;
    }

    /** Opens the search index and resolves the note references checks read, so that no request waits for them. */
    private static void warmUp(Lease lease) throws IOException {
        try {
            lease.codebook().search("warm").limit(1).run();
            lease.checker().check(Encounter.builder().diagnoses(List.of("E11.9")).build());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The index folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The current index, for one request: close the lease when the answer is written. Cheap (two atomic updates).
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public Lease lease() {
        while (true) {
            Lease lease = current.get();
            if (lease == null) {
                throw new IllegalStateException("the index of " + folder + " is closed");
            }
            if (lease.retain()) {
                return lease;
            }
            // Replaced and released between the read and the retain: the next read sees its successor.
        }
    }

    /**
     * Opens the folder again, with its search index, and answers every request that starts afterwards from it;
     * requests under way finish on the index they leased, which closes after them.
     *
     * @return the index now current
     * @throws IOException when the folder holds no index that can be read: the current one stays
     * @throws dev.codebook.code.IndexFormatException when the index there is damaged: the current one stays
     * @throws IllegalStateException before {@link #warmUp()}, when the current index has not read its search index
     */
    public synchronized Codebook reload() throws IOException {
        if (!warm) {
            throw new IllegalStateException("the index is still starting; reload once /health says ok");
        }
        Lease fresh = new Lease(Codebook.open(folder));
        try {
            warmUp(fresh);
        } catch (IOException | RuntimeException e) {
            fresh.close();
            throw e;
        }
        Lease replaced = current.getAndSet(fresh);
        if (replaced != null) {
            replaced.close();
        }
        return fresh.codebook();
    }

    /** Stops leasing; the current index closes when the last lease on it does. */
    @Override
    public synchronized void close() {
        Lease last = current.getAndSet(null);
        if (last != null) {
            last.close();
        }
    }

    /**
     * One hold on an open index: the index stays open until every hold is closed, its first hold being the server's
     * own while it is current.
     */
    public static final class Lease implements AutoCloseable {

        private final Codebook codebook;
        private final Checker checker;
        private final AtomicInteger holds = new AtomicInteger(1);

        private Lease(Codebook codebook) {
            this.codebook = codebook;
            this.checker = Checker.of(codebook);
        }

        /** The open index. */
        public Codebook codebook() {
            return codebook;
        }

        /** Checks encounters against the open index; shared, so it keeps the release chosen per date of service. */
        public Checker checker() {
            return checker;
        }

        private boolean retain() {
            for (int count = holds.get(); count > 0; count = holds.get()) {
                if (holds.compareAndSet(count, count + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Releases this hold; the last one closes the index. */
        @Override
        public void close() {
            if (holds.decrementAndGet() == 0) {
                try {
                    codebook.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close the index of " + codebook.folder(), e);
                }
            }
        }
    }
}
