package dev.codebook;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a code system writes its codes: turns what a user typed into the key a node is found by, or says what was
 * expected. The boundary between untrusted input and the table.
 */
interface CodeSyntax {

    /** The lookup key of {@code input} ("E119" for " e11.9"), or empty when it cannot be a node of the system. */
    Optional<String> key(String input);

    /** One sentence on what a well-formed input looks like, for messages about malformed input. */
    String expected();

    /** Whether a key has the shape of a code, as opposed to a chapter or block. */
    boolean isCodeShaped(String key);

    /** The syntax of a system; systems without rules of their own take any letters and digits. */
    static CodeSyntax of(CodeSystem system) {
        return system.equals(CodeSystem.ICD10CM) ? new Icd10CmSyntax() : new AnyCodeSyntax();
    }

    /** ICD-10-CM: codes like E11.9 (dot optional), chapters by number ("4"), blocks by range ("E08-E13"). */
    final class Icd10CmSyntax implements CodeSyntax {
        private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}");
        private static final Pattern CHAPTER = Pattern.compile("0?[1-9]|[12][0-9]");
        private static final Pattern BLOCK = Pattern.compile("[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]");

        @Override
        public Optional<String> key(String input) {
            String trimmed = input.strip();
            int dot = trimmed.indexOf('.');
            // A dot belongs after the category (E11.9); anywhere else the input is not a code.
            if (dot >= 0 && (dot != 3 || trimmed.indexOf('.', dot + 1) >= 0)) {
                return Optional.empty();
            }
            String key = trimmed.replace(".", "").toUpperCase(java.util.Locale.ROOT);
            if (CODE.matcher(key).matches() || BLOCK.matcher(key).matches()) {
                return Optional.of(key);
            }
            if (CHAPTER.matcher(key).matches()) {
                return Optional.of(String.valueOf(Integer.parseInt(key)));
            }
            return Optional.empty();
        }

        @Override
        public String expected() {
            return "expected an ICD-10-CM code (a letter, a digit, a letter or digit, then up to four letters or "
                    + "digits after an optional dot, like E11.9 or S72.001A), a chapter number (4) or a block (E08-E13)";
        }

        @Override
        public boolean isCodeShaped(String key) {
            return CODE.matcher(key).matches();
        }
    }

    /** Codes of letters and digits, with dots and case ignored: the rule for systems without one of their own. */
    final class AnyCodeSyntax implements CodeSyntax {
        private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

        @Override
        public Optional<String> key(String input) {
            String key = input.strip().replace(".", "").toUpperCase(java.util.Locale.ROOT);
            return CODE.matcher(key).matches() ? Optional.of(key) : Optional.empty();
        }

        @Override
        public String expected() {
            return "expected a code of letters and digits";
        }

        @Override
        public boolean isCodeShaped(String key) {
            return true;
        }
    }
}
