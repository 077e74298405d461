package dev.codebook.search;

/** Why a search hit matched: what in the code, or in the vocabulary, met the query. */
public enum MatchSource {
    /** The query is the code, or the start of it. */
    CODE,
    /** Words of the long title. */
    TITLE,
    /** Words of the short (abbreviated) title. */
    SHORT_TITLE,
    /** Words of an inclusion term or an includes note: a condition the code covers. */
    INCLUSION_TERM,
    /** Words of an ICD-10-PCS Index term that leads to the table, body part or code. */
    INDEX_TERM,
    /** A vocabulary entry read the query's abbreviation as what it stands for. */
    ABBREVIATION,
    /** A vocabulary entry read the query's everyday words as the codes' wording. */
    SYNONYM,
    /** A query word not in any title was read as a known word one or two edits away. */
    SPELLING_CORRECTION,
    /**
     * A compound medical word that no title holds was read by its parts, as a coder reads it: a combining form for
     * the body part and a suffix for the operation ("nephropexy": nephr(o)- kidney, -pexy repair or reposition).
     */
    WORD_PARTS,
    /**
     * A drug name that no title holds was read by the stem of its nonproprietary name as the class the titles name
     * ("amoxicillin": -cillin, penicillins), as a coder finds a drug's class before its poisoning or adverse-effect code.
     */
    DRUG_STEM,
    /**
     * The query names a site that no code of its kind names, so it leads to the residual category for other sites,
     * as a coder reads "other": "Secondary malignant neoplasm of tongue" to "Secondary malignant neoplasm of
     * other specified sites". The match's text says which words no other code names.
     */
    RESIDUAL_CATEGORY,
    /**
     * The long title is close in meaning to the query, whatever its words: the two are near as sentence embeddings.
     * Only with the optional semantic module, over an index built with vectors ({@code codebook build --semantic});
     * the match's text is the title.
     */
    SEMANTIC_SIMILARITY;

    /** Whether the reason comes from interpreting the query rather than from the code's own text. */
    public boolean interpretsQuery() {
        return this == ABBREVIATION || this == SYNONYM || this == SPELLING_CORRECTION || this == WORD_PARTS
                || this == DRUG_STEM || this == RESIDUAL_CATEGORY;
    }
}
