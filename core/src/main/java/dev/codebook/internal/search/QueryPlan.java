package dev.codebook.internal.search;

import dev.codebook.search.Match;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How search reads one query: a slot for each word or vocabulary phrase, each slot with the alternative terms that
 * may fill it (the user's own words, what an abbreviation or everyday phrase stands for, spelling corrections).
 *
 * @param slots      the words and phrases, in query order
 * @param literalKey the {@link TextAnalysis#key key} of the query as typed, before its qualifiers were read: a title
 *                   or inclusion term with it says exactly what the user said ("Deep vein thrombosis NOS")
 * @param wordingKey the {@link TextAnalysis#wordingKey wording key} of the query as typed: of titles with its key,
 *                   the one with this says "with" and "not" where the user did
 * @param headKey    the {@link TextAnalysis#headKey head key} of the query as typed: titles with the same head say
 *                   what the user said the code is of ("Benign neoplasm of ...")
 * @param splits     the ways the query as typed reads as "what of where" ({@link TextAnalysis#splits}), for the
 *                   residual category of what when no code names where
 */
record QueryPlan(List<Slot> slots, String literalKey, String wordingKey, String headKey,
        List<TextAnalysis.Split> splits) {

    /** At most this many readings of the whole query are tried as exact title matches. */
    private static final int MAX_READINGS = 4;

    QueryPlan {
        slots = List.copyOf(slots);
        splits = List.copyOf(splits);
    }

    /**
     * One way to fill a slot.
     *
     * @param terms   the stemmed terms, all of which must match
     * @param readings how the query was interpreted to get them; empty for the user's own words
     * @param weight   how much a match through this alternative counts
     */
    record Alternative(List<String> terms, List<Match> readings, float weight) {
        Alternative {
            terms = List.copyOf(terms);
            readings = List.copyOf(readings);
        }
    }

    /**
     * A word or phrase of the query, and what may stand for it.
     *
     * @param optional whether a hit may lack it: a qualifier such as "unspecified" or a word in parentheses
     */
    record Slot(List<Alternative> alternatives, boolean optional) {
        /**
         * Alternatives that look for the same terms are one: two vocabulary wordings often analyse alike ("calculus
         * of kidney", "kidney calculus"), and each would cost the search its clauses again. The first keeps its
         * place and readings (what explaining a hit reports) and takes the highest weight (what the best of them
         * scores).
         */
        Slot {
            Map<List<String>, Alternative> byTerms = new LinkedHashMap<>();
            for (Alternative alternative : alternatives) {
                byTerms.merge(alternative.terms(), alternative, (first, same) -> new Alternative(first.terms(),
                        first.readings(), Math.max(first.weight(), same.weight())));
            }
            alternatives = List.copyOf(byTerms.values());
        }
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /** Every term any alternative looks for: what highlighting marks. */
    Set<String> allTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (Slot slot : slots) {
            for (Alternative alternative : slot.alternatives()) {
                terms.addAll(alternative.terms());
            }
        }
        return terms;
    }

    /**
     * The {@link TextAnalysis#key keys} of the whole query under each combination of alternatives, at most
     * {@value #MAX_READINGS}, and the key of the query as typed: a title with one of these keys says exactly what the
     * user said.
     */
    List<String> keys() {
        List<TreeSet<String>> readings = new ArrayList<>();
        readings.add(new TreeSet<>());
        for (Slot slot : slots) {
            List<TreeSet<String>> next = new ArrayList<>();
            for (TreeSet<String> reading : readings) {
                for (Alternative alternative : slot.alternatives()) {
                    if (next.size() < MAX_READINGS) {
                        TreeSet<String> extended = new TreeSet<>(reading);
                        extended.addAll(alternative.terms());
                        next.add(extended);
                    }
                }
            }
            readings = next;
        }
        List<String> keys = new ArrayList<>();
        if (!literalKey.isEmpty()) {
            keys.add(literalKey);
        }
        readings.forEach(terms -> keys.add(String.join(" ", terms)));
        return keys.stream().distinct().toList();
    }
}
