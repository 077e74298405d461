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

    // Written out, as the generated equals and hashCode link a chain of method handles on their first call: a cost
    // every command-line search paid, since a search collects its reasons in a set.
    @Override
    public boolean equals(Object other) {
        return other instanceof Match match && source == match.source && text.equals(match.text);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + text.hashCode();
    }
}
