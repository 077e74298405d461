package dev.codebook.server.fhir;

import ca.uhn.fhir.model.api.annotation.ResourceDef;
import ca.uhn.fhir.rest.annotation.Metadata;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import dev.codebook.Codebook;
import dev.codebook.code.Release;
import dev.codebook.server.LiveIndex;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.TerminologyCapabilities.CapabilityStatementKind;
import org.hl7.fhir.r4.model.TerminologyCapabilities.TerminologyCapabilitiesCodeSystemComponent;
import org.hl7.fhir.r4.model.TerminologyCapabilities;

/**
 * {@code GET /fhir/metadata}: the CapabilityStatement HAPI writes from the providers; with {@code ?mode=terminology}
 * the TerminologyCapabilities, which list each code system and release of the index.
 */
public final class TerminologyMetadata extends ServerCapabilityStatementProvider {

    private final LiveIndex index;

    public TerminologyMetadata(RestfulServer server, LiveIndex index) {
        super(server);
        this.index = index;
    }

    @Override
    @Metadata(cacheMillis = 0) // the answer depends on ?mode, which HAPI's cache would not tell apart
    public IBaseConformance getServerConformance(HttpServletRequest request, RequestDetails details) {
        if ("terminology".equals(request.getParameter("mode"))) {
            return terminologyCapabilities();
        }
        return super.getServerConformance(request, details);
    }

    private Capabilities terminologyCapabilities() {
        Capabilities capabilities = new Capabilities();
        capabilities.setStatus(PublicationStatus.ACTIVE);
        capabilities.setDate(new Date());
        capabilities.setKind(CapabilityStatementKind.INSTANCE);
        capabilities.setName("Codebook");
        capabilities.setTitle("Codebook terminology service");
        try (LiveIndex.Lease lease = index.lease()) {
            Codebook codebook = lease.codebook();
            for (var system : codebook.systems()) {
                TerminologyCapabilitiesCodeSystemComponent entry = capabilities.addCodeSystem()
                        .setUri(FhirSystems.uri(system));
                String latest = codebook.system(system).release().version();
                for (Release release : codebook.releases()) {
                    if (release.system().equals(system)) {
                        entry.addVersion().setCode(release.version()).setIsDefault(release.version().equals(latest));
                    }
                }
            }
        }
        capabilities.getExpansion().setHierarchical(false).setPaging(true).setIncomplete(false)
                .setTextFilter("Words of the title or inclusion terms, everyday words, abbreviations and misspellings, "
                        + "or the start of a code; best matches first");
        capabilities.getValidateCode().setTranslations(false);
        capabilities.setCodeSearch(TerminologyCapabilities.CodeSearchSupport.ALL);
        return capabilities;
    }

    /**
     * TerminologyCapabilities as HAPI's metadata method must return them: a conformance resource, which HAPI's R4
     * model declares only of CapabilityStatement.
     */
    @ResourceDef(name = "TerminologyCapabilities",
            profile = "http://hl7.org/fhir/StructureDefinition/TerminologyCapabilities")
    public static final class Capabilities extends TerminologyCapabilities implements IBaseConformance {
        private static final long serialVersionUID = 1L;
    }
}
