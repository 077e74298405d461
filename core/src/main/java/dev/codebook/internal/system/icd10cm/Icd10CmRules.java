package dev.codebook.internal.system.icd10cm;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.system.Keys;
import dev.codebook.internal.system.SystemRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ICD-10-CM: codes like E11.9 (dot optional), chapters by number ("4"), blocks by range ("E08-E13"); the placeholder
 * X; the pregnancy and perinatal chapters. The shapes are checked character by character rather than with regular
 * expressions: every lookup passes through here.
 */
public final class Icd10CmRules implements SystemRules {

    /** Chapter 15 (pregnancy, childbirth and the puerperium) and 16 (the perinatal period). */
    private static final Set<String> POPULATION_CHAPTERS = Set.of("15", "16");

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10CM;
    }

    @Override
    public Optional<String> key(String input) {
        String trimmed = Keys.withoutSpaces(input);
        int dot = trimmed.indexOf('.');
        // A dot belongs after the category (E11.9); anywhere else the input is not a code.
        if (dot >= 0 && (dot != 3 || trimmed.indexOf('.', dot + 1) >= 0)) {
            return Optional.empty();
        }
        String key = (dot >= 0 ? trimmed.substring(0, 3) + trimmed.substring(4) : trimmed).toUpperCase(Locale.ROOT);
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

    /** The code with its dot after the category: E11.9. */
    @Override
    public String written(String key) {
        return dotted(key);
    }

    /** The canonical form of an ICD-10-CM key, as the release writes codes: the dot after the category. */
    public static String dotted(String key) {
        return key.length() > 3 ? key.substring(0, 3) + "." + key.substring(3) : key;
    }

    /**
     * Reads as a diagnosis rather than a mistyped code of a letter and digits (E013 may be a HCPCS code short of a
     * digit): it has the dot after the category, is a bare category, or has a letter past its first character
     * (S72001A, T360X1A).
     */
    @Override
    public Optional<String> lookalike(String typed, String key) {
        boolean diagnostic = typed.indexOf('.') == 3 || key.length() == 3
                || key.substring(1).chars().anyMatch(Character::isLetter);
        return isCodeShaped(key) && diagnostic
                ? Optional.of("this looks like an ICD-10-CM code (system icd10cm)")
                : Optional.empty();
    }

    /**
     * The placeholder X put where it was left out: after the category, anywhere, up to seven characters (T07A is
     * T07.XXXA, T36.01A is T36.0X1A, H21.11 is H21.1X1).
     */
    @Override
    public List<String> placeholderForms(String key) {
        if (key.length() < 4 || key.length() > 6) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        insertPlaceholders(key, forms);
        return new ArrayList<>(forms);
    }

    private static void insertPlaceholders(String key, Set<String> forms) {
        for (int at = 3; at <= key.length(); at++) {
            String with = key.substring(0, at) + "X" + key.substring(at);
            if (forms.add(with) && with.length() < 7) {
                insertPlaceholders(with, forms);
            }
        }
    }

    @Override
    public Optional<String> whyUnknown(String key, boolean knownPrefix) {
        return knownPrefix
                ? Optional.empty()
                : Optional.of("no category starts " + key.substring(0, Math.min(3, key.length())));
    }

    @Override
    public Set<String> populationChapters() {
        return POPULATION_CHAPTERS;
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
