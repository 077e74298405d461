package dev.codebook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.Code;
import dev.codebook.code.Release;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TerminologyCapabilities;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every FHIR operation of the server, called by HAPI FHIR's generic client as a terminology client would, against
 * the server running on the full index; the answers are checked against the library's on the same index.
 */
class FhirOperationsTest {

    private static final String CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
    private static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    private static IGenericClient client;
    private static Codebook codebook;

    @BeforeAll
    static void connect() {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        client = context.newRestfulGenericClient(RunningServer.base() + "/fhir");
        codebook = RunningServer.codebook();
    }

    @Test
    void capabilityStatementListsTheOperations() {
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        Set<String> operations = capabilities.getRest().get(0).getResource().stream()
                .flatMap(resource -> resource.getOperation().stream())
                .map(operation -> operation.getName())
                .collect(Collectors.toSet());
        assertTrue(operations.containsAll(Set.of("lookup", "validate-code", "subsumes", "expand")), operations::toString);
    }

    @Test
    void terminologyCapabilitiesListEveryReleaseOfTheIndex() {
        TerminologyCapabilities capabilities = client.fetchResourceFromUrl(TerminologyCapabilities.class,
                RunningServer.base() + "/fhir/metadata?mode=terminology");
        Set<String> listed = capabilities.getCodeSystem().stream()
                .flatMap(system -> system.getVersion().stream().map(version -> system.getUri() + "|"
                        + version.getCode()))
                .collect(Collectors.toSet());
        Set<String> held = codebook.releases().stream()
                .map(release -> uri(release) + "|" + release.version()).collect(Collectors.toSet());
        assertEquals(held, listed);
        assertTrue(listed.containsAll(Set.of(CM + "|2021", PCS + "|2025", HCPCS + "|2020")), listed::toString);
    }

    @Test
    void readsAndSearchesTheCodeSystemOfEachRelease() {
        CodeSystem cm = client.read().resource(CodeSystem.class).withId("icd10cm-2021").execute();
        assertEquals(CM, cm.getUrl());
        assertEquals("2021", cm.getVersion());
        assertEquals(codebook.icd10cm().size(), cm.getCount());

        Bundle all = client.search().forResource(CodeSystem.class).returnBundle(Bundle.class).execute();
        assertEquals(codebook.releases().size(), all.getEntry().size());
        Bundle pcs = client.search().forResource(CodeSystem.class).where(CodeSystem.URL.matches().value(PCS))
                .returnBundle(Bundle.class).execute();
        assertEquals(List.of("2023", "2025"), pcs.getEntry().stream()
                .map(entry -> ((CodeSystem) entry.getResource()).getVersion()).toList());

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> client.read().resource(CodeSystem.class).withId("icd9cm-2012").execute());
        assertTrue(missing.getMessage().contains("icd10cm-2021"), missing.getMessage());
    }

    @Test
    void lookupGivesDisplayDesignationParentAndChildren() {
        for (String input : List.of("E11", "e119", "S72.001A", "0DTJ4ZZ", "G0202")) {
            CodeSet codeSet = setOf(input);
            Code code = codeSet.code(input).orElseThrow();
            Parameters answer = lookup(uriOf(codeSet), input);
            assertEquals(code.title(), answer.getParameterValue("display").primitiveValue());
            assertEquals(codeSet.release().version(), answer.getParameterValue("version").primitiveValue());
            assertEquals(code.shortTitle(), answer.getParameter("designation").getPart().stream()
                    .filter(part -> part.getName().equals("value")).findFirst().orElseThrow().getValue()
                    .primitiveValue());
            assertEquals(codeSet.parent(code.code()).map(Code::code).stream().toList(), property(answer, "parent"));
            assertEquals(codeSet.children(code.code()).stream().map(Code::code).toList(), property(answer, "child"));
            assertEquals(List.of(String.valueOf(code.billable())), property(answer, "billable"));
        }
    }

    @Test
    void lookupOfAnUnknownCodeIsNotFoundWithTheReason() {
        ResourceNotFoundException unknown = assertThrows(ResourceNotFoundException.class, () -> lookup(CM, "T36.01A"));
        assertTrue(unknown.getMessage().contains("T36.0X1A"), unknown.getMessage());
        InvalidRequestException malformed = assertThrows(InvalidRequestException.class, () -> lookup(CM, "%%%"));
        assertTrue(malformed.getMessage().contains("%%%"), malformed.getMessage());
        ResourceNotFoundException system = assertThrows(ResourceNotFoundException.class,
                () -> lookup("http://hl7.org/fhir/sid/icd-9-cm", "250.00"));
        assertTrue(system.getMessage().contains(CM), system.getMessage());
        InvalidRequestException missing = assertThrows(InvalidRequestException.class, () -> client.operation()
                .onType(CodeSystem.class).named("$lookup").withParameter(Parameters.class, "system", new UriType(CM))
                .execute());
        assertTrue(missing.getMessage().contains("code is missing"), missing.getMessage());
    }

    @Test
    void validateCodeSaysWhetherTheReleaseHoldsTheCodeAndWhyNot() {
        Parameters billable = validate(CM, "E11.9", null);
        assertTrue(result(billable));
        assertEquals(codebook.icd10cm().code("E11.9").orElseThrow().title(),
                billable.getParameterValue("display").primitiveValue());
        assertFalse(billable.hasParameter("message"));

        Parameters placeholder = validate(CM, "T36.01A", null);
        assertFalse(result(placeholder));
        assertEquals(codebook.icd10cm().validate("T36.01A").reason(),
                placeholder.getParameterValue("message").primitiveValue());

        Parameters header = validate(CM, "E11", null);
        assertTrue(result(header), "E11 is a code of the system, though not billable");
        assertEquals(codebook.icd10cm().validate("E11").reason(), header.getParameterValue("message").primitiveValue());

        Parameters terminated = validate(HCPCS, "G0202", "2020-06-01");
        assertFalse(result(terminated));
        assertTrue(terminated.getParameterValue("message").primitiveValue().contains("2017-12-31"),
                terminated.getParameterValue("message").primitiveValue());

        Parameters wrongDisplay = client.operation().onType(CodeSystem.class).named("$validate-code")
                .withParameter(Parameters.class, "url", new UriType(CM))
                .andParameter("code", new CodeType("E11.9"))
                .andParameter("display", new StringType("Type 1 diabetes mellitus"))
                .execute();
        assertFalse(result(wrongDisplay));
        assertTrue(wrongDisplay.getParameterValue("message").primitiveValue().contains("Type 1 diabetes mellitus"));
    }

    @Test
    void subsumesPlacesTwoCodesInTheHierarchy() {
        assertEquals("subsumes", subsumes("E11", "E11.9"));
        assertEquals("subsumed-by", subsumes("E11.9", "E08-E13"));
        assertEquals("equivalent", subsumes("e119", "E11.9"));
        assertEquals("not-subsumed", subsumes("E11.9", "I10"));
        assertThrows(ResourceNotFoundException.class, () -> subsumes("E11.9", "E11.99"));
    }

    @Test
    void expandsAnImplicitValueSetInCodeOrderPage_by_page() {
        List<String> subtree = codebook.icd10cm().codes().within("E11").stream().map(Code::code).toList();
        ValueSet all = expand(CM + "?fhir_vs=isa/E11", null, 1000, 0);
        assertEquals(subtree.size(), all.getExpansion().getTotal());
        assertEquals(subtree, codes(all));
        ValueSet page = expand(CM + "?fhir_vs=isa/E11", null, 5, 10);
        assertEquals(subtree.subList(10, 15), codes(page));
        assertEquals(10, page.getExpansion().getOffset());

        ValueSet whole = expand(PCS + "?fhir_vs", null, 3, 0);
        assertEquals(codebook.icd10pcs().size(), whole.getExpansion().getTotal());
        assertEquals(codebook.icd10pcs().codes().stream().limit(3).map(Code::code).toList(), codes(whole));
    }

    @Test
    void expandWithAFilterCompletesWhatIsTypedThenSearches() {
        List<String> completions = codebook.suggest("diab").in(dev.codebook.code.CodeSystem.ICD10CM).limit(10).run()
                .stream().map(suggestion -> suggestion.code()).toList();
        assertEquals(completions, codes(expand(CM + "?fhir_vs", "diab", 10, 0)));

        // No title has a word starting "attack" after "heart": the search's everyday words find the infarctions.
        List<String> heartAttack = codes(expand(CM + "?fhir_vs", "heart attack", 20, 0));
        assertTrue(heartAttack.contains("I21.9"), heartAttack::toString);

        List<String> firstTen = codes(expand(CM + "?fhir_vs", "fracture of femur", 10, 0));
        assertEquals(firstTen.subList(5, 10), codes(expand(CM + "?fhir_vs", "fracture of femur", 5, 5)));

        List<String> withinE11 = codes(expand(CM + "?fhir_vs=isa/E11", "kidney", 50, 0));
        assertFalse(withinE11.isEmpty());
        for (String code : withinE11) {
            assertTrue(code.startsWith("E11"), code);
        }
    }

    @Test
    void expandRefusesWhatItCannotAnswer() {
        assertThrows(ResourceNotFoundException.class, () -> expand("http://loinc.org/vs", null, 10, 0));
        assertThrows(ResourceNotFoundException.class, () -> expand(CM + "?fhir_vs=isa/E11.99", null, 10, 0));
        InvalidRequestException count = assertThrows(InvalidRequestException.class,
                () -> expand(CM + "?fhir_vs", null, 100_000, 0));
        assertTrue(count.getMessage().contains("count"), count.getMessage());
        InvalidRequestException deep = assertThrows(InvalidRequestException.class,
                () -> expand(CM + "?fhir_vs", "diabetes", 100, 950));
        assertTrue(deep.getMessage().contains("offset + count"), deep.getMessage());
    }

    private static Parameters lookup(String system, String code) {
        return client.operation().onType(CodeSystem.class).named("$lookup")
                .withParameter(Parameters.class, "code", new CodeType(code))
                .andParameter("system", new UriType(system))
                .execute();
    }

    private static Parameters validate(String system, String code, String date) {
        Parameters in = new Parameters();
        in.addParameter("url", new UriType(system));
        in.addParameter("code", new CodeType(code));
        if (date != null) {
            in.addParameter("date", new DateTimeType(date));
        }
        return client.operation().onType(CodeSystem.class).named("$validate-code").withParameters(in).execute();
    }

    private static String subsumes(String a, String b) {
        Parameters in = new Parameters();
        in.addParameter("codingA", new Coding(CM, a, null));
        in.addParameter("codingB", new Coding(CM, b, null));
        return client.operation().onType(CodeSystem.class).named("$subsumes").withParameters(in).execute()
                .getParameterValue("outcome").primitiveValue();
    }

    private static ValueSet expand(String url, String filter, int count, int offset) {
        Parameters in = new Parameters();
        in.addParameter("url", new UriType(url));
        if (filter != null) {
            in.addParameter("filter", new StringType(filter));
        }
        in.addParameter("count", new IntegerType(count));
        in.addParameter("offset", new IntegerType(offset));
        return client.operation().onType(ValueSet.class).named("$expand").withParameters(in)
                .returnResourceType(ValueSet.class).execute();
    }

    private static boolean result(Parameters answer) {
        return ((BooleanType) answer.getParameterValue("result")).booleanValue();
    }

    private static List<String> property(Parameters answer, String name) {
        return answer.getParameter().stream()
                .filter(parameter -> parameter.getName().equals("property"))
                .filter(parameter -> parameter.getPart().get(0).getValue().primitiveValue().equals(name))
                .map(ParametersParameterComponent::getPart)
                .map(parts -> parts.get(1).getValue().primitiveValue())
                .toList();
    }

    private static List<String> codes(ValueSet valueSet) {
        return valueSet.getExpansion().getContains().stream().map(ValueSetExpansionContainsComponent::getCode)
                .toList();
    }

    private static CodeSet setOf(String input) {
        for (CodeSet codeSet : List.of(codebook.icd10cm(), codebook.icd10pcs(), codebook.hcpcs())) {
            if (codeSet.contains(input)) {
                return codeSet;
            }
        }
        throw new AssertionError("no release holds " + input);
    }

    private static String uriOf(CodeSet codeSet) {
        return uri(codeSet.release());
    }

    private static String uri(Release release) {
        return switch (release.system().id()) {
            case "icd10cm" -> CM;
            case "icd10pcs" -> PCS;
            case "hcpcs" -> HCPCS;
            default -> "urn:codebook:" + release.system().id();
        };
    }
}
