/** The JSON of every answer, written the same by the command line and the server: {@link dev.codebook.json.AnswerJson}. */
package dev.codebook.json;
