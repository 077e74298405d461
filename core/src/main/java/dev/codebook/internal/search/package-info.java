/**
 * Not API. The search machinery behind {@link dev.codebook.Search} and {@link dev.codebook.Suggest}: the analysis
 * chain both the builder and the reader use ({@link dev.codebook.internal.search.TextAnalysis},
 * {@link dev.codebook.internal.search.SearchFields}, the curated {@link dev.codebook.internal.search.Vocabulary}), how
 * a query is read ({@link dev.codebook.internal.search.QueryReader}), the entry point that runs, ranks and explains it
 * ({@link dev.codebook.internal.search.SearchIndex}, which names the classes each of those jobs is in), and the
 * writer of the search index ({@link dev.codebook.internal.search.SearchIndexWriter}); and the hook of the optional
 * semantic module, {@link dev.codebook.internal.search.TextEmbedder}, whose vectors the writer stores and search fuses
 * with the lexical hits. Exported only to the index builder and the semantic module.
 */
package dev.codebook.internal.search;
