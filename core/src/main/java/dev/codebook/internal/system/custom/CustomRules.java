package dev.codebook.internal.system.custom;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.CodeSystem;
import dev.codebook.internal.system.Keys;
import dev.codebook.internal.system.SystemRules;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a code set a user loads from their own file (a licensed CPT file, say): codes of letters and digits,
 * dots and case ignored. Any system the registry does not name gets these.
 */
public final class CustomRules implements SystemRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");
    /** Five digits, or four and a category II, III or PLA letter: 99213, 0001F, 0042T, 0001U. */
    private static final Pattern CPT = Pattern.compile("[0-9]{5}|[0-9]{4}[FTU]");

    private final CodeSystem system;

    public CustomRules(CodeSystem system) {
        this.system = requireNonNull(system, "system");
    }

    @Override
    public CodeSystem system() {
        return system;
    }

    @Override
    public Optional<String> key(String input) {
        String key = Keys.normalised(input).replace(".", "");
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

    /**
     * CPT, the code set users most often load as their own: no index ships it, so a CPT code given to a published
     * system gets a pointer to loading it.
     */
    public static Optional<String> cptLookalike(String key) {
        return CPT.matcher(key).matches()
                ? Optional.of("this looks like a CPT code (HCPCS Level I), which the AMA licenses and no index ships: "
                        + "load your own CPT file as a code set of your own (see the README)")
                : Optional.empty();
    }
}
