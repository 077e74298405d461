package dev.codebook.internal.search;

import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;

/** A node as search reads it: straight from the code table, without gathering notes from above. */
record Node(Release release, CodeTable table, int position) {

    String code() {
        return table.code(position);
    }

    String title() {
        return table.title(position);
    }

    Kind kind() {
        return table.kind(position);
    }

    boolean billable() {
        return table.isBillable(position);
    }
}
