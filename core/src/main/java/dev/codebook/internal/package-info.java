/**
 * Not API. What the packages built on {@code dev.codebook} need of a code set beyond its API (see
 * {@link dev.codebook.internal.CodeSets}). Not exported.
 */
package dev.codebook.internal;
