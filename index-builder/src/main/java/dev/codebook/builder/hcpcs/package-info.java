/** Reads a HCPCS Level II release: the annual fixed-width record file, with its dates, actions and modifiers. */
package dev.codebook.builder.hcpcs;
