/** Not API. ICD-10-PCS's rules: the seven-character syntax, and which character a table does not allow where. */
package dev.codebook.internal.system.icd10pcs;
