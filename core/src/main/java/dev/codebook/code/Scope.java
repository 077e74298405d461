package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A part of the hierarchy to narrow to: a node and everything below it, named by its code, and, for
 * {@link #chapter}, {@link #block} and {@link #category}, required to be of that kind. The one way code streams,
 * searches and quizzes are narrowed: {@code codes().within(Scope.chapter("4"))}.
 *
 * @param code the node's code as a user writes it ("4", "E08-E13", "E11", "e11.9")
 * @param kind the kind the node must be; empty for any node
 */
public record Scope(String code, Optional<Kind> kind) {

    public Scope {
        requireNonNull(code, "code");
        requireNonNull(kind, "kind");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a scope names a node by its code; got an empty code");
        }
    }

    /** The chapter and the nodes below it: {@code chapter("4")}. */
    public static Scope chapter(String chapter) {
        return new Scope(chapter, Optional.of(Kind.CHAPTER));
    }

    /** The block and the nodes below it: {@code block("E08-E13")}. */
    public static Scope block(String block) {
        return new Scope(block, Optional.of(Kind.BLOCK));
    }

    /** The category and the nodes below it: {@code category("E11")}. */
    public static Scope category(String category) {
        return new Scope(category, Optional.of(Kind.CATEGORY));
    }

    /** The node and the nodes below it, whatever its kind: {@code within("E11.3")}. */
    public static Scope within(String code) {
        return new Scope(code, Optional.empty());
    }

    /** The scope as a coder says it: "chapter '4'", "node 'E11.3'". */
    @Override
    public String toString() {
        return kind.map(Kind::label).orElse("node") + " '" + code + "'";
    }
}
