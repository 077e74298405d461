package dev.codebook;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Scope;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.internal.search.SearchIndex;
import dev.codebook.search.SearchHit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
@CheckReturnValue // each method returns a new query: calling one and dropping the result does nothing
public final class Search {

    /** The most hits one search returns. */
    public static final int MAX_LIMIT = 1_000;

    private final Codebook codebook;
    private final String text;
    private final Set<CodeSystem> systems;
    private final boolean billableOnly;
    private final Set<Kind> kinds;
    private final List<Scope> scopes;
    private final int limit;

    Search(Codebook codebook, String text) {
        this(codebook, requireNonNull(text, "search text"), Set.of(), false, Set.of(), List.of(), 10);
    }

    private Search(Codebook codebook, String text, Set<CodeSystem> systems, boolean billableOnly, Set<Kind> kinds,
            List<Scope> scopes, int limit) {
        this.codebook = codebook;
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
        return new Search(codebook, text, codebook.held(first, more), billableOnly, kinds, scopes, limit);
    }

    /** Only codes that may be reported on a claim. */
    public Search billableOnly() {
        return new Search(codebook, text, systems, true, kinds, scopes, limit);
    }

    /** Only nodes of these kinds. */
    public Search kind(Kind first, Kind... more) {
        return new Search(codebook, text, systems, billableOnly, Set.copyOf(EnumSet.of(first, more)), scopes, limit);
    }

    /** Only the chapter and the nodes below it: {@code chapter("9")}. */
    public Search chapter(String chapter) {
        return within(Scope.chapter(chapter));
    }

    /** Only the block and the nodes below it: {@code block("I20-I25")}. */
    public Search block(String block) {
        return within(Scope.block(block));
    }

    /** Only the category and the nodes below it: {@code category("I21")}. */
    public Search category(String category) {
        return within(Scope.category(category));
    }

    /** Only the node and the nodes below it, whatever its kind: {@code within("E11.3")}. */
    public Search within(String code) {
        return within(Scope.within(code));
    }

    /**
     * Only the part of the hierarchy {@code scope} names, in each system searched that holds it; several scopes
     * narrow together. Checked when the search runs.
     */
    public Search within(Scope scope) {
        List<Scope> narrowed = new ArrayList<>(scopes);
        narrowed.add(requireNonNull(scope, "scope"));
        return new Search(codebook, text, systems, billableOnly, kinds, List.copyOf(narrowed), limit);
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
        return new Search(codebook, text, systems, billableOnly, kinds, scopes, limit);
    }

    /**
     * Runs the search: the best hits first, or none when nothing matches.
     *
     * @throws UnknownCodeException     when a chapter, block or category filter names a node no release searched holds
     * @throws IllegalArgumentException when it names a node of another kind (a category given as a block)
     */
    public List<SearchHit> run() {
        List<CodeSet> searched = codebook.latest(systems);
        List<Set<String>> within = new ArrayList<>();
        for (Scope scope : scopes) {
            within.add(nodes(scope, searched));
        }
        return codebook.searchIndex().search(new SearchIndex.Request(text,
                searched.stream().map(CodeSet::release).collect(Collectors.toUnmodifiableSet()), billableOnly, kinds,
                within, limit));
    }

    /**
     * The node the scope names in each release searched, as "system:code". Fails when no release holds it: with an
     * {@link UnknownCodeException} when none has the code, else because a release has it as another kind of node.
     */
    private static Set<String> nodes(Scope scope, List<CodeSet> searched) {
        Set<String> nodes = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        boolean anyHasTheCode = false;
        for (CodeSet set : searched) {
            try {
                nodes.add(set.system().id() + ":" + set.node(scope).code());
            } catch (UnknownCodeException e) {
                problems.add(e.getMessage());
            } catch (IllegalArgumentException e) {
                anyHasTheCode = true;
                problems.add(e.getMessage());
            }
        }
        if (nodes.isEmpty()) {
            String message = "cannot narrow the search to " + scope + ": " + String.join("; ", problems);
            throw anyHasTheCode
                    ? new IllegalArgumentException(message)
                    : new UnknownCodeException(scope.code(), message);
        }
        return nodes;
    }

    @Override
    public String toString() {
        return "search '" + text + "'" + (systems.isEmpty() ? "" : " in " + systems)
                + (billableOnly ? " billable only" : "") + (kinds.isEmpty() ? "" : " kinds " + kinds)
                + (scopes.isEmpty() ? "" : " within " + scopes) + " limit " + limit;
    }
}
