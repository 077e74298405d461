package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code system such as ICD-10-CM, identified by a short lower-case id ({@code icd10cm}).
 *
 * <p>The three public-domain systems have constants; a code set a user loads from their own file (a licensed CPT
 * file, say) gets a system of its own name through {@link #of(String)}.
 */
public record CodeSystem(@JsonValue String id) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    /** ICD-10-CM, the US clinical modification of ICD-10 for diagnoses. */
    public static final CodeSystem ICD10CM = new CodeSystem("icd10cm");
    /** ICD-10-PCS, the US procedure coding system for inpatient procedures. */
    public static final CodeSystem ICD10PCS = new CodeSystem("icd10pcs");
    /** HCPCS Level II: services, supplies, equipment, drugs and modifiers. */
    public static final CodeSystem HCPCS = new CodeSystem("hcpcs");

    /** Checks the id: a lower-case letter, then up to 31 lower-case letters, digits, '_' or '-'. */
    public CodeSystem {
        requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a code system id is a lower-case letter followed by up to 31 "
                    + "lower-case letters, digits, '_' or '-', like icd10cm; got '" + id + "'");
        }
    }

    /** The system of this id, case-insensitively: {@code of("ICD10CM")} is {@link #ICD10CM}. */
    @JsonCreator
    public static CodeSystem of(String id) {
        return new CodeSystem(requireNonNull(id, "id").trim().toLowerCase(Locale.ROOT));
    }

    /** The name coders know the system by: "ICD-10-CM", or the id itself for a user's own system. */
    public String displayName() {
        return switch (id) {
            case "icd10cm" -> "ICD-10-CM";
            case "icd10pcs" -> "ICD-10-PCS";
            case "hcpcs" -> "HCPCS Level II";
            default -> id;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
