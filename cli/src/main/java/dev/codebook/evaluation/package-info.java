/**
 * Measures search: relevance sets ({@link dev.codebook.evaluation.RelevanceSet}) scored by recall and MRR
 * ({@link dev.codebook.evaluation.Scores}) beside a plain Lucene baseline
 * ({@link dev.codebook.evaluation.BaselineSearch}), and the generator of the sets built from tables nobody here wrote
 * ({@link dev.codebook.evaluation.GeneratedSets}). Used by {@code codebook evaluate} and the benchmarks.
 */
package dev.codebook.evaluation;
