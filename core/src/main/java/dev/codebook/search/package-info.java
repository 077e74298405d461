/**
 * What a search answers: {@link dev.codebook.search.SearchHit}s, each with why it matched
 * ({@link dev.codebook.search.Match}), and {@link dev.codebook.search.Suggestion}s for type-ahead. Searches are built
 * with {@link dev.codebook.Codebook#search} and {@link dev.codebook.Codebook#suggest}.
 */
package dev.codebook.search;
