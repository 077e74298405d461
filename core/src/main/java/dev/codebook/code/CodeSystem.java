package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A code system such as ICD-10-CM, identified by a short lower-case id ({@code icd10cm}) and known to coders by its
 * display name ("ICD-10-CM"). Two systems are equal when their ids are.
 *
 * <p>The three public-domain systems have constants; a code set a user loads from their own file (a licensed CPT
 * file, say) gets a system of its own name through {@link #of(String)}, displayed by its id.
 */
public final class CodeSystem {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    /** ICD-10-CM, the US clinical modification of ICD-10 for diagnoses. */
    public static final CodeSystem ICD10CM = new CodeSystem("icd10cm", "ICD-10-CM");
    /** ICD-10-PCS, the US procedure coding system for inpatient procedures. */
    public static final CodeSystem ICD10PCS = new CodeSystem("icd10pcs", "ICD-10-PCS");
    /** HCPCS Level II: services, supplies, equipment, drugs and modifiers. */
    public static final CodeSystem HCPCS = new CodeSystem("hcpcs", "HCPCS Level II");

    private static final Map<String, CodeSystem> PUBLISHED = Stream.of(ICD10CM, ICD10PCS, HCPCS)
            .collect(Collectors.toUnmodifiableMap(CodeSystem::id, system -> system));

    private final String id;
    private final String displayName;

    private CodeSystem(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * The system of this id, case-insensitively: {@code of("ICD10CM")} is {@link #ICD10CM}.
     *
     * @throws IllegalArgumentException unless the id is a lower-case letter followed by up to 31 lower-case letters,
     *                                  digits, '_' or '-' (after trimming and lower-casing)
     */
    @JsonCreator
    public static CodeSystem of(String id) {
        String normalised = requireNonNull(id, "id").trim().toLowerCase(Locale.ROOT);
        CodeSystem published = PUBLISHED.get(normalised);
        if (published != null) {
            return published;
        }
        if (!ID.matcher(normalised).matches()) {
            throw new IllegalArgumentException("a code system id is a lower-case letter followed by up to 31 "
                    + "lower-case letters, digits, '_' or '-', like icd10cm; got '" + id + "'");
        }
        return new CodeSystem(normalised, normalised);
    }

    /** The short lower-case id: {@code icd10cm}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The name coders know the system by: "ICD-10-CM", or the id itself for a user's own system. */
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeSystem system && system.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
