package dev.codebook.search;

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
    /** Words of title and terms as spelt (unstemmed), unscored: the dictionary spelling correction draws on. */
    public static final String DICTIONARY = "dictionary";
    /** {@link TextAnalysis#keys} of the long title, for exact title matches in any word order. */
    public static final String TITLE_KEY = "titleKey";
    /** {@link TextAnalysis#keys} of each inclusion term. */
    public static final String TERM_KEY = "termKey";
    /** Leading parts of the title's words, analyzed by {@link TextAnalysis#indexPrefixes()}, for type-ahead. */
    public static final String PREFIXES = "prefixes";
    /** Static features of the node (a Lucene FeatureField), which rank general, common codes first. */
    public static final String FEATURES = "features";

    /** Feature: 1 + ln(1 + number of nodes below): families with many members are the ones people mean. */
    public static final String BREADTH = "breadth";
    /** Feature: 2 / (1 + number of nodes above): a three-character code such as I10 is more general than I27.20. */
    public static final String SHALLOW = "shallow";
    /** Feature: present (1) when the title says the node is the unspecified or uncomplicated member of its family. */
    public static final String GENERAL = "general";
    /** Feature: present (1) on every node except 7th-character codes of a later encounter or sequela. */
    public static final String FIRST_ENCOUNTER = "firstEncounter";
    /** Feature: present (1) on nodes that apply to anyone, not only to a population such as mothers or newborns. */
    public static final String ANY_POPULATION = "anyPopulation";
    /** Feature: 1 / number of title words, so short titles lead among completions. */
    public static final String BREVITY = "brevity";

    private SearchFields() {
    }
}
