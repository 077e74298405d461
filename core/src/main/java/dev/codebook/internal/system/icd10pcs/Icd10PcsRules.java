package dev.codebook.internal.system.icd10pcs;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.system.Diagnosis;
import dev.codebook.internal.system.Keys;
import dev.codebook.internal.system.SystemRules;
import dev.codebook.internal.table.CodeTable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ICD-10-PCS: seven characters, each a digit or a letter other than I and O; the first one to four characters name a
 * section, body system, table (root operation) or body part; each table states the values each later character may
 * take.
 */
public final class Icd10PcsRules implements SystemRules {

    private static final Pattern NODE = Pattern.compile("[0-9A-HJ-NP-Z]{1,4}|[0-9A-HJ-NP-Z]{7}");
    private static final Pattern CHARACTERS = Pattern.compile("[0-9A-Z]+");

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10PCS;
    }

    @Override
    public Optional<String> key(String input) {
        String key = Keys.normalised(input);
        return NODE.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    @Override
    public String expected() {
        return "expected an ICD-10-PCS code: 7 characters, each a digit or a letter other than I and O, like "
                + "0DTJ4ZZ (or its first 1 to 4 characters for a section, body system, table or body part)";
    }

    @Override
    public String problem(String input) {
        String key = Keys.normalised(input);
        if (!CHARACTERS.matcher(key).matches()) {
            return "an ICD-10-PCS code has only digits and letters; " + expected();
        }
        for (int at = 0; at < key.length(); at++) {
            char letter = key.charAt(at);
            if (letter == 'I' || letter == 'O') {
                return "ICD-10-PCS never uses the letters I and O (" + letter + " at position " + (at + 1)
                        + "; did you mean " + (letter == 'I' ? '1' : '0') + "?)";
            }
        }
        return "wrong length: " + key.length() + " characters, but an ICD-10-PCS code has 7 (like 0DTJ4ZZ)";
    }

    @Override
    public boolean isCodeShaped(String key) {
        return key.length() == 7;
    }

    @Override
    public Optional<String> lookalike(String typed, String key) {
        return key.length() == 7 && NODE.matcher(key).matches()
                ? Optional.of("this looks like an ICD-10-PCS code (system icd10pcs)")
                : Optional.empty();
    }

    @Override
    public Optional<Diagnosis> misplacedCharacter(CodeTable table, String key) {
        return new TableCharacters(table).misplaced(key);
    }
}
