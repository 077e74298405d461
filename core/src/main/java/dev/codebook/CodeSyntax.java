package dev.codebook;

import dev.codebook.code.CodeSystem;
import java.util.Locale;
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

    /** What is wrong with an input {@link #key} refused, as specifically as the system's rules allow. */
    default String problem(String input) {
        return expected();
    }

    /** The syntax of a system; systems without rules of their own take any letters and digits. */
    static CodeSyntax of(CodeSystem system) {
        return switch (system.id()) {
            case "icd10cm" -> new Icd10CmSyntax();
            case "icd10pcs" -> new Icd10PcsSyntax();
            case "hcpcs" -> new HcpcsSyntax();
            default -> new AnyCodeSyntax();
        };
    }

    /**
     * Another system whose codes look like {@code input}, which {@code asked} cannot read: a hint for a code given
     * to the wrong system ("this looks like an ICD-10-PCS code (system icd10pcs)"), or empty.
     */
    static Optional<String> lookalike(String input, CodeSystem asked) {
        String key = withoutSpaces(input).replace(".", "").toUpperCase(Locale.ROOT);
        if (!asked.equals(CodeSystem.ICD10PCS) && key.length() == 7 && Icd10PcsSyntax.NODE.matcher(key).matches()) {
            return Optional.of("this looks like an ICD-10-PCS code (system icd10pcs)");
        }
        if (!asked.equals(CodeSystem.ICD10CM) && new Icd10CmSyntax().isCodeShaped(key)
                && looksDiagnostic(withoutSpaces(input), key)) {
            return Optional.of("this looks like an ICD-10-CM code (system icd10cm)");
        }
        if (!asked.equals(CodeSystem.HCPCS) && HcpcsSyntax.CODE.matcher(key).matches()) {
            return Optional.of("this looks like a HCPCS Level II code (system hcpcs)");
        }
        if (CPT.matcher(key).matches()) {
            return Optional.of("this looks like a CPT code (HCPCS Level I), which the AMA licenses and no index "
                    + "ships: load your own CPT file as a code set of your own (see the README)");
        }
        return Optional.empty();
    }

    /**
     * Whether an ICD-10-CM-shaped input reads as a diagnosis rather than a mistyped code of a letter and digits
     * (E013 may be a HCPCS code short of a digit): it has the dot after the category, is a bare category, or has a
     * letter past its first character (S72001A, T360X1A).
     */
    private static boolean looksDiagnostic(String typed, String key) {
        return typed.indexOf('.') == 3 || key.length() == 3 || key.substring(1).chars().anyMatch(Character::isLetter);
    }

    /** Five digits, or four and a category II, III or PLA letter: 99213, 0001F, 0042T, 0001U. */
    Pattern CPT = Pattern.compile("[0-9]{5}|[0-9]{4}[FTU]");

    /** The input without any blank, in or around it: "E11 .9" and "0DT J4ZZ" are codes mistyped, not other input. */
    static String withoutSpaces(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (Character.isWhitespace(input.charAt(i))) {
                StringBuilder kept = new StringBuilder(input.length());
                input.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
                return kept.toString();
            }
        }
        return input;
    }

    private static String normalised(String input) {
        return withoutSpaces(input).toUpperCase(Locale.ROOT);
    }

    /**
     * ICD-10-PCS: seven characters, each a digit or a letter other than I and O; the first one to four characters
     * name a section, body system, root operation (a table) or body part.
     */
    final class Icd10PcsSyntax implements CodeSyntax {
        private static final Pattern NODE = Pattern.compile("[0-9A-HJ-NP-Z]{1,4}|[0-9A-HJ-NP-Z]{7}");
        private static final Pattern CHARACTERS = Pattern.compile("[0-9A-Z]+");

        @Override
        public Optional<String> key(String input) {
            String key = normalised(input);
            return NODE.matcher(key).matches() ? Optional.of(key) : Optional.empty();
        }

        @Override
        public String expected() {
            return "expected an ICD-10-PCS code: 7 characters, each a digit or a letter other than I and O, like "
                    + "0DTJ4ZZ (or its first 1 to 4 characters for a section, body system, table or body part)";
        }

        @Override
        public String problem(String input) {
            String key = normalised(input);
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
    }

    /**
     * HCPCS Level II: codes of a letter and four digits (E0130), two-character modifiers (LT), and the groups of the
     * hierarchy: letter ranges (E0000-E9999) and "modifiers".
     */
    final class HcpcsSyntax implements CodeSyntax {
        private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");
        private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
        private static final Pattern GROUP = Pattern.compile("[A-Z][0-9]{4}-[A-Z][0-9]{4}|MODIFIERS");

        @Override
        public Optional<String> key(String input) {
            String key = normalised(input);
            return CODE.matcher(key).matches() || MODIFIER.matcher(key).matches() || GROUP.matcher(key).matches()
                    ? Optional.of(key)
                    : Optional.empty();
        }

        @Override
        public String expected() {
            return "expected a HCPCS Level II code (a letter and four digits, like E0130), a modifier (two letters or "
                    + "digits, like LT) or a group (a range like E0000-E9999, or modifiers)";
        }

        @Override
        public boolean isCodeShaped(String key) {
            return CODE.matcher(key).matches() || MODIFIER.matcher(key).matches();
        }
    }

    /**
     * ICD-10-CM: codes like E11.9 (dot optional), chapters by number ("4"), blocks by range ("E08-E13"). The shapes are
     * checked character by character rather than with regular expressions: every lookup passes through here.
     */
    final class Icd10CmSyntax implements CodeSyntax {

        @Override
        public Optional<String> key(String input) {
            String trimmed = withoutSpaces(input);
            int dot = trimmed.indexOf('.');
            // A dot belongs after the category (E11.9); anywhere else the input is not a code.
            if (dot >= 0 && (dot != 3 || trimmed.indexOf('.', dot + 1) >= 0)) {
                return Optional.empty();
            }
            String key = (dot >= 0 ? trimmed.substring(0, 3) + trimmed.substring(4) : trimmed)
                    .toUpperCase(Locale.ROOT);
            if (isCodeShaped(key) || isBlock(key)) {
                return Optional.of(key);
            }
            if (isChapter(key)) {
                return Optional.of(String.valueOf(Integer.parseInt(key)));
            }
            return Optional.empty();
        }

        @Override
        public String expected() {
            return "expected an ICD-10-CM code (a letter, a digit, a letter or digit, then up to four letters or "
                    + "digits after an optional dot, like E11.9 or S72.001A), a chapter number (4) or a block (E08-E13)";
        }

        /** A letter, a digit, a letter or digit, then up to four letters or digits: E11, E119, S72001A. */
        @Override
        public boolean isCodeShaped(String key) {
            int length = key.length();
            if (length < 3 || length > 7 || !isCategory(key, 0)) {
                return false;
            }
            for (int i = 3; i < length; i++) {
                if (!isLetterOrDigit(key.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Two categories joined by a hyphen: E08-E13. */
        private static boolean isBlock(String key) {
            return key.length() == 7 && isCategory(key, 0) && key.charAt(3) == '-' && isCategory(key, 4);
        }

        /** 1 to 29, with or without a leading zero below 10. */
        private static boolean isChapter(String key) {
            return switch (key.length()) {
                case 1 -> key.charAt(0) >= '1' && key.charAt(0) <= '9';
                case 2 -> key.charAt(0) == '0' ? key.charAt(1) >= '1' && key.charAt(1) <= '9'
                        : (key.charAt(0) == '1' || key.charAt(0) == '2') && isDigit(key.charAt(1));
                default -> false;
            };
        }

        private static boolean isCategory(String key, int at) {
            return isLetter(key.charAt(at)) && isDigit(key.charAt(at + 1)) && isLetterOrDigit(key.charAt(at + 2));
        }

        private static boolean isLetter(char c) {
            return c >= 'A' && c <= 'Z';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLetterOrDigit(char c) {
            return isLetter(c) || isDigit(c);
        }
    }

    /** Codes of letters and digits, with dots and case ignored: the rule for systems without one of their own. */
    final class AnyCodeSyntax implements CodeSyntax {
        private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

        @Override
        public Optional<String> key(String input) {
            String key = withoutSpaces(input).replace(".", "").toUpperCase(Locale.ROOT);
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
