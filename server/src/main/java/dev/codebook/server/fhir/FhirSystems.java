package dev.codebook.server.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.server.Limits;
import java.util.Map;
import java.util.Optional;

/**
 * The URIs FHIR names the code systems by, and the releases they resolve to in an index. A code set of a user's own
 * is named {@code urn:codebook:<id>}, since FHIR has no URI for it.
 */
final class FhirSystems {

    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
    static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    private static final String OWN = "urn:codebook:";

    private static final Map<CodeSystem, String> URIS =
            Map.of(CodeSystem.ICD10CM, ICD10CM, CodeSystem.ICD10PCS, ICD10PCS, CodeSystem.HCPCS, HCPCS);

    private FhirSystems() {
    }

    /** The URI of {@code system}. */
    static String uri(CodeSystem system) {
        return URIS.getOrDefault(system, OWN + system.id());
    }

    /** The system a URI names, if it names one. */
    static Optional<CodeSystem> system(String uri) {
        for (Map.Entry<CodeSystem, String> known : URIS.entrySet()) {
            if (known.getValue().equals(uri)) {
                return Optional.of(known.getKey());
            }
        }
        if (uri.startsWith(OWN)) {
            try {
                return Optional.of(CodeSystem.of(uri.substring(OWN.length())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The id of a release's CodeSystem resource: {@code icd10cm-2021}. */
    static String resourceId(Release release) {
        return release.system().id() + "-" + release.version();
    }

    /**
     * The release of the system {@code uri} names, {@code version} or the latest.
     *
     * @throws InvalidRequestException when no system is given
     * @throws ResourceNotFoundException when the index holds no such system or release, naming those it holds
     */
    static CodeSet codeSet(Codebook codebook, String uri, String version) {
        if (uri == null || uri.isBlank()) {
            throw new InvalidRequestException("the code system is missing: give 'system' (or 'url'), such as "
                    + ICD10CM);
        }
        checkLength("system", uri);
        CodeSystem system = system(uri.strip()).filter(codebook.systems()::contains)
                .orElseThrow(() -> new ResourceNotFoundException("no code system " + uri + " here; the code systems "
                        + "are " + String.join(", ", codebook.systems().stream().map(FhirSystems::uri).toList())));
        if (version == null || version.isBlank()) {
            return codebook.system(system);
        }
        checkLength("version", version);
        try {
            return codebook.system(system, version.strip());
        } catch (UnknownReleaseException e) {
            throw new ResourceNotFoundException(e.getMessage());
        }
    }

    /** Refuses a parameter longer than a request may ask for. */
    static String checkLength(String name, String value) {
        if (value.length() > Limits.PARAMETER_CHARACTERS) {
            throw new InvalidRequestException("parameter '" + name + "' is " + value.length() + " characters long; "
                    + "at most " + Limits.PARAMETER_CHARACTERS + " are read");
        }
        return value;
    }
}
