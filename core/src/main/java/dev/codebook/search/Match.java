package dev.codebook.search;

import static java.util.Objects.requireNonNull;

/**
 * One reason a hit matched.
 *
 * @param source what met the query
 * @param text   the text that met it: the title or inclusion term, the vocabulary entry ("CHF = congestive heart
 *               failure") or the correction ("pnemonia -> pneumonia")
 */
public record Match(MatchSource source, String text) {
    public Match {
        requireNonNull(source, "source");
        requireNonNull(text, "text");
    }
}
