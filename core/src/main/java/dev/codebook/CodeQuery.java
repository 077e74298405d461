package dev.codebook;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Scope;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.internal.table.CodeTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A filter over the nodes of a release, built fluently and read as a stream:
 * {@code codebook.icd10cm().codes().chapter("4").billableOnly().stream()}.
 *
 * <p>Each method returns a new query; a query is immutable and may be reused.
 */
@CheckReturnValue // each method returns a new query: calling one and dropping the result does nothing
public final class CodeQuery {

    private final CodeSet codes;
    private final int from;
    private final int to;
    private final boolean billableOnly;
    private final Set<Kind> kinds;

    CodeQuery(CodeSet codes, int from, int to) {
        this(codes, from, to, false, EnumSet.allOf(Kind.class));
    }

    private CodeQuery(CodeSet codes, int from, int to, boolean billableOnly, Set<Kind> kinds) {
        this.codes = codes;
        this.from = from;
        this.to = to;
        this.billableOnly = billableOnly;
        this.kinds = kinds;
    }

    /** Only codes that may be reported on a claim. */
    public CodeQuery billableOnly() {
        return new CodeQuery(codes, from, to, true, kinds);
    }

    /** Only nodes of these kinds. */
    public CodeQuery kind(Kind first, Kind... more) {
        return new CodeQuery(codes, from, to, billableOnly, EnumSet.of(first, more));
    }

    /** Only the chapter and the nodes below it: {@code chapter("4")}. */
    public CodeQuery chapter(String chapter) {
        return within(Scope.chapter(chapter));
    }

    /** Only the block and the nodes below it: {@code block("E08-E13")}. */
    public CodeQuery block(String block) {
        return within(Scope.block(block));
    }

    /** Only the category and the nodes below it: {@code category("E11")}. */
    public CodeQuery category(String category) {
        return within(Scope.category(category));
    }

    /** Only the node and the nodes below it, whatever its kind: {@code within("E11")}. */
    public CodeQuery within(String code) {
        return within(Scope.within(code));
    }

    /**
     * Only the part of the hierarchy {@code scope} names.
     *
     * @throws UnknownCodeException     when the release has no such node
     * @throws IllegalArgumentException when the node is not of the kind the scope requires
     */
    public CodeQuery within(Scope scope) {
        return under(codes.position(scope));
    }

    private CodeQuery under(int position) {
        int start = Math.max(from, position);
        int end = Math.min(to, codes.table().subtreeEnd(position));
        return new CodeQuery(codes, start, Math.max(start, end), billableOnly, kinds);
    }

    /** The matching nodes, in code order. */
    public Stream<Code> stream() {
        return positions().mapToObj(codes::codeAt);
    }

    /** The matching nodes, in code order. */
    public List<Code> toList() {
        return stream().toList();
    }

    /** How many nodes match, without building them. */
    public long count() {
        return positions().count();
    }

    private IntStream positions() {
        CodeTable table = codes.table();
        IntStream positions = IntStream.range(from, to);
        if (billableOnly) {
            positions = positions.filter(table::isBillable);
        }
        if (kinds.size() < Kind.values().length) {
            positions = positions.filter(p -> kinds.contains(table.kind(p)));
        }
        return positions;
    }
}
