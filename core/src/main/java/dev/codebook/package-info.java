/**
 * The entry point: {@link dev.codebook.Codebook#open} opens an index, {@link dev.codebook.CodeSet} is one release of
 * one code system (lookup, validation, navigation), and {@link dev.codebook.CodeQuery}, {@link dev.codebook.Search} and
 * {@link dev.codebook.Suggest} are the fluent queries over them. What they answer with lives in
 * {@link dev.codebook.code}.
 *
 * <p>Null policy, for every public method of the library: a null argument throws {@link NullPointerException} naming
 * the parameter; no method returns null (absence is an empty {@link java.util.Optional} or an empty collection).
 */
package dev.codebook;
