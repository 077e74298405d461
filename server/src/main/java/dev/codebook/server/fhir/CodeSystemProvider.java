package dev.codebook.server.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.Code;
import dev.codebook.code.Release;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.json.AnswerJson;
import dev.codebook.server.LiveIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemHierarchyMeaning;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/**
 * The CodeSystem resources of an index, one per release ({@code CodeSystem/icd10cm-2021}), and the terminology
 * operations on them: {@code $lookup}, {@code $validate-code} and {@code $subsumes}.
 */
public final class CodeSystemProvider implements IResourceProvider {

    /** The properties $lookup returns unless asked for fewer. */
    private static final List<String> PROPERTIES = List.of("parent", "child", "kind", "billable");
    private static final String SHORT_TITLE_USE = "urn:codebook:designation";

    private final LiveIndex index;

    public CodeSystemProvider(LiveIndex index) {
        this.index = index;
    }

    @Override
    public Class<CodeSystem> getResourceType() {
        return CodeSystem.class;
    }

    /** {@code GET CodeSystem/icd10cm-2021}: one release. */
    @Read
    public CodeSystem read(@IdParam IdType id) {
        try (LiveIndex.Lease lease = index.lease()) {
            Codebook codebook = lease.codebook();
            return codebook.releases().stream()
                    .filter(release -> FhirSystems.resourceId(release).equals(id.getIdPart()))
                    .findFirst()
                    .map(release -> resource(codebook, release))
                    .orElseThrow(() -> new ResourceNotFoundException("no CodeSystem " + id.getIdPart() + " here; "
                            + "the CodeSystems are " + String.join(", ", codebook.releases().stream()
                                    .map(FhirSystems::resourceId).toList())));
        }
    }

    /** {@code GET CodeSystem?url=...&version=...}: the releases, all or those that match. */
    @Search
    public List<CodeSystem> search(@OptionalParam(name = CodeSystem.SP_URL) UriParam url,
            @OptionalParam(name = CodeSystem.SP_VERSION) TokenParam version,
            @OptionalParam(name = CodeSystem.SP_NAME) StringParam name) {
        try (LiveIndex.Lease lease = index.lease()) {
            Codebook codebook = lease.codebook();
            return codebook.releases().stream()
                    .filter(release -> url == null || FhirSystems.uri(release.system()).equals(url.getValue()))
                    .filter(release -> version == null || release.version().equals(version.getValue()))
                    .map(release -> resource(codebook, release))
                    .filter(resource -> name == null || resource.getName().toLowerCase(Locale.ROOT)
                            .startsWith(name.getValue().toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }

    private static CodeSystem resource(Codebook codebook, Release release) {
        CodeSystem resource = new CodeSystem();
        String uri = FhirSystems.uri(release.system());
        resource.setId(FhirSystems.resourceId(release));
        resource.setUrl(uri);
        resource.setVersion(release.version());
        resource.setName(release.system().displayName().replaceAll("[^A-Za-z0-9]", ""));
        resource.setTitle(release.label());
        resource.setStatus(PublicationStatus.ACTIVE);
        resource.setExperimental(false);
        resource.setDateElement(new DateTimeType(release.effectiveFrom().toString()));
        resource.setDescription(release.label() + ", in force from " + release.effectiveFrom() + " to "
                + release.effectiveTo() + "; built from " + String.join(", ", release.sources().stream()
                        .map(Release.SourceFile::name).toList()));
        resource.setCaseSensitive(false);
        resource.setValueSet(uri + "?fhir_vs");
        resource.setHierarchyMeaning(CodeSystemHierarchyMeaning.ISA);
        resource.setContent(CodeSystemContentMode.NOTPRESENT);
        resource.setCount(codebook.system(release.system(), release.version()).size());
        resource.addProperty().setCode("parent").setType(PropertyType.CODE).setDescription("The node directly above");
        resource.addProperty().setCode("child").setType(PropertyType.CODE).setDescription("A node directly below");
        resource.addProperty().setCode("kind").setType(PropertyType.STRING)
                .setDescription("Where the node stands: chapter, block, category, subcategory, code, ...");
        resource.addProperty().setCode("billable").setType(PropertyType.BOOLEAN)
                .setDescription("Whether the code may be reported on a claim as it stands");
        return resource;
    }

    /**
     * {@code CodeSystem/$lookup}: display, the short title as a designation, and the properties parent, child, kind
     * and billable (or those {@code property} names).
     */
    @Operation(name = "$lookup", idempotent = true)
    public Parameters lookup(@OperationParam(name = "code") CodeType code,
            @OperationParam(name = "system") UriType system,
            @OperationParam(name = "version") StringType version,
            @OperationParam(name = "coding") Coding coding,
            @OperationParam(name = "date") DateTimeType date,
            @OperationParam(name = "property", max = OperationParam.MAX_UNLIMITED) List<CodeType> properties) {
        Coding asked = coding(coding, code, system, version, "code");
        try (LiveIndex.Lease lease = index.lease()) {
            CodeSet codeSet = FhirSystems.codeSet(lease.codebook(), asked.getSystem(), asked.getVersion());
            Validation validation = validate(codeSet, asked.getCode(), date);
            Code found = validation.code().orElseThrow(() -> validation.verdict() == Verdict.MALFORMED
                    ? new InvalidRequestException(validation.reason())
                    : new ResourceNotFoundException(validation.reason()));
            Parameters answer = new Parameters();
            answer.addParameter("name", codeSet.system().displayName());
            answer.addParameter("version", codeSet.release().version());
            answer.addParameter("display", found.title());
            ParametersParameterComponent designation = answer.addParameter().setName("designation");
            designation.addPart().setName("use").setValue(new Coding(SHORT_TITLE_USE, "short-title", "Short title"));
            designation.addPart().setName("value").setValue(new StringType(found.shortTitle()));
            List<String> wanted = properties == null || properties.isEmpty() ? PROPERTIES
                    : properties.stream().map(CodeType::getValue).toList();
            if (wanted.contains("parent")) {
                codeSet.parent(found.code()).ifPresent(parent -> property(answer, "parent", new CodeType(parent.code())));
            }
            if (wanted.contains("child")) {
                codeSet.children(found.code()).forEach(child -> property(answer, "child", new CodeType(child.code())));
            }
            if (wanted.contains("kind")) {
                property(answer, "kind", new StringType(AnswerJson.value(found.kind())));
            }
            if (wanted.contains("billable")) {
                property(answer, "billable", new BooleanType(found.billable()));
            }
            return answer;
        }
    }

    private static void property(Parameters answer, String name, org.hl7.fhir.r4.model.Type value) {
        ParametersParameterComponent property = answer.addParameter().setName("property");
        property.addPart().setName("code").setValue(new CodeType(name));
        property.addPart().setName("value").setValue(value);
    }

    /**
     * {@code CodeSystem/$validate-code}: result is whether the release holds the code and it is in force on
     * {@code date}; message gives our reason whenever the code may not be reported as it stands (a header, a code
     * that needs its 7th character, an unknown one), and a display that is not the code's.
     */
    @Operation(name = "$validate-code", idempotent = true)
    public Parameters validateCode(@OperationParam(name = "url") UriType url,
            @OperationParam(name = "code") CodeType code,
            @OperationParam(name = "version") StringType version,
            @OperationParam(name = "display") StringType display,
            @OperationParam(name = "coding") Coding coding,
            @OperationParam(name = "date") DateTimeType date) {
        Coding asked = coding(coding, code, url, version, "code");
        try (LiveIndex.Lease lease = index.lease()) {
            CodeSet codeSet = FhirSystems.codeSet(lease.codebook(), asked.getSystem(), asked.getVersion());
            Validation validation = validate(codeSet, asked.getCode(), date);
            boolean inForce = validation.found() && validation.verdict() != Verdict.TERMINATED
                    && validation.verdict() != Verdict.NOT_YET_EFFECTIVE;
            Optional<String> message = validation.valid() ? Optional.empty() : Optional.of(validation.reason());
            String givenDisplay = display != null ? display.getValue() : asked.getDisplay();
            boolean displayRight = true;
            if (inForce && givenDisplay != null) {
                FhirSystems.checkLength("display", givenDisplay);
                Code found = validation.code().orElseThrow();
                displayRight = sameWords(givenDisplay, found.title()) || sameWords(givenDisplay, found.shortTitle());
                if (!displayRight) {
                    message = Optional.of("the display '" + givenDisplay + "' is not that of " + found.code()
                            + ", which is '" + found.title() + "'" + message.map(reason -> "; " + reason).orElse(""));
                }
            }
            Parameters answer = new Parameters();
            answer.addParameter("result", inForce && displayRight);
            message.ifPresent(text -> answer.addParameter("message", text));
            validation.code().ifPresent(found -> answer.addParameter("display", found.title()));
            return answer;
        }
    }

    private static boolean sameWords(String given, String title) {
        return given.strip().replaceAll("\\s+", " ").equalsIgnoreCase(title);
    }

    /** {@code CodeSystem/$subsumes}: equivalent, subsumes, subsumed-by or not-subsumed. */
    @Operation(name = "$subsumes", idempotent = true)
    public Parameters subsumes(@OperationParam(name = "codeA") CodeType codeA,
            @OperationParam(name = "codeB") CodeType codeB,
            @OperationParam(name = "system") UriType system,
            @OperationParam(name = "version") StringType version,
            @OperationParam(name = "codingA") Coding codingA,
            @OperationParam(name = "codingB") Coding codingB) {
        Coding a = coding(codingA, codeA, system, version, "codeA");
        Coding b = coding(codingB, codeB, system, version, "codeB");
        if (!a.getSystem().equals(b.getSystem())) {
            throw new InvalidRequestException("codingA and codingB are of different systems, " + a.getSystem()
                    + " and " + b.getSystem() + "; $subsumes compares codes of one system");
        }
        try (LiveIndex.Lease lease = index.lease()) {
            CodeSet codeSet = FhirSystems.codeSet(lease.codebook(), a.getSystem(), a.hasVersion() ? a.getVersion()
                    : b.getVersion());
            String first = existing(codeSet, a.getCode(), "codeA");
            String second = existing(codeSet, b.getCode(), "codeB");
            String outcome = first.equals(second) ? "equivalent"
                    : codeSet.isAncestor(first, second) ? "subsumes"
                    : codeSet.isAncestor(second, first) ? "subsumed-by"
                    : "not-subsumed";
            Parameters answer = new Parameters();
            answer.addParameter("outcome", new CodeType(outcome));
            return answer;
        }
    }

    private static String existing(CodeSet codeSet, String input, String name) {
        Validation validation = codeSet.validate(input);
        return validation.code().map(Code::code).orElseThrow(() -> validation.verdict() == Verdict.MALFORMED
                ? new InvalidRequestException(name + ": " + validation.reason())
                : new ResourceNotFoundException(name + ": " + validation.reason()));
    }

    /** The coding asked about, from {@code coding} or from code, system and version given apart. */
    private static Coding coding(Coding coding, CodeType code, UriType system, StringType version, String name) {
        Coding asked = coding != null ? coding.copy() : new Coding();
        if (code != null && code.hasValue()) {
            asked.setCode(code.getValue());
        }
        if (!asked.hasSystem() && system != null && system.hasValue()) {
            asked.setSystem(system.getValue());
        }
        if (!asked.hasVersion() && version != null && version.hasValue()) {
            asked.setVersion(version.getValue());
        }
        if (!asked.hasCode() || asked.getCode().isBlank()) {
            throw new InvalidRequestException("the code is missing: give '" + name + "' (or a coding), such as "
                    + "E11.9");
        }
        if (!asked.hasSystem()) {
            throw new InvalidRequestException("the code system is missing: give 'system' (or 'url'), such as "
                    + FhirSystems.ICD10CM);
        }
        FhirSystems.checkLength(name, asked.getCode());
        return asked;
    }

    private static Validation validate(CodeSet codeSet, String code, DateTimeType date) {
        Validation validation = codeSet.validate(code);
        if (date == null || !date.hasValue()) {
            return validation;
        }
        // The day as written, whatever the time and zone that may follow it.
        return validation.on(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()));
    }
}
