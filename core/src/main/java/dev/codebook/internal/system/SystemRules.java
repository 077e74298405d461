package dev.codebook.internal.system;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.table.CodeTable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of one code system, in one place: how its codes are written and normalised, what a malformed or unknown
 * input is told, how its codes look to the other systems, and the facts search ranks by. Each system has its own
 * package below this one, registered by a line in {@code dev.codebook.internal.Systems}; a user's own code set (a CSV
 * file) gets the general rules of the {@code custom} package through the same mechanism. The boundary between
 * untrusted input and the table: everything a user types passes {@link #key} before a table sees it.
 */
public interface SystemRules {

    /** The system these rules are of. */
    CodeSystem system();

    /** The lookup key of {@code input} ("E119" for " e11.9"), or empty when it cannot be a node of the system. */
    Optional<String> key(String input);

    /** One sentence on what a well-formed input looks like, for messages about malformed input. */
    String expected();

    /** What is wrong with an input {@link #key} refused, as specifically as the system's rules allow. */
    default String problem(String input) {
        return expected();
    }

    /** Whether a key has the shape of a code, as opposed to a chapter, block or group. */
    boolean isCodeShaped(String key);

    /** A key written as the system writes codes, for inputs that name no node: "T36.01A" for T3601A. */
    default String written(String key) {
        return key;
    }

    /**
     * A hint for input given to another system that reads as one of this system's codes ("this looks like an
     * ICD-10-PCS code (system icd10pcs)"), or empty.
     *
     * @param typed the input without blanks, as typed
     * @param key   the same without dots, in upper case
     */
    default Optional<String> lookalike(String typed, String key) {
        return Optional.empty();
    }

    /**
     * The keys an unknown key may stand for with the characters a coder may leave out put back (ICD-10-CM's
     * placeholder X: T36.01A is T36.0X1A), in the order to try them; empty for systems without such characters.
     */
    default List<String> placeholderForms(String key) {
        return List.of();
    }

    /**
     * Which character of an unknown key is not valid where it stands, when the system defines the values each
     * position may take (the tables of ICD-10-PCS); empty otherwise or when every character is valid.
     */
    default Optional<Diagnosis> misplacedCharacter(CodeTable table, String key) {
        return Optional.empty();
    }

    /**
     * What the system's rules add to "X is not in the release" for an unknown code-shaped key ("no category starts
     * E1Z"; "D codes are dental procedure codes"), or empty.
     *
     * @param knownPrefix whether a shorter prefix of the key is a node of the release
     */
    default Optional<String> whyUnknown(String key, boolean knownPrefix) {
        return Optional.empty();
    }

    /**
     * The chapters whose codes apply to one population only (ICD-10-CM's pregnancy and perinatal chapters), which
     * search ranks below codes for everyone: a query that does not say so rarely means them.
     */
    default Set<String> populationChapters() {
        return Set.of();
    }
}
