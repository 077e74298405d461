/**
 * The values Codebook answers with: a {@link dev.codebook.code.Code} and its {@link dev.codebook.code.Kind},
 * {@link dev.codebook.code.Note}s, {@link dev.codebook.code.SeventhCharacter}s and ICD-10-PCS
 * {@link dev.codebook.code.Axis} values; a {@link dev.codebook.code.Validation} and its
 * {@link dev.codebook.code.Verdict}; the {@link dev.codebook.code.CodeSystem} and {@link dev.codebook.code.Release};
 * the {@link dev.codebook.code.Scope} that narrows queries; and the exceptions. All immutable; each checks on
 * construction that it does not say two things at once. Nothing here depends on the rest of the library.
 */
package dev.codebook.code;
