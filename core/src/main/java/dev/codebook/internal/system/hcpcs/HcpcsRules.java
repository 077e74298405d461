package dev.codebook.internal.system.hcpcs;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.system.Keys;
import dev.codebook.internal.system.SystemRules;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HCPCS Level II: codes of a letter and four digits (E0130), two-character modifiers (LT), and the groups of the
 * hierarchy: letter ranges (E0000-E9999) and "modifiers".
 */
public final class HcpcsRules implements SystemRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern GROUP = Pattern.compile("[A-Z][0-9]{4}-[A-Z][0-9]{4}|MODIFIERS");

    @Override
    public CodeSystem system() {
        return CodeSystem.HCPCS;
    }

    @Override
    public Optional<String> key(String input) {
        String key = Keys.normalised(input);
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

    @Override
    public Optional<String> lookalike(String typed, String key) {
        return CODE.matcher(key).matches()
                ? Optional.of("this looks like a HCPCS Level II code (system hcpcs)")
                : Optional.empty();
    }

    /** CMS's file leaves out the D range, which another body maintains: a coder typing one is told why. */
    @Override
    public Optional<String> whyUnknown(String key, boolean knownPrefix) {
        return key.startsWith("D")
                ? Optional.of("D codes are dental procedure codes (CDT), which the American Dental Association "
                        + "maintains; CMS's HCPCS file holds none")
                : Optional.empty();
    }
}
