/**
 * Reads an ICD-10-PCS release: the codes file and addenda, or the tables, definitions and index XML, from which it
 * composes the codes' titles and axis values.
 */
package dev.codebook.builder.icd10pcs;
