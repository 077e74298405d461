/**
 * Not API. The search machinery behind {@link dev.codebook.Search} and {@link dev.codebook.Suggest}: the analysis
 * chain both the builder and the reader use ({@link dev.codebook.internal.search.TextAnalysis},
 * {@link dev.codebook.internal.search.SearchFields}, the curated {@link dev.codebook.internal.search.Vocabulary}), how
 * a query is read ({@link dev.codebook.internal.search.QueryReader}), ranked and explained
 * ({@link dev.codebook.internal.search.SearchIndex}), and the writer of the search index
 * ({@link dev.codebook.internal.search.SearchIndexWriter}). Exported only to the index builder.
 */
package dev.codebook.internal.search;
