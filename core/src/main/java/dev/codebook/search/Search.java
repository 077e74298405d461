package dev.codebook.search;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSystem;
import dev.codebook.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A search of code descriptions, built fluently and then {@link #run() run}:
 *
 * <pre>{@code
 * List<SearchHit> hits = codebook.search("heart attack").in(CodeSystem.ICD10CM).billableOnly().limit(10).run();
 * }</pre>
 *
 * <p>By default it searches the latest release of every system in the index, all kinds of node, and returns the ten
 * best hits. The text may be clinical or everyday words, abbreviations, misspelt words, or a code or the start of
 * one ("E11.9", "e119", "S72.0"), which is looked up as a code first. Any text is safe: text with no searchable
 * words finds nothing. Each method returns a new search; a search is immutable and may be reused and shared.
 */
public final class Search {

    /** The most hits one search returns. */
    public static final int MAX_LIMIT = 1_000;

    private final SearchIndex index;
    private final String text;
    private final Set<CodeSystem> systems;
    private final boolean billableOnly;
    private final Set<Kind> kinds;
    private final List<Scope> scopes;
    private final int limit;

    Search(SearchIndex index, String text) {
        this(index, requireNonNull(text, "search text"), Set.of(), false, Set.of(), List.of(), 10);
    }

    private Search(SearchIndex index, String text, Set<CodeSystem> systems, boolean billableOnly, Set<Kind> kinds,
            List<Scope> scopes, int limit) {
        this.index = index;
        this.text = text;
        this.systems = systems;
        this.billableOnly = billableOnly;
        this.kinds = kinds;
        this.scopes = scopes;
        this.limit = limit;
    }

    /**
     * Only these code systems (their latest releases).
     *
     * @throws IllegalArgumentException when the index holds no release of one of them
     */
    public Search in(CodeSystem first, CodeSystem... more) {
        return new Search(index, text, index.systems(first, more), billableOnly, kinds, scopes, limit);
    }

    /** Only codes that may be reported on a claim. */
    public Search billableOnly() {
        return new Search(index, text, systems, true, kinds, scopes, limit);
    }

    /** Only nodes of these kinds. */
    public Search kind(Kind first, Kind... more) {
        return new Search(index, text, systems, billableOnly, Set.copyOf(EnumSet.of(first, more)), scopes, limit);
    }

    /** Only the chapter and the nodes below it: {@code chapter("9")}. */
    public Search chapter(String chapter) {
        return within(chapter, Optional.of(Kind.CHAPTER));
    }

    /** Only the block and the nodes below it: {@code block("I20-I25")}. */
    public Search block(String block) {
        return within(block, Optional.of(Kind.BLOCK));
    }

    /** Only the category and the nodes below it: {@code category("I21")}. */
    public Search category(String category) {
        return within(category, Optional.of(Kind.CATEGORY));
    }

    /** Only the node and the nodes below it, whatever its kind: {@code within("E11.3")}. */
    public Search within(String code) {
        return within(code, Optional.empty());
    }

    private Search within(String code, Optional<Kind> kind) {
        List<Scope> narrowed = new ArrayList<>(scopes);
        narrowed.add(new Scope(requireNonNull(code, "code"), kind));
        return new Search(index, text, systems, billableOnly, kinds, List.copyOf(narrowed), limit);
    }

    /**
     * At most this many hits (default 10).
     *
     * @throws IllegalArgumentException unless 1 &lt;= limit &lt;= {@value #MAX_LIMIT}
     */
    public Search limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a search limit is between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        return new Search(index, text, systems, billableOnly, kinds, scopes, limit);
    }

    /**
     * Runs the search: the best hits first, or none when nothing matches.
     *
     * @throws IllegalArgumentException when a chapter, block or category filter names no such node
     */
    public List<SearchHit> run() {
        return index.run(this);
    }

    String text() {
        return text;
    }

    Set<CodeSystem> systems() {
        return systems;
    }

    boolean isBillableOnly() {
        return billableOnly;
    }

    Set<Kind> kinds() {
        return kinds;
    }

    List<Scope> scopes() {
        return scopes;
    }

    int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "search '" + text + "'" + (systems.isEmpty() ? "" : " in " + systems)
                + (billableOnly ? " billable only" : "") + (kinds.isEmpty() ? "" : " kinds " + kinds)
                + (scopes.isEmpty() ? "" : " within " + scopes) + " limit " + limit;
    }
}
