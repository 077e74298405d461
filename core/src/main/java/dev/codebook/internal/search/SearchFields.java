package dev.codebook.internal.search;

import java.util.List;

/**
 * The fields of the Lucene documents search runs on, one document per node of each release; the index builder
 * writes them and search reads them.
 */
public final class SearchFields {

    /** Code system id; indexed and doc values. */
    public static final String SYSTEM = "system";
    /** Release version; indexed and doc values. */
    public static final String RELEASE = "release";
    /** Canonical code ("E11.9"); indexed, stored and doc values. */
    public static final String CODE = "code";
    /** Lookup key of the code ("E119"), for exact and prefix lookup of code-like queries. */
    public static final String KEY = "key";
    /** The node's position in its release's code table (doc values), so that search need not look each code up. */
    public static final String POSITION = "position";
    /** Length of the key, as doc values: shorter codes come first among prefix matches. */
    public static final String KEY_LENGTH = "keyLength";
    /** Kind label ("category"). */
    public static final String KIND = "kind";
    /** "true" for billable codes. */
    public static final String BILLABLE = "billable";
    /** The node and each node above it, as "system:code", for chapter, block and category filters. */
    public static final String WITHIN = "within";
    /** Long title, analyzed by {@link TextAnalysis#indexWords()}. */
    public static final String TITLE = "title";
    /** Short title, analyzed likewise. */
    public static final String SHORT_TITLE = "shortTitle";
    /** Inclusion terms and includes notes, analyzed likewise. */
    public static final String TERMS = "terms";
    /** The fields a word of a query is matched in ({@link Clauses}), each weighted by {@link Ranking}. */
    static final List<String> DESCRIPTIONS = List.of(TITLE, TERMS, SHORT_TITLE);
    /** Words of title and terms as spelt (unstemmed), unscored: the dictionary spelling correction draws on. */
    public static final String DICTIONARY = "dictionary";
    /** {@link TextAnalysis#keys} of the long title, for exact title matches in any word order. */
    public static final String TITLE_KEY = "titleKey";
    /** {@link TextAnalysis#wordingKey} of the long title: its words in order, "with", "not" and "no" included. */
    public static final String TITLE_WORDING = "titleWording";
    /** {@link TextAnalysis#headKey} of the long title, when it has one: what the title says its code is of. */
    public static final String TITLE_HEAD = "titleHead";

    /**
     * For a residual title ("Cellulitis of other sites"), the {@link TextAnalysis#key key} of what it is the residual
     * of ("cellulitis"): where a code for the sites no other title names is found.
     */
    public static final String RESIDUAL_OF = "residualOf";
    /** {@link TextAnalysis#keys} of each inclusion term. */
    public static final String TERM_KEY = "termKey";
    /** Leading parts of the title's words, analyzed by {@link TextAnalysis#indexPrefixes()}, for type-ahead. */
    public static final String PREFIXES = "prefixes";
    /**
     * The unit-length sentence embedding of the node's long title (a Lucene KNN vector field, dot product), in an
     * index built with vectors, for the systems {@link #VECTOR_SYSTEMS} names; {@link #VECTOR_MODEL} and
     * {@link #VECTOR_DIMENSION} say whose.
     */
    public static final String VECTOR = "vector";
    /** Commit user data: the {@link TextEmbedder#model() model} that wrote the vectors; absent without vectors. */
    public static final String VECTOR_MODEL = "codebook.vectors.model";
    /** Commit user data: the length of the vectors. */
    public static final String VECTOR_DIMENSION = "codebook.vectors.dimension";
    /** Commit user data: the ids of the code systems whose nodes have vectors, comma-separated. */
    public static final String VECTOR_SYSTEMS = "codebook.vectors.systems";
    /** Static features of the node (a Lucene FeatureField), which rank general, common codes first. */
    public static final String FEATURES = "features";

    /**
     * Feature: the static rank of a node, {@link #prior}: how likely it is what a short, general query means,
     * whatever the query. Search reads it into memory once and adds it to each hit's text score (RankedHits).
     */
    public static final String PRIOR = "prior";
    /** Feature: the static rank of a node among completions, {@link #suggestPrior}. */
    public static final String SUGGEST_PRIOR = "suggestPrior";

    private static final float BREADTH = 0.3f;
    private static final float SHALLOW = 1f;
    private static final float GENERAL = 1f;
    private static final float FIRST_ENCOUNTER = 1f;
    private static final float ANY_POPULATION = 2f;
    private static final float SUGGEST_BREVITY = 4f;
    private static final float SUGGEST_BREADTH = 1f;

    /**
     * The static rank of a node for search, weights tuned on the relevance set in {@code data/relevance}: families
     * with many members are what people mean (breadth); a three-character code such as I10 is more general than
     * I27.20 (shallow); titles that say "unspecified" or "without complications" name a family's general member;
     * 7th-character codes of a later encounter or sequela are rarely meant; nor are codes that apply only to a
     * population such as mothers or newborns.
     *
     * @param descendants    the number of nodes below
     * @param ancestors      the number of nodes above
     * @param general        whether the title marks the general member of a family
     * @param firstEncounter false only for 7th-character codes other than the first character (A)
     * @param anyPopulation  false for codes of a population chapter
     */
    public static float prior(int descendants, int ancestors, boolean general, boolean firstEncounter,
            boolean anyPopulation) {
        return BREADTH * (1 + (float) Math.log1p(descendants))
                + SHALLOW * 2f / (1 + ancestors)
                + (general ? GENERAL : 0)
                + (firstEncounter ? FIRST_ENCOUNTER : 0)
                + (anyPopulation ? ANY_POPULATION : 0);
    }

    /** The static rank of a node among completions: short titles and large families first. */
    public static float suggestPrior(int descendants, int titleWords) {
        return SUGGEST_BREVITY / Math.max(1, titleWords) + SUGGEST_BREADTH * (1 + (float) Math.log1p(descendants));
    }

    private SearchFields() {
    }
}
