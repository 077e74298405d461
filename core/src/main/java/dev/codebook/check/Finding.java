package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with, or to consider about, an encounter.
 *
 * @param rule     the rule that found it
 * @param severity how much it matters
 * @param codes    the codes involved, canonical where the release holds them, else as written
 * @param message  one or two sentences a biller understands: what is wrong, why, and what to do
 * @param source   the node whose note states the rule ("E11" for its Excludes1 note, "15" for chapter 15's note);
 *                 empty for rules no note states (a duplicate, an unknown code)
 */
public record Finding(Rule rule, Severity severity, List<String> codes, String message, Optional<String> source) {

    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        codes = List.copyOf(codes);
        requireNonNull(message, "message");
        requireNonNull(source, "source");
    }
}
