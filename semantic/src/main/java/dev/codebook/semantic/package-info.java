/**
 * Codebook's optional semantic search: {@link dev.codebook.semantic.MiniLmEmbedder}, the sentence-embedding model
 * core finds with {@link java.util.ServiceLoader} when this module is on the class or module path. With it,
 * {@code codebook build --semantic} stores a vector per node's title in the index, and search over such an index
 * fuses the nearest titles with the lexical hits. Nothing here is called directly.
 */
package dev.codebook.semantic;
