package dev.codebook.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the server answers itself, before a request reaches the API (a body too large, a request line too long,
 * a malformed request, an unknown path): the JSON API's {@code {"status", "error"}} object, or under {@code /fhir} an
 * OperationOutcome. Never a stack trace, never an HTML page.
 */
final class ErrorAnswers {

    private static final JsonFactory JSON = new JsonFactory();

    private ErrorAnswers() {
    }

    /** For requests Jetty turns away before the servlets: too large, too long, malformed. */
    static ErrorHandler server() {
        return new ErrorHandler() {
            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                    String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
                return answer(request, response, callback, code, message);
            }
        };
    }

    /** For requests that reached the servlets' context. */
    static ErrorHandler servlets() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                    String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
                return answer(request, response, callback, code, message);
            }
        };
    }

    private static boolean answer(Request request, Response response, Callback callback, int code, String message) {
        // A request line or headers too long to read leave no path to go by.
        String path = request.getHttpURI().getPath();
        Optional<Boolean> fhir = code == 414 || code == 431 || path == null ? Optional.empty()
                : Optional.of(path.startsWith("/fhir"));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, fhir.orElse(false)
                ? "application/fhir+json;charset=utf-8" : "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(fhir, code, message)), callback);
        return true;
    }

    /**
     * The error as JSON: an OperationOutcome for FHIR, the API's object otherwise, and both in one object when the
     * request is too malformed to tell (FHIR clients read past the two extra fields).
     */
    private static byte[] body(Optional<Boolean> fhir, int code, String message) {
        // The message of a failure inside the server could tell more than a client should know.
        String said = code == 503 ? "the server is busy; try again shortly"
                : code >= 500 ? "the server failed to answer; the failure is logged"
                : code == 404 ? "nothing here: the JSON API is under /api (lookup, validate, hierarchy, search, "
                        + "suggest, quiz, releases), FHIR under /fhir, the health check at /health"
                : message != null && !message.isBlank() ? message : HttpStatus.getMessage(code);
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(body)) {
            json.writeStartObject();
            if (fhir.orElse(true)) {
                json.writeStringField("resourceType", "OperationOutcome");
                json.writeArrayFieldStart("issue");
                json.writeStartObject();
                json.writeStringField("severity", "error");
                json.writeStringField("code", code == 413 || code == 414 || code == 431 ? "too-long" : "processing");
                json.writeStringField("diagnostics", said);
                json.writeEndObject();
                json.writeEndArray();
            }
            if (!fhir.orElse(false)) {
                json.writeNumberField("status", code);
                json.writeStringField("error", said);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }
}
