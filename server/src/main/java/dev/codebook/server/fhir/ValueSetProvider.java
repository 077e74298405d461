package dev.codebook.server.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import dev.codebook.CodeQuery;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.Search;
import dev.codebook.Suggest;
import dev.codebook.code.Code;
import dev.codebook.search.Suggestion;
import dev.codebook.server.Limits;
import dev.codebook.server.LiveIndex;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * {@code ValueSet/$expand} on the implicit value sets of each code system: {@code <system>?fhir_vs} (every node of
 * the release) and {@code <system>?fhir_vs=isa/<code>} (the node and every node below it), in code order and paged
 * with {@code count} and {@code offset}, or with {@code filter} the nodes that match it, best first: titles whose
 * words start with the words typed, then what a search finds (everyday words, abbreviations, misspellings).
 */
public final class ValueSetProvider implements IResourceProvider {

    private static final int DEFAULT_COUNT = 100;
    private static final String IMPLICIT = "?fhir_vs";
    private static final String IS_A = "=isa/";

    private final LiveIndex index;

    public ValueSetProvider(LiveIndex index) {
        this.index = index;
    }

    @Override
    public Class<ValueSet> getResourceType() {
        return ValueSet.class;
    }

    /** One page of the value set {@code url} names: nodes with system, version, code, display; abstract if not billable. */
    @Operation(name = "$expand", idempotent = true)
    public ValueSet expand(@OperationParam(name = "url") UriType url,
            @OperationParam(name = "filter") StringType filter,
            @OperationParam(name = "count") IntegerType count,
            @OperationParam(name = "offset") IntegerType offset,
            @OperationParam(name = "system-version") UriType systemVersion) {
        if (url == null || !url.hasValue()) {
            throw new InvalidRequestException("the value set is missing: give 'url', an implicit value set such as "
                    + FhirSystems.ICD10CM + "?fhir_vs or " + FhirSystems.ICD10CM + "?fhir_vs=isa/E11");
        }
        String valueSet = FhirSystems.checkLength("url", url.getValue());
        int at = valueSet.indexOf(IMPLICIT);
        if (at < 0) {
            throw new ResourceNotFoundException("no value set " + valueSet + " here; the value sets are those every "
                    + "code system implies: <system>?fhir_vs and <system>?fhir_vs=isa/<code>");
        }
        String system = valueSet.substring(0, at);
        String rest = valueSet.substring(at + IMPLICIT.length());
        Optional<String> root = Optional.empty();
        if (rest.startsWith(IS_A) && rest.length() > IS_A.length()) {
            root = Optional.of(rest.substring(IS_A.length()));
        } else if (!rest.isEmpty()) {
            throw new InvalidRequestException("an implicit value set is " + system + "?fhir_vs or " + system
                    + "?fhir_vs=isa/<code>; got " + valueSet);
        }
        int first = number("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = number("count", count, DEFAULT_COUNT, 0, Limits.EXPANSION_PAGE);
        Optional<String> text = Optional.ofNullable(filter).map(StringType::getValue).filter(value -> !value.isBlank())
                .map(value -> FhirSystems.checkLength("filter", value));
        try (LiveIndex.Lease lease = index.lease()) {
            CodeSet codeSet = FhirSystems.codeSet(lease.codebook(), system, version(system, systemVersion).orElse(""));
            Optional<Code> top = root.map(code -> codeSet.code(code).orElseThrow(() -> new ResourceNotFoundException(
                    codeSet.validate(code).reason())));
            ValueSet answer = new ValueSet();
            answer.setUrl(valueSet);
            answer.setStatus(PublicationStatus.ACTIVE);
            ValueSetExpansionComponent expansion = answer.getExpansion();
            expansion.setIdentifier("urn:uuid:" + UUID.randomUUID());
            expansion.setTimestamp(new Date());
            expansion.setOffset(first);
            expansion.addParameter().setName("used-codesystem")
                    .setValue(new UriType(system + "|" + codeSet.release().version()));
            expansion.addParameter().setName("count").setValue(new IntegerType(size));
            expansion.addParameter().setName("offset").setValue(new IntegerType(first));
            List<Code> page;
            if (text.isPresent()) {
                expansion.addParameter().setName("filter").setValue(new StringType(text.get()));
                page = matching(lease, codeSet, top, text.get(), first, size);
            } else {
                CodeQuery nodes = top.map(code -> codeSet.codes().within(code.code())).orElse(codeSet.codes());
                expansion.setTotal((int) nodes.count());
                page = nodes.stream().skip(first).limit(size).toList();
            }
            for (Code code : page) {
                expansion.addContains().setSystem(system).setVersion(codeSet.release().version())
                        .setCode(code.code()).setDisplay(code.title()).setAbstract(!code.billable());
            }
            return answer;
        }
    }

    /**
     * The nodes that match {@code text}: first the type-ahead completions of its words (up to 100), then what a search
     * finds (everyday words, abbreviations, misspellings), each node once; at most the first 1,000.
     */
    private static List<Code> matching(LiveIndex.Lease lease, CodeSet codeSet, Optional<Code> top, String text,
            int first, int size) {
        Codebook codebook = lease.codebook();
        if (!codebook.system(codeSet.system()).equals(codeSet)) {
            throw new InvalidRequestException("filter searches the latest release of " + codeSet.system()
                    .displayName() + " only; leave out system-version, or the filter");
        }
        if ((long) first + size > Search.MAX_LIMIT) {
            throw new InvalidRequestException("with a filter, offset + count is at most " + Search.MAX_LIMIT
                    + "; got " + ((long) first + size));
        }
        int wanted = first + size;
        if (size == 0) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        // Within a subtree as many completions as there are, of which those in it are kept, so that every page is cut
        // from the same list; elsewhere no more than the page needs (the first k of k + 1 are the same k).
        int completions = top.isPresent() ? Suggest.MAX_LIMIT : Math.min(Suggest.MAX_LIMIT, wanted);
        for (Suggestion suggestion : codebook.suggest(text).in(codeSet.system()).limit(completions).run()) {
            if (top.isEmpty() || top.get().code().equals(suggestion.code())
                    || codeSet.isAncestor(top.get().code(), suggestion.code())) {
                found.add(suggestion.code());
            }
        }
        if (found.size() < wanted) {
            Search search = codebook.search(text).in(codeSet.system()).limit(wanted);
            if (top.isPresent()) {
                search = search.within(top.get().code());
            }
            search.run().forEach(hit -> found.add(hit.code()));
        }
        return found.stream().skip(first).limit(size).map(code -> codeSet.code(code).orElseThrow()).toList();
    }

    private static Optional<String> version(String system, UriType systemVersion) {
        if (systemVersion == null || !systemVersion.hasValue()) {
            return Optional.empty();
        }
        String canonical = FhirSystems.checkLength("system-version", systemVersion.getValue());
        int bar = canonical.indexOf('|');
        if (bar < 0 || !canonical.substring(0, bar).equals(system)) {
            throw new InvalidRequestException("system-version is " + system + "|<version>; got " + canonical);
        }
        return Optional.of(canonical.substring(bar + 1));
    }

    private static int number(String name, IntegerType given, int otherwise, int min, int max) {
        if (given == null || !given.hasValue()) {
            return otherwise;
        }
        int value = given.getValue();
        if (value < min || value > max) {
            throw new InvalidRequestException("parameter '" + name + "' is from " + min + " to " + max + "; got "
                    + value);
        }
        return value;
    }
}
