package dev.codebook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.Codebook;
import dev.codebook.check.CheckResult;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.Service;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over plain HTTP, on the full index: the command line's objects, checked against the library's. */
class JsonApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Codebook codebook;

    @BeforeAll
    static void start() {
        codebook = RunningServer.codebook();
        RunningServer.full();
    }

    @Test
    void healthListsTheReleases() {
        JsonNode health = ok("/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(codebook.releases().size(), health.get("releases").size());
    }

    @Test
    void lookupAnswersWithTheCommandLinesObject() {
        JsonNode answer = ok("/api/lookup?code=e119");
        Code code = codebook.icd10cm().code("E11.9").orElseThrow();
        assertEquals("E11.9", answer.get("code").asText());
        assertEquals(code.title(), answer.get("title").asText());
        assertEquals(code.notes().size(), answer.get("notes").size());
        assertEquals("billable", answer.get("verdict").asText());

        JsonNode pcs = ok("/api/lookup?system=icd10pcs&code=0DTJ4ZZ");
        assertEquals(codebook.icd10pcs().code("0DTJ4ZZ").orElseThrow().explanation(), pcs.get("explanation").asText());
    }

    @Test
    void validateTakesTheDateOfService() {
        JsonNode before = ok("/api/validate?system=hcpcs&code=G0202&on=2015-06-01");
        assertEquals("no_release", before.get("verdict").asText(), "the index holds HCPCS 2020 only");
        JsonNode pinned = ok("/api/validate?system=hcpcs&release=2020&code=G0202&on=2020-01-01");
        assertEquals("terminated", pinned.get("verdict").asText());
        JsonNode terminated = ok("/api/validate?system=hcpcs&code=G0202&on=2020-06-01");
        assertEquals("terminated", terminated.get("verdict").asText());
        assertEquals("2020-06-01", terminated.get("on").asText());
    }

    @Test
    void validatesABatchInOrder() {
        List<String> codes = codebook.icd10cm().codes().chapter("4").stream().map(Code::code).limit(500).toList();
        List<String> inputs = new ArrayList<>(codes);
        inputs.add("T36.01A");
        HttpResponse<String> response = RunningServer.post("/api/validate?system=icd10cm", "application/json",
                json(inputs).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answers = parse(response.body());
        assertEquals(inputs.size(), answers.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(inputs.get(i), answers.get(i).get("input").asText());
            assertEquals(codebook.icd10cm().validate(inputs.get(i)).valid(), answers.get(i).get("valid").asBoolean());
        }
        assertEquals("placeholder_missing", answers.get(inputs.size() - 1).get("verdict").asText());
    }

    @Test
    void hierarchyGivesParentChildrenAndAncestors() {
        JsonNode answer = ok("/api/hierarchy?code=E11");
        assertEquals("E08-E13", answer.get("parent").get("code").asText());
        assertEquals(codebook.icd10cm().children("E11").stream().map(Code::code).toList(),
                texts(answer.get("children"), "code"));
        assertEquals(codebook.icd10cm().ancestors("E11").stream().map(Code::code).toList(),
                texts(answer.get("ancestors"), "code"));
    }

    @Test
    void searchAndSuggestAnswerAsTheLibraryDoes() {
        JsonNode hits = ok("/api/search?q=" + encode("heart attack") + "&system=icd10cm&limit=15");
        assertEquals(codebook.search("heart attack").in(CodeSystem.ICD10CM).limit(15).run().stream()
                .map(hit -> hit.code()).toList(), texts(hits.get("hits"), "code"));
        JsonNode suggestions = ok("/api/suggest?q=diab&limit=5");
        assertEquals(codebook.suggest("diab").limit(5).run().stream().map(s -> s.text()).toList(),
                texts(suggestions.get("suggestions"), "text"));
    }

    @Test
    void checkAnswersAnEncounterAsTheLibraryDoes() {
        JsonNode answer = checked("/api/check", "{\"id\": \"a-1\", \"date\": \"2021-03-01\", "
                + "\"diagnoses\": [\"E11.9\", \"E10.9\"], "
                + "\"services\": [{\"code\": \"E0130\", \"modifiers\": [\"ZZ\"]}]}");
        CheckResult expected = Checker.of(codebook).check(Encounter.builder().date(LocalDate.of(2021, 3, 1))
                .diagnoses(List.of("E11.9", "E10.9")).service(new Service("E0130", List.of("ZZ"))).build());
        assertEquals("a-1", answer.get("id").asText());
        assertFalse(answer.get("clean").asBoolean());
        assertEquals(expected.findings().stream().map(f -> f.rule().id()).toList(),
                texts(answer.get("findings"), "rule"));
        assertEquals(expected.findings().stream().map(Finding::message).toList(),
                texts(answer.get("findings"), "message"));
        assertTrue(texts(answer.get("findings"), "rule").containsAll(List.of("excludes1", "modifier")),
                answer.toString());
    }

    @Test
    void checkAnswersABatchInOrderAndTellsWhichEncounterItCannotRead() {
        JsonNode answers = checked("/api/check?release=2021", "[{\"id\": 1, \"diagnoses\": [\"E11.9\"]}, "
                + "{\"id\": 2, \"diagnoses\": \"E11.9\"}, 7, {\"id\": 4, \"diagnoses\": [\"E11.9\", \"E11.9\"]}]");
        assertEquals(4, answers.size());
        assertTrue(answers.get(0).get("clean").asBoolean(), answers.get(0).toString());
        assertEquals("encounter 2: 'diagnoses' is \"E11.9\", not a list", answers.get(1).get("error").asText());
        assertTrue(answers.get(2).get("id").isNull());
        assertTrue(answers.get(2).get("error").asText().startsWith("encounter 3: an encounter is a JSON object"));
        JsonNode duplicated = answers.get(3);
        assertEquals("duplicate", duplicated.get("findings").get(0).get("rule").asText(), duplicated.toString());
    }

    @Test
    void checkRefusesWhatItCannotRead() {
        assertError(RunningServer.get("/api/check?diagnoses=E11.9"), 405, "POST of encounters");
        assertError(post("/api/check", ""), 400, "the body is empty");
        assertError(post("/api/check", "{\"diagnoses\": [\"E11.9\""), 400, "not JSON");
        assertError(post("/api/check", "{\"procedures\": [\"0DTJ4ZZ\"]}"), 400, "'diagnoses' is missing");
        assertError(post("/api/check", "{\"diagnoses\": [], \"dx\": []}"), 400, "unknown field 'dx'");
        assertError(post("/api/check?release=1999", "{\"diagnoses\": []}"), 400, "no release of version 1999");
        assertError(post("/api/check", "[" + String.join(",", Collections.nCopies(1_001, "{\"diagnoses\": []}")) + "]"),
                400, "at most 1000 encounters");
    }

    @Test
    void quizIsReproducibleFromItsSeed() {
        String ask = "/api/quiz?system=icd10cm&chapter=4&questions=3&seed=42";
        JsonNode quiz = ok(ask);
        assertEquals(42, quiz.get("seed").asLong());
        assertEquals(3, quiz.get("questions").size());
        assertEquals(quiz, ok(ask));
        JsonNode first = quiz.get("questions").get(0);
        assertTrue(first.get("answer").asInt() < first.get("options").size());
    }

    @Test
    void badInputIsA4xxThatSaysWhatToChange() {
        refused("/api/lookup?code=E11.9&system=icd9", 400, "icd9");
        refused("/api/lookup?code=E11.9&system=ICD-9!", 400, "code system id");
        refused("/api/lookup?code=E11.9&release=1999", 400, "1999");
        refused("/api/lookup?code=" + encode("%%%"), 400, "%%%");
        refused("/api/lookup?code=E11.99", 404, "E11.99");
        refused("/api/lookup", 400, "parameter 'code' is missing");
        refused("/api/search", 400, "parameter 'q' is missing");
        refused("/api/search?q=x&limit=0", 400, "limit");
        refused("/api/validate?code=E11.9&on=yesterday", 400, "YYYY-MM-DD");
        refused("/api/quiz?depth=three", 400, "depth");
        refused("/api/search?q=" + "a".repeat(300), 400, "at most 256");
        refused("/api/nothing", 404, "/api/lookup");
        HttpResponse<String> put = RunningServer.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(RunningServer.base() + "/api/lookup?code=E11")).PUT(
                        java.net.http.HttpRequest.BodyPublishers.ofString("x")).build());
        assertError(put, 405, "read-only");
    }

    @Test
    void aHugeBodyOrQueryIsRefusedBeforeItIsRead() {
        String tooLarge = RunningServer.announce("/api/validate", "application/json", 10 << 20);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413 "), tooLarge);
        assertTrue(tooLarge.contains("{\"status\":413,\"error\":\"Request body is too large: 10485760>1048576\"}"),
                tooLarge);
        assertError(RunningServer.post("/api/validate", "application/json",
                "{\"codes\": [1, 2]}".getBytes(StandardCharsets.UTF_8)), 400, "not a string");
        assertError(RunningServer.post("/api/validate", "application/json",
                "not json".getBytes(StandardCharsets.UTF_8)), 400, "not JSON");
        assertError(RunningServer.get("/api/search?q=" + "a".repeat(10_000)), 414, "");
    }

    private static void refused(String pathAndQuery, int status, String saying) {
        assertError(RunningServer.get(pathAndQuery), status, saying);
    }

    /** A JSON answer of the status, whose error (or reason) says {@code saying}; never a stack trace. */
    static void assertError(HttpResponse<String> response, int status, String saying) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"),
                response.headers().toString());
        JsonNode body = parse(response.body());
        String message = body.has("error") ? body.get("error").asText() : body.get("reason").asText();
        assertTrue(message.contains(saying), message);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    private static HttpResponse<String> post(String pathAndQuery, String body) {
        return RunningServer.post(pathAndQuery, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode checked(String pathAndQuery, String body) {
        HttpResponse<String> response = post(pathAndQuery, body);
        assertEquals(200, response.statusCode(), response.body());
        return parse(response.body());
    }

    private static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> response = RunningServer.get(pathAndQuery);
        assertEquals(200, response.statusCode(), response.body());
        return parse(response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
