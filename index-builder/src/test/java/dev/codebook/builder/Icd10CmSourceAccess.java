package dev.codebook.builder;

/** The placeholder rule, written out again here so tests check the builder against the rule, not against itself. */
final class Icd10CmSourceAccess {

    private Icd10CmSourceAccess() {
    }

    /** A code padded with the placeholder X to six characters. */
    static String padded(String key) {
        return (key + "XXXXXX").substring(0, Math.max(6, key.length()));
    }
}
