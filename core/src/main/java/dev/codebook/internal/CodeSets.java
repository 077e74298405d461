package dev.codebook.internal;

import dev.codebook.code.Code;
import dev.codebook.internal.table.CodeTable;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What the packages built on {@code dev.codebook} (encounter checks, quizzes) need of a code set that its API does not
 * show: its code table, its nodes by table position, and values worked out from a release once and kept while it is open, so that they go when it
 * is closed instead of living in a static cache. {@code CodeSet} registers the access when its class initialises; the
 * type parameter keeps this package free of a dependency on {@code dev.codebook}, so the packages stay acyclic.
 */
public final class CodeSets {

    /** The access {@code CodeSet} gives; {@code S} is {@code CodeSet}. */
    public interface Access<S> {

        /** The release's code table; throws {@link IllegalStateException} once its codebook is closed. */
        CodeTable table(S codeSet);

        /** The position of the node {@code input} names, as a user may type it; empty when it names none. */
        OptionalInt position(S codeSet, String input);

        /** The public value of the node at {@code position}, built once and kept. */
        Code code(S codeSet, int position);

        /** The value of {@code type} kept for the release, computed on first use. */
        <T> T derived(S codeSet, Class<T> type, Function<S, T> compute);
    }

    private static volatile Access<?> access;

    private CodeSets() {
    }

    /** Called once, by {@code CodeSet}. */
    public static void register(Access<?> given) {
        access = given;
    }

    /** The access; a code set exists before anything asks, so its class has registered it. */
    @SuppressWarnings("unchecked")
    public static <S> Access<S> access() {
        return (Access<S>) access;
    }
}
