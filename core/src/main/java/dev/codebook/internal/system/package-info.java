/**
 * Not API. The rules of each code system, one package per system below this one ({@code icd10cm}, {@code icd10pcs},
 * {@code hcpcs}, and {@code custom} for a user's own code sets), behind {@link dev.codebook.internal.system.SystemRules}.
 * Start at {@code dev.codebook.internal.Systems}, which registers them.
 */
package dev.codebook.internal.system;
