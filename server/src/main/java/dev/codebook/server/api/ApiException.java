package dev.codebook.server.api;

/** A request the JSON API cannot answer, with the HTTP status and the message the client is told. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    int status() {
        return status;
    }
}
