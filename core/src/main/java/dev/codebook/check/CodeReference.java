package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One reference to codes in the text of a Tabular note, as the note writes it: a code ({@code Z79.4}), a code and
 * everything below it ({@code E10.-}), a range ({@code P70-P74}, {@code B27.0-B27.9}), each optionally narrowed by a
 * condition on the characters that follow ({@code E08-E13 with .42}, {@code T36-T50 with fifth or sixth character 5}).
 * A list such as {@code (B56.-, B57.-)} is one reference per item; a condition after a list applies to each item.
 *
 * @param written   the reference in one spelling, for messages: "E10" for E10.-, "E08-E13 with .42"
 * @param first     the first code named, canonical and without the dash: "E08"
 * @param last      the last code named (equal to {@code first} unless a range), canonical: "E13"
 * @param condition the words after "with" that narrow the codes named: ".42", "fifth or sixth character 5"
 */
public record CodeReference(String written, String first, String last, Optional<String> condition) {

    public CodeReference {
        requireNonNull(written, "written");
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        requireNonNull(condition, "condition");
    }
}
