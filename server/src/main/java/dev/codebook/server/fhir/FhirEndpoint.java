package dev.codebook.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import dev.codebook.server.LiveIndex;
import java.util.List;

/**
 * The FHIR R4 terminology service at {@code /fhir}, on HAPI FHIR's plain server: CodeSystem read and search,
 * {@code $lookup}, {@code $validate-code}, {@code $subsumes}, ValueSet {@code $expand} and {@code metadata}. Errors
 * are OperationOutcomes with a 4xx status.
 */
public final class FhirEndpoint extends RestfulServer {

    private static final long serialVersionUID = 1L;

    /** The servlet context attribute that holds the {@link LiveIndex} to answer from. */
    public static final String INDEX = LiveIndex.class.getName();

    /**
     * Made by the servlet container when first needed: HAPI's start-up (its FHIR model, the providers' bindings) is
     * the slowest part of a server's, and need not delay the JSON API.
     */
    public FhirEndpoint() {
        super();
    }

    @Override
    protected void initialize() {
        LiveIndex index = (LiveIndex) getServletContext().getAttribute(INDEX);
        setFhirContext(FhirContext.forR4Cached());
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.of(new CodeSystemProvider(index), new ValueSetProvider(index)));
        setServerConformanceProvider(new TerminologyMetadata(this, index));
        registerInterceptor(new BadInputAsBadRequest());
    }
}
