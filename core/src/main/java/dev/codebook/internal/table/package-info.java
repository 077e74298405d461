/**
 * Not API. The index folder's format: the description of the index ({@link dev.codebook.internal.table.IndexMetadata})
 * and the checksummed, memory-mapped code table of each release ({@link dev.codebook.internal.table.CodeTable}, written
 * by {@link dev.codebook.internal.table.TableWriter}). Exported only to the index builder.
 */
package dev.codebook.internal.table;
