/** Not API. HCPCS Level II's rules: codes, modifiers and groups, and the dental range CMS leaves out. */
package dev.codebook.internal.system.hcpcs;
