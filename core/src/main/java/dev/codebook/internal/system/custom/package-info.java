/** Not API. The rules of a user's own code sets, loaded from CSV: letters and digits, dots and case ignored. */
package dev.codebook.internal.system.custom;
