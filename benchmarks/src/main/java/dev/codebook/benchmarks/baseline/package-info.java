/** The plain baselines search is measured against: a substring scan of titles and plain Lucene BM25 over them. */
package dev.codebook.benchmarks.baseline;
