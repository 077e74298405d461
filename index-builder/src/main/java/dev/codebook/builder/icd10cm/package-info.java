/** Reads an ICD-10-CM release: the Tabular XML (hierarchy, notes, 7th characters) and the order file (billable flags). */
package dev.codebook.builder.icd10cm;
