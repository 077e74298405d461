package dev.codebook.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.Search;
import dev.codebook.Suggest;
import dev.codebook.check.Encounter;
import dev.codebook.cli.QuizChoices;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.json.AnswerJson;
import dev.codebook.json.EncounterJson;
import dev.codebook.quiz.Question;
import dev.codebook.quiz.Quiz;
import dev.codebook.quiz.QuizBuilder;
import dev.codebook.server.Limits;
import dev.codebook.server.LiveIndex;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API at {@code /api}, with {@code /health} for load balancers. Each answer is the object the command line
 * writes for the same question ({@link AnswerJson}); system, release and date of service are parameters. Errors are
 * {@code {"status": 400, "error": "..."}} with a 4xx status and a message that says what to change.
 *
 * <pre>
 * GET  /api/lookup?code=E11.9[&amp;system=icd10cm][&amp;release=2021][&amp;on=2021-03-01]
 * GET  /api/validate?code=T36.01A                    POST /api/validate  ["E11.9", "T36.01A", ...]
 * GET  /api/hierarchy?code=E11
 * GET  /api/search?q=heart+attack[&amp;system=icd10cm,hcpcs][&amp;limit=10][&amp;billableOnly=true]
 * GET  /api/suggest?q=diab[&amp;system=...][&amp;limit=8]
 * POST /api/check[?release=2021]  {"date": "2021-03-01", "diagnoses": ["E11.9", "E10.9"], ...}  or  [{...}, ...]
 * GET  /api/quiz?system=icd10cm&amp;chapter=4&amp;questions=10&amp;seed=42[&amp;block=..][&amp;within=..][&amp;billableOnly=true]
 *                [&amp;depth=3-5][&amp;kind=code_to_title,...][&amp;options=4]
 * GET  /api/releases
 * GET  /health
 * </pre>
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final List<String> ENDPOINTS =
            List.of("lookup", "validate", "hierarchy", "search", "suggest", "check", "quiz", "releases");

    /** Writes an answer's fields into the object the servlet has opened. */
    @FunctionalInterface
    private interface Answer {
        void write(JsonGenerator json) throws IOException;
    }

    private final transient LiveIndex index;
    private volatile boolean ready;

    public ApiServlet(LiveIndex index) {
        this.index = index;
    }

    /** Makes /health say "ok": the server answers everything without a first-use delay. */
    public void ready() {
        ready = true;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = "/health".equals(request.getServletPath()) ? "health" : endpoint(request);
        try (LiveIndex.Lease lease = index.lease()) {
            Codebook codebook = lease.codebook();
            RequestParameters parameters = new RequestParameters(request);
            boolean post = "POST".equals(request.getMethod());
            if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                    || post && !"validate".equals(endpoint) && !"check".equals(endpoint)
                    || !post && "check".equals(endpoint)) {
                throw new ApiException(405, request.getMethod() + " is not answered here: the API is read-only; "
                        + "/api/check takes a POST of encounters, /api/validate a GET or a POST of codes, every other "
                        + "endpoint a GET");
            }
            switch (endpoint) {
                case "health" -> object(response, ready ? 200 : 503, json -> releases(codebook, json));
                case "lookup" -> lookup(codebook, parameters, response);
                case "validate" -> {
                    if (post) {
                        batch(codebook, parameters, request, response);
                    } else {
                        object(response, 200, json -> AnswerJson.validation(check(codebook, parameters), json));
                    }
                }
                case "hierarchy" -> hierarchy(codebook, parameters, response);
                case "search" -> search(codebook, parameters, response);
                case "suggest" -> suggest(codebook, parameters, response);
                case "check" -> check(lease, parameters, request, response);
                case "quiz" -> quiz(codebook, parameters, response);
                case "releases" -> object(response, 200, json -> releases(codebook, json));
                default -> throw new ApiException(404, "no endpoint '" + endpoint + "'; the endpoints are /api/"
                        + String.join(", /api/", ENDPOINTS) + " and /health");
            }
        } catch (ApiException e) {
            error(response, e.status(), e.getMessage());
        } catch (IllegalArgumentException | UnknownCodeException | UnknownReleaseException e) {
            // The library's own checks of what was asked: an unknown chapter, a limit out of range, a quiz it cannot set.
            error(response, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            error(response, 500, "the server failed to answer; the failure is logged");
        }
    }

    private static String endpoint(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }

    private static void lookup(Codebook codebook, RequestParameters parameters, HttpServletResponse response)
            throws IOException {
        Validation validation = check(codebook, parameters);
        object(response, notFoundStatus(validation), json -> AnswerJson.lookup(validation, json));
    }

    private static void hierarchy(Codebook codebook, RequestParameters parameters, HttpServletResponse response)
            throws IOException {
        Validation validation = check(codebook, parameters);
        Optional<CodeSet> answering = answering(codebook, parameters);
        object(response, notFoundStatus(validation), json -> AnswerJson.hierarchy(answering, validation, json));
    }

    /** 200 for a node the release holds; 400 for input not of the shape of a code; 404 for any other. */
    private static int notFoundStatus(Validation validation) {
        return validation.found() ? 200 : validation.verdict() == Verdict.MALFORMED ? 400 : 404;
    }

    private static Validation check(Codebook codebook, RequestParameters parameters) {
        return check(codebook, parameters.codeSet(codebook), parameters, parameters.required("code"));
    }

    /**
     * As the command line checks a code: without a date of service against the named (or latest) release; with one,
     * against the release in effect that day, or the named release when it is (verdict no_release otherwise).
     */
    private static Validation check(Codebook codebook, CodeSet named, RequestParameters parameters, String code) {
        Optional<LocalDate> on = parameters.dateOfService();
        if (on.isEmpty()) {
            return named.validate(code);
        }
        return parameters.namesRelease() ? named.validate(code, on.get())
                : codebook.validate(named.system(), code, on.get());
    }

    /** The release that answered {@link #check}: none when no release is in effect on the date of service. */
    private static Optional<CodeSet> answering(Codebook codebook, RequestParameters parameters) {
        CodeSet named = parameters.codeSet(codebook);
        Optional<LocalDate> on = parameters.dateOfService();
        return on.isPresent() && !parameters.namesRelease() ? codebook.inEffect(named.system(), on.get())
                : Optional.of(named);
    }

    /** POST /api/validate: a JSON array of codes, or {"codes": [...]}; answers an array in the same order. */
    private static void batch(Codebook codebook, RequestParameters parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        CodeSet codeSet = parameters.codeSet(codebook);
        List<String> codes = codes(request.getInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream(256 * codes.size() + 16);
        try (JsonGenerator json = JSON.createGenerator(body, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (String code : codes) {
                json.writeStartObject();
                AnswerJson.validation(check(codebook, codeSet, parameters, code), json);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        send(response, 200, body);
    }

    private static List<String> codes(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (parser.nextToken() != JsonToken.FIELD_NAME || !"codes".equals(parser.currentName())) {
                    throw ApiException.badRequest("the body is a JSON array of codes, or {\"codes\": [...]}");
                }
                first = parser.nextToken();
            }
            if (first != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("the body is a JSON array of codes, or {\"codes\": [...]}; got "
                        + (first == null ? "nothing" : first.asString() == null ? first.name() : first.asString()));
            }
            List<String> codes = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw ApiException.badRequest("code " + (codes.size() + 1) + " of the body is not a string");
                }
                if (codes.size() == Limits.BATCH_CODES) {
                    throw ApiException.badRequest("a batch holds at most " + Limits.BATCH_CODES + " codes; send the "
                            + "rest in another request");
                }
                String code = parser.getText();
                if (code.length() > Limits.PARAMETER_CHARACTERS) {
                    throw ApiException.badRequest("code " + (codes.size() + 1) + " of the body is " + code.length()
                            + " characters long; at most " + Limits.PARAMETER_CHARACTERS + " are read");
                }
                codes.add(code);
            }
            return codes;
        } catch (JsonParseException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void search(Codebook codebook, RequestParameters parameters, HttpServletResponse response)
            throws IOException {
        String text = parameters.required("q");
        Search search = parameters.inSystems(codebook.search(text), Search::in)
                .limit(parameters.integer("limit", 10, 1, Search.MAX_LIMIT));
        if (parameters.flag("billableOnly")) {
            search = search.billableOnly();
        }
        var hits = search.run();
        object(response, 200, json -> AnswerJson.searchHits(text, hits, json));
    }

    /**
     * POST /api/check: one encounter, answered with one object (400 when it cannot be read); or a JSON array of
     * them, answered with an array in the same order, where an encounter that cannot be read gets an {@code error}.
     */
    private static void check(LiveIndex.Lease lease, RequestParameters parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Codebook codebook = lease.codebook();
        CodeSet[] pinned = parameters.optional("release")
                .map(version -> EncounterJson.releasesOfVersion(codebook, version))
                .orElseGet(() -> new CodeSet[0]);
        JsonNode body = encounters(request.getInputStream());
        if (!body.isArray()) {
            Encounter encounter = EncounterJson.read(body);
            object(response, 200, json -> EncounterJson.answer(EncounterJson.id(body),
                    lease.checker().check(encounter, pinned), json));
            return;
        }
        if (body.size() > Limits.BATCH_ENCOUNTERS) {
            throw ApiException.badRequest("a batch holds at most " + Limits.BATCH_ENCOUNTERS + " encounters, this one "
                    + body.size() + "; send the rest in another request");
        }
        ByteArrayOutputStream answers = new ByteArrayOutputStream(512 * body.size() + 16);
        try (JsonGenerator json = JSON.createGenerator(answers, JsonEncoding.UTF8)) {
            json.writeStartArray();
            int number = 0;
            for (JsonNode item : body) {
                number++;
                json.writeStartObject();
                JsonNode id = EncounterJson.id(item);
                try {
                    EncounterJson.answer(id, lease.checker().check(EncounterJson.read(item), pinned), json);
                } catch (IllegalArgumentException e) {
                    EncounterJson.error(id, "encounter " + number + ": " + e.getMessage(), json);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        send(response, 200, answers);
    }

    private static JsonNode encounters(InputStream in) throws IOException {
        JsonNode body;
        try {
            body = TREES.readTree(in);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || body.isMissingNode()) {
            throw ApiException.badRequest("the body is empty; POST an encounter such as {\"diagnoses\": [\"E11.9\"]}, "
                    + "or a JSON array of them");
        }
        return body;
    }

    private static void suggest(Codebook codebook, RequestParameters parameters, HttpServletResponse response)
            throws IOException {
        String text = parameters.required("q");
        var suggestions = parameters.inSystems(codebook.suggest(text), Suggest::in)
                .limit(parameters.integer("limit", 8, 1, Suggest.MAX_LIMIT)).run();
        object(response, 200, json -> AnswerJson.suggestions(text, suggestions, json));
    }

    private static void quiz(Codebook codebook, RequestParameters parameters, HttpServletResponse response)
            throws IOException {
        CodeSystem system = CodeSystem.of(parameters.optional("system").orElse(CodeSystem.ICD10CM.id()));
        Optional<String> release = parameters.optional("release");
        QuizBuilder builder = Quiz.builder(release.isPresent() ? codebook.system(system, release.get())
                        : codebook.system(system))
                .questions(parameters.integer("questions", 10, 1, Limits.QUIZ_QUESTIONS))
                .options(parameters.integer("options", 4, 2, 10));
        parameters.optional("chapter").ifPresent(builder::chapter);
        parameters.optional("block").ifPresent(builder::block);
        parameters.optional("within").ifPresent(builder::within);
        if (parameters.flag("billableOnly")) {
            builder.billableOnly();
        }
        parameters.optional("depth").ifPresent(depth -> QuizChoices.depth(builder, depth, "parameter 'depth'"));
        parameters.optional("kind").ifPresent(kinds -> QuizChoices.kinds(builder, Arrays.asList(kinds.split(","))));
        parameters.seed().ifPresent(builder::seed);
        Quiz quiz = builder.build();
        object(response, 200, json -> {
            json.writeNumberField("seed", quiz.seed());
            json.writeArrayFieldStart("questions");
            int number = 0;
            for (Question question : quiz.questions()) {
                json.writeStartObject();
                AnswerJson.question(quiz, ++number, question, json);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** status "ok" (or "starting") and each release: system, version, label, effective dates, node count. */
    private void releases(Codebook codebook, JsonGenerator json) throws IOException {
        json.writeStringField("status", ready ? "ok" : "starting");
        json.writeArrayFieldStart("releases");
        for (Release release : codebook.releases()) {
            json.writeStartObject();
            json.writeStringField("system", release.system().id());
            json.writeStringField("release", release.version());
            json.writeStringField("label", release.label());
            json.writeStringField("effectiveFrom", release.effectiveFrom().toString());
            json.writeStringField("effectiveTo", release.effectiveTo().toString());
            json.writeNumberField("nodes", codebook.system(release.system(), release.version()).size());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void object(HttpServletResponse response, int status, Answer answer) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(body, JsonEncoding.UTF8)) {
            json.writeStartObject();
            answer.write(json);
            json.writeEndObject();
        }
        send(response, status, body);
    }

    /** A JSON error, {"status": 400, "error": "..."}; written by the server's error handler too. */
    public static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        object(response, status, json -> {
            json.writeNumberField("status", status);
            json.writeStringField("error", message);
        });
    }

    private static void send(HttpServletResponse response, int status, ByteArrayOutputStream body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }
}
