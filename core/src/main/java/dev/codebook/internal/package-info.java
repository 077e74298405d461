/**
 * Not API. The registry of code systems ({@link dev.codebook.internal.Systems}), the writer of a whole index folder
 * ({@link dev.codebook.internal.IndexWriter}, used by the index builder and by core's own tests), and what the
 * packages built on {@code dev.codebook} need of a code set beyond its API ({@link dev.codebook.internal.CodeSets}).
 * Exported only to the index builder.
 */
package dev.codebook.internal;
