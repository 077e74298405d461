/** Not API. ICD-10-CM's rules: code syntax and its dot, chapters and blocks, the placeholder X, population chapters. */
package dev.codebook.internal.system.icd10cm;
