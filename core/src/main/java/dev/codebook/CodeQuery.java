package dev.codebook;

import dev.codebook.table.CodeTable;
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
public final class CodeQuery {

    private final CodeSet codes;
    private final CodeTable table;
    private final int from;
    private final int to;
    private final boolean billableOnly;
    private final Set<Kind> kinds;

    CodeQuery(CodeSet codes, CodeTable table, int from, int to) {
        this(codes, table, from, to, false, EnumSet.allOf(Kind.class));
    }

    private CodeQuery(CodeSet codes, CodeTable table, int from, int to, boolean billableOnly, Set<Kind> kinds) {
        this.codes = codes;
        this.table = table;
        this.from = from;
        this.to = to;
        this.billableOnly = billableOnly;
        this.kinds = kinds;
    }

    /** Only codes that may be reported on a claim. */
    public CodeQuery billableOnly() {
        return new CodeQuery(codes, table, from, to, true, kinds);
    }

    /** Only nodes of these kinds. */
    public CodeQuery kind(Kind first, Kind... more) {
        return new CodeQuery(codes, table, from, to, billableOnly, EnumSet.of(first, more));
    }

    /** Only the chapter and the nodes below it: {@code chapter("4")}. */
    public CodeQuery chapter(String chapter) {
        return under(requireKind(chapter, Kind.CHAPTER));
    }

    /** Only the block and the nodes below it: {@code block("E08-E13")}. */
    public CodeQuery block(String block) {
        return under(requireKind(block, Kind.BLOCK));
    }

    /** Only the node and the nodes below it, whatever its kind: {@code within("E11")}. */
    public CodeQuery within(String code) {
        return under(codes.require(code));
    }

    private int requireKind(String code, Kind kind) {
        int position = codes.require(code);
        if (table.kind(position) != kind) {
            throw new IllegalArgumentException("'" + code + "' is a " + table.kind(position).label()
                    + " of " + codes.release().label() + ", not a " + kind.label());
        }
        return position;
    }

    private CodeQuery under(int position) {
        int start = Math.max(from, position);
        int end = Math.min(to, table.subtreeEnd(position));
        return new CodeQuery(codes, table, start, Math.max(start, end), billableOnly, kinds);
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
