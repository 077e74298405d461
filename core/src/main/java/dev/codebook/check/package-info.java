/**
 * Encounter checks: the code combinations that get claims denied, caught before the claim goes out. Start at
 * {@link dev.codebook.check.Checker#of(dev.codebook.Codebook)} and check an {@link dev.codebook.check.Encounter}; the
 * answer is a {@link dev.codebook.check.CheckResult} of {@link dev.codebook.check.Finding}s, each naming its
 * {@link dev.codebook.check.Rule}. {@link dev.codebook.check.NoteReferences} resolves the code references of a
 * release's notes, which the rules apply. The rules themselves are package-private.
 */
package dev.codebook.check;
