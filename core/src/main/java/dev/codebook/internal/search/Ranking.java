package dev.codebook.internal.search;

/**
 * The weights that rank search hits, tuned on the relevance set in {@code data/relevance}. Scores add up: the text
 * match (BM25 per field, best alternative per query word), exact-title bonuses, then the static rank of the node
 * ({@link SearchFields#prior}), which favours general, common codes.
 */
final class Ranking {

    static final Ranking DEFAULT = new Ranking();

    /** Field weights of a word's match. */
    final float title = 1.0f;
    final float terms = 0.7f;
    final float shortTitle = 0.3f;
    /** Share of the best field's score that each other matching field adds. */
    final float fieldTie = 0.1f;
    /** Weights of alternatives that interpret the query rather than take its words as they are. */
    final float vocabulary = 1.3f;
    final float oneEdit = 0.8f;
    final float twoEdits = 0.6f;
    /** Queries of up to this many needed words are short: the static rank counts fully; less in longer ones. */
    final float generalWords = 3f;
    /** How much a node's static rank counts among hits that match only part of the query. */
    final float partialPrior = 0.25f;
    /** Bonus when the whole query, in any order, is the title or an inclusion term. */
    final float exactTitle = 8f;
    final float exactTerm = 5f;
    /**
     * Bonus, on top of {@link #exactTitle}, when the query says the title's words in the title's order, "with", "not"
     * and "no" included: titles that differ only in those or in their order ("Migraine with aura, intractable, without
     * status migrainosus", "Migraine without aura, intractable, with status migrainosus") have one key, and the query
     * means one of them.
     */
    final float exactWording = 2f;
    /**
     * Bonus when the query says what a title says its code is of, before the title's first "of" ("Benign neoplasm of
     * acoustic nerve" and D33.3 "Benign neoplasm of cranial nerves"), the same for every title of that head: a
     * score by the head's rarity would let a rare generic head ("Other specified diseases of") outweigh the
     * query's own words. Weights 2 and 3 drew generic heads into long descriptions' hits.
     */
    final float sameHead = 1f;

    private Ranking() {
    }
}
