/**
 * Builds a Codebook index from the official release files: start at {@link dev.codebook.builder.IndexBuilder}
 * ({@code new IndexBuilder(Progress.silent()).build(sources, folder)}). It recognises each release by its files, reads
 * it with the package of its code system, and writes the code tables and the search index into a staging folder that
 * replaces the index only once complete, so a failed build never damages the last good index.
 */
package dev.codebook.builder;
