package dev.codebook.server.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what HAPI did not classify into the right OperationOutcome: a value HAPI could not read into a parameter's
 * type (count=many) is the client's mistake, a 400 that says so; anything else is logged and answered with a 500 that
 * tells the client nothing of the server's insides.
 */
@Interceptor
public final class BadInputAsBadRequest {

    private static final Logger LOG = LoggerFactory.getLogger(BadInputAsBadRequest.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException classify(Throwable thrown) {
        if (thrown instanceof BaseServerResponseException known) {
            return known;
        }
        if (thrown instanceof UnknownCodeException || thrown instanceof UnknownReleaseException) {
            return new ResourceNotFoundException(thrown.getMessage());
        }
        Throwable misread = null;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataFormatException || cause instanceof IllegalArgumentException) {
                misread = cause; // the deepest says it best: For input string: "many"
            }
        }
        if (misread != null) {
            return new InvalidRequestException("a parameter's value is not understood: " + misread.getMessage());
        }
        LOG.warn("a FHIR request failed", thrown);
        return new InternalErrorException("the server failed to answer; the failure is logged");
    }
}
