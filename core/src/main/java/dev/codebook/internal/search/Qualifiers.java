package dev.codebook.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a query's words as coders read a classification's wording: some words qualify the condition rather than name
 * it, and a code that lacks them may still be what is meant. Such words are optional: they count towards a hit's
 * score where a code has them, but no hit needs them. Optional are words in parentheses and square brackets
 * (nonessential modifiers, other names), "other" and "other specified", "unspecified" (but not in "unspecified
 * behavior", the neoplasm category), "not otherwise specified" (read
 * as "unspecified") and "NOS", "NEC" and "not elsewhere classified" (read as "other", as the titles say it), what
 * follows "without mention of" or "with or without", the 7th-character wording ("initial encounter", "subsequent
 * encounter for fracture with routine healing", "sequela") and laterality ("left", "right", "bilateral").
 */
final class Qualifiers {

    /** Rewrites, in order, each qualifier into parentheses (optional) in the wording the titles use. */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("\\bnot elsewhere classified\\b", "(other)"),
            new Rewrite("\\bNEC\\b", "(NEC other)"),
            new Rewrite("\\bnot otherwise specified\\b", "(unspecified)"),
            new Rewrite("\\bNOS\\b", "(NOS)"),
            new Rewrite("\\bother specified\\b|\\bother\\b", "(other)"),
            // "Neoplasm of unspecified behavior" names a category (D49), as "uncertain behavior" names another (D48).
            new Rewrite("\\bunspecified\\b(?! behaviou?r)|\\bnot specified\\b", "(unspecified)"),
            new Rewrite("\\bwithout mention of ([^,;.()\\[\\]]*)", "(without $1)"),
            new Rewrite("\\bwith or without ([^,;.()\\[\\]]*)", "($1)"),
            new Rewrite("\\b(initial|subsequent) encounter\\b( for (open|closed) fracture)?"
                    + "( type [ivx]+[abc]?( or [ivx]+[abc]?)*)?", "($0)"),
            new Rewrite("\\bwith (routine|delayed) healing\\b|\\bwith (nonunion|malunion)\\b|\\bsequelae?\\b", "($0)"),
            new Rewrite("\\b(left|right|bilateral|unilateral)\\b", "($1)"));

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }
    }

    /** A word of the query, lower-cased and unstemmed, and whether a hit may lack it. */
    record Word(String text, boolean optional) {
    }

    private Qualifiers() {
    }

    /**
     * The words of {@code text} in order, each once: a word said both as a qualifier and plainly is not optional.
     * When every word is optional ("left", "other"), none is.
     */
    static List<Word> read(String text) {
        String rewritten = text;
        for (Rewrite rewrite : REWRITES) {
            rewritten = rewrite.pattern().matcher(rewritten).replaceAll(rewrite.replacement());
        }
        boolean[] enclosed = enclosed(rewritten);
        Map<String, Boolean> optional = new LinkedHashMap<>();
        for (TextAnalysis.Token token : TextAnalysis.wordTokens(rewritten)) {
            optional.merge(token.term(), enclosed[token.start()], Boolean::logicalAnd);
        }
        boolean allOptional = !optional.containsValue(false);
        List<Word> words = new ArrayList<>(optional.size());
        optional.forEach((word, isOptional) -> words.add(new Word(word, isOptional && !allOptional)));
        return words;
    }

    /** For each character, whether it stands inside parentheses or square brackets, at any depth. */
    private static boolean[] enclosed(String text) {
        boolean[] enclosed = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            enclosed[i] = depth > 0;
        }
        return enclosed;
    }
}
