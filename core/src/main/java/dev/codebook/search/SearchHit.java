package dev.codebook.search;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.List;

/**
 * One code search found, best first.
 *
 * @param code       the canonical code ("E11.9")
 * @param system     its code system
 * @param release    the release it comes from
 * @param title      its long title
 * @param kind       where it stands in the hierarchy
 * @param billable   whether it may be reported on a claim as it stands
 * @param score      how well it matched; comparable only within one search
 * @param why        why it matched, most telling first: how the query was read (abbreviation, synonym, spelling
 *                   correction) when it was, then the field of the code that met it
 * @param highlights the words of the matched text (title or inclusion term) that met the query, in order
 */
public record SearchHit(
        String code,
        CodeSystem system,
        String release,
        String title,
        Kind kind,
        boolean billable,
        float score,
        List<Match> why,
        List<String> highlights) {

    public SearchHit {
        requireNonNull(code, "code");
        requireNonNull(system, "system");
        requireNonNull(release, "release");
        requireNonNull(title, "title");
        requireNonNull(kind, "kind");
        why = List.copyOf(why);
        highlights = List.copyOf(highlights);
    }

    @Override
    public String toString() {
        return code + " " + title + " (" + score + ")";
    }
}
