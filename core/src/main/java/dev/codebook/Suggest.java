package dev.codebook;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import dev.codebook.internal.search.SearchIndex;
import dev.codebook.search.Suggestion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completions for a search box, built fluently and then {@link #run() run}:
 * {@code codebook.suggest("diab").limit(5).run()}.
 *
 * <p>Each word typed is taken as the start of a word of the title ("fract fem" completes to "Fracture of femur"),
 * general titles first; input that looks like the start of a code ("E11.", "S72.0") completes to codes. Each method
 * returns a new request; a request is immutable and may be reused and shared.
 */
@CheckReturnValue // each method returns a new query: calling one and dropping the result does nothing
public final class Suggest {

    /** The most completions one request returns. */
    public static final int MAX_LIMIT = 100;

    private final Codebook codebook;
    private final String text;
    private final Set<CodeSystem> systems;
    private final int limit;

    Suggest(Codebook codebook, String text) {
        this(codebook, requireNonNull(text, "suggest text"), Set.of(), 8);
    }

    private Suggest(Codebook codebook, String text, Set<CodeSystem> systems, int limit) {
        this.codebook = codebook;
        this.text = text;
        this.systems = systems;
        this.limit = limit;
    }

    /**
     * Only these code systems (their latest releases).
     *
     * @throws IllegalArgumentException when the index holds no release of one of them
     */
    public Suggest in(CodeSystem first, CodeSystem... more) {
        return new Suggest(codebook, text, codebook.held(first, more), limit);
    }

    /**
     * At most this many completions (default 8).
     *
     * @throws IllegalArgumentException unless 1 &lt;= limit &lt;= {@value #MAX_LIMIT}
     */
    public Suggest limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a suggest limit is between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        return new Suggest(codebook, text, systems, limit);
    }

    /** The completions, best first; none for input with no words. */
    public List<Suggestion> run() {
        Set<Release> releases = codebook.latest(systems).stream().map(CodeSet::release)
                .collect(Collectors.toUnmodifiableSet());
        return codebook.searchIndex().suggest(text, releases, limit);
    }

    @Override
    public String toString() {
        return "suggest '" + text + "'" + (systems.isEmpty() ? "" : " in " + systems) + " limit " + limit;
    }
}
