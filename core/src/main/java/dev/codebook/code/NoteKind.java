package dev.codebook.code;

/**
 * The instructional notes of the ICD-10-CM Tabular List, and the ICD-10-PCS Index terms that lead to a node.
 *
 * <p>All but inclusion terms and index terms apply to every code below the node that states them: an Excludes1 note
 * at a category holds for each of its codes. Inclusion terms name conditions classified to that one node, and so to
 * the codes the Tabular generates from it with a 7th character; an index term is a word coders look up that the PCS
 * Index leads to that table, body part or code. Of the 7th-character instructions only the nearest applies: that of
 * the 7th-character definition in force.
 */
public enum NoteKind {
    INCLUSION_TERM("inclusionTerm", "Inclusion term", false),
    INCLUDES("includes", "Includes", true),
    EXCLUDES1("excludes1", "Excludes1", true),
    EXCLUDES2("excludes2", "Excludes2", true),
    CODE_FIRST("codeFirst", "Code first", true),
    USE_ADDITIONAL_CODE("useAdditionalCode", "Use additional code", true),
    CODE_ALSO("codeAlso", "Code also", true),
    NOTE("notes", "Note", true),
    SEVENTH_CHARACTER_NOTE("sevenChrNote", "7th character", true),
    /** An ICD-10-PCS Index term leading here ("Abdominohysterectomy" at 0UT9); last, as code tables store ordinals. */
    INDEX_TERM("indexTerm", "Index", false);

    private final String element;
    private final String heading;
    private final boolean inherited;

    NoteKind(String element, String heading, boolean inherited) {
        this.element = element;
        this.heading = heading;
        this.inherited = inherited;
    }

    /** The name of the note's element in the Tabular XML: "useAdditionalCode". */
    public String element() {
        return element;
    }

    /** The heading the Tabular List prints above such notes: "Excludes1". */
    public String heading() {
        return heading;
    }

    /** Whether the note applies to the codes below the node that states it. */
    public boolean inherited() {
        return inherited;
    }
}
