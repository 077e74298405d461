package dev.codebook;

import java.util.Locale;

/**
 * Where a node stands in its code system's hierarchy.
 *
 * <p>In ICD-10-CM: a {@link #CHAPTER} holds {@link #BLOCK}s (ranges of categories such as E08-E13, which may nest),
 * a block holds three-character {@link #CATEGORY categories}, and categories are subdivided into
 * {@link #SUBCATEGORY subcategories} down to {@link #CODE codes}. A code is a leaf of the hierarchy: the only kind
 * that may be reported on a claim. A three-character category with no subdivisions (I10) is a code.
 */
public enum Kind {
    CHAPTER,
    BLOCK,
    CATEGORY,
    SUBCATEGORY,
    CODE;

    /** The kind in lower case, as it reads in a sentence and in JSON: "subcategory". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
