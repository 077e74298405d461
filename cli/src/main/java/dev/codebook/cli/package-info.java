/**
 * The {@code codebook} command line: {@link dev.codebook.cli.CodebookCommand} is the entry point, one class per
 * command. Answers are printed as text or, with {@code --json}, as the JSON of {@link dev.codebook.json.AnswerJson};
 * exit codes and error messages are part of the contract (README).
 */
package dev.codebook.cli;
