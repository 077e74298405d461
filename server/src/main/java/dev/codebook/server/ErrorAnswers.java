package dev.codebook.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the server itself answers before a request reaches the API (a body too large, a request line too long,
 * a malformed request, an unknown path): the JSON API's {@code {"status", "error"}} object, or under {@code /fhir} an
 * OperationOutcome. Never a stack trace, never an HTML page.
 */
final class ErrorAnswers extends ErrorHandler {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
            String contentType, List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        // The message of a failure inside the server could tell more than a client should know.
        String said = code >= 500 ? "the server failed to answer; the failure is logged"
                : message != null && !message.isBlank() ? message : HttpStatus.getMessage(code);
        boolean fhir = request.getHttpURI().getPath() != null && request.getHttpURI().getPath().startsWith("/fhir");
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            if (fhir) {
                json.writeStringField("resourceType", "OperationOutcome");
                json.writeArrayFieldStart("issue");
                json.writeStartObject();
                json.writeStringField("severity", "error");
                json.writeStringField("code", code == 413 || code == 414 || code == 431 ? "too-long" : "processing");
                json.writeStringField("diagnostics", said);
                json.writeEndObject();
                json.writeEndArray();
            } else {
                json.writeNumberField("status", code);
                json.writeStringField("error", said);
            }
            json.writeEndObject();
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE,
                fhir ? "application/fhir+json;charset=utf-8" : "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.toByteArray()), callback);
        return true;
    }
}
