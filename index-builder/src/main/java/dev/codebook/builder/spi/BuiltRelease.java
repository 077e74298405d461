package dev.codebook.builder.spi;

import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.internal.table.TableEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One release read from its files: the metadata the index records and its nodes in hierarchy preorder.
 *
 * @param release the release's metadata, with counts and cross-check findings
 * @param entries its nodes, parents before children
 */
public record BuiltRelease(Release release, List<TableEntry> entries) {
    public BuiltRelease {
        entries = List.copyOf(entries);
    }

    /** How many entries of each kind, in hierarchy order, then how many are billable. */
    public static Map<String, Integer> counts(List<TableEntry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            counts.put(kind.label(), 0);
        }
        counts.put("billable", 0);
        for (TableEntry entry : entries) {
            counts.merge(entry.kind().label(), 1, Integer::sum);
            if (entry.billable()) {
                counts.merge("billable", 1, Integer::sum);
            }
        }
        counts.entrySet().removeIf(count -> count.getValue() == 0 && !count.getKey().equals("billable"));
        return counts;
    }
}
