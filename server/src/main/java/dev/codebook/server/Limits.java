package dev.codebook.server;

/**
 * What one request may ask of the server, so that no request, however large or slow, holds back the others. A
 * request beyond them is answered with a 4xx that names the limit.
 */
public final class Limits {

    /** The most bytes of a request body (codes to validate, encounters to check, a FHIR Parameters resource). */
    public static final long BODY_BYTES = 1 << 20;
    /** The most bytes of a request line and headers; a longer query string is refused with 414 or 431. */
    public static final int HEADER_BYTES = 8 << 10;
    /** The most characters of one parameter: a code, a search text, a filter. */
    public static final int PARAMETER_CHARACTERS = 256;
    /** The most codes one batch validation checks. */
    public static final int BATCH_CODES = 10_000;
    /** The most encounters one batch check holds. */
    public static final int BATCH_ENCOUNTERS = 1_000;
    /** The most concepts one $expand page holds. */
    public static final int EXPANSION_PAGE = 1_000;
    /** The most questions of one quiz. */
    public static final int QUIZ_QUESTIONS = 100;
    /** The most requests answered at once; others wait, holding no thread, for {@link #WAIT_MILLIS} at most. */
    public static final int ACTIVE_REQUESTS = 32;
    /**
     * The most searches (search, suggest, {@code $expand}) and encounter checks worked on at once: one per core. They
     * are CPU-bound, so more at once would not answer more of them, only share the cores out and make each slower;
     * the others wait their turn in arrival order, holding neither a thread nor one of the {@link #ACTIVE_REQUESTS}.
     */
    public static final int ACTIVE_SEARCHES = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** The threads of the server: those answering, and a few for accepting and reading connections. */
    public static final int THREADS = ACTIVE_REQUESTS + 8;
    /** How long a request may wait for its turn before it is answered 503, busy. */
    public static final long WAIT_MILLIS = 5_000;
    /** The most connections open at once; past it the server stops accepting until one closes. */
    public static final int CONNECTIONS = 2_000;
    /** A connection silent this long, mid-request or between requests, is closed. */
    public static final long IDLE_MILLIS = 30_000;
    /** How long a stop waits for requests under way to finish. */
    public static final long STOP_MILLIS = 10_000;

    private Limits() {
    }
}
