/**
 * Reads a code set of your own (CPT under your AMA licence, a payer's list) from Codebook's CSV format: the same
 * mechanism as the official systems, so it is looked up, validated, navigated and searched like them.
 */
package dev.codebook.builder.custom;
