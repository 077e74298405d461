package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One service line of an encounter: a HCPCS Level II code with its modifiers.
 *
 * @param code      the HCPCS code as written on the claim: "E0130"
 * @param modifiers its modifiers in order: "RR", "LT"; may be empty
 */
public record Service(String code, List<String> modifiers) {

    public Service {
        requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
    }

    /** A service line without modifiers. */
    public static Service of(String code, String... modifiers) {
        return new Service(code, List.of(modifiers));
    }
}
