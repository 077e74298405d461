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

    private final transient LiveIndex index;

    public FhirEndpoint(LiveIndex index) {
        super(FhirContext.forR4Cached());
        this.index = index;
    }

    @Override
    protected void initialize() {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.of(new CodeSystemProvider(index), new ValueSetProvider(index)));
        setServerConformanceProvider(new TerminologyMetadata(this, index));
    }
}
