/**
 * Quizzes for training coders, drawn from one release: start at {@link dev.codebook.quiz.Quiz#builder}, narrow and
 * choose the {@link dev.codebook.quiz.QuestionKinds}, then check answers with {@link dev.codebook.quiz.Quiz#check}.
 * Every right answer and every distractor is checked against the release (and, for rules between codes, against
 * the encounter checks) before it is asked.
 */
package dev.codebook.quiz;
