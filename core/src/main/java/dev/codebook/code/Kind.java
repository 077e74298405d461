package dev.codebook.code;

import java.util.Locale;

/**
 * Where a node stands in its code system's hierarchy.
 *
 * <p>In ICD-10-CM: a {@link #CHAPTER} holds {@link #BLOCK}s (ranges of categories such as E08-E13, which may nest),
 * a block holds three-character {@link #CATEGORY categories}, and categories are subdivided into
 * {@link #SUBCATEGORY subcategories} down to {@link #CODE codes}. A code is a leaf of the hierarchy: the only kind
 * that may be reported on a claim. A three-character category with no subdivisions (I10) is a code.
 *
 * <p>In ICD-10-PCS the hierarchy follows the first four characters of a code: {@link #SECTION} (0 Medical and
 * Surgical), {@link #BODY_SYSTEM} (0D Gastrointestinal System), {@link #ROOT_OPERATION} (0DT Resection, which with
 * its section and body system names a PCS table), {@link #BODY_PART} (0DTJ Appendix), then the seven-character
 * {@link #CODE}. The levels keep these names in every section, although some sections call the axes otherwise
 * ({@link Code#axes()} gives each section's own axis names).
 *
 * <p>In HCPCS Level II and in a user's own code sets, a {@link #GROUP} gathers codes (HCPCS: the codes of one
 * letter range, such as E0000-E9999 durable medical equipment, and the modifiers); a {@link #MODIFIER} is a HCPCS
 * two-character modifier, reported with a code rather than on its own.
 */
public enum Kind {
    CHAPTER,
    BLOCK,
    CATEGORY,
    SUBCATEGORY,
    SECTION,
    BODY_SYSTEM,
    ROOT_OPERATION,
    BODY_PART,
    GROUP,
    CODE,
    MODIFIER;

    /** The kind in lower case, as it reads in a sentence and in JSON: "subcategory", "root operation". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
