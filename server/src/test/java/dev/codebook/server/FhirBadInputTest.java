package dev.codebook.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input to the FHIR endpoint over plain HTTP: always a 4xx OperationOutcome that says why, never a trace. */
class FhirBadInputTest {

    private static final String CM = "http://hl7.org/fhir/sid/icd-10-cm";

    @Test
    void unknownSystemMissingCodeAndMalformedCode() {
        outcome(RunningServer.get("/fhir/CodeSystem/$lookup?system=http://snomed.info/sct&code=73211009"), 404,
                "no code system http://snomed.info/sct");
        outcome(RunningServer.get("/fhir/CodeSystem/$lookup?system=" + CM), 400, "code is missing");
        outcome(RunningServer.get("/fhir/CodeSystem/$validate-code?code=E11.9"), 400, "code system is missing");
        outcome(RunningServer.get("/fhir/CodeSystem/$lookup?system=" + CM + "&code=%25%25"), 400, "%%");
        outcome(RunningServer.get("/fhir/ValueSet/$expand"), 400, "value set is missing");
        outcome(RunningServer.get("/fhir/ValueSet/$expand?url=" + CM + "%3Ffhir_vs&count=many"), 400, "many");
        outcome(RunningServer.get("/fhir/Patient/1"), 404, "Patient");
    }

    @Test
    void aLongFilterOrAHugeBodyIsRefused() {
        String filter = "a".repeat(10_000);
        String tooLong = RunningServer.raw("GET /fhir/ValueSet/$expand?url=" + CM + "%3Ffhir_vs&filter=" + filter
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(tooLong.startsWith("HTTP/1.1 414 "), tooLong);
        assertTrue(tooLong.contains("\"resourceType\":\"OperationOutcome\""), tooLong);
        assertFalse(tooLong.contains("Exception") || tooLong.contains("\tat "), tooLong);
        String parameters = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"url\",\"valueUri\":\""
                + CM + "?fhir_vs\"},{\"name\":\"filter\",\"valueString\":\"" + filter + "\"}]}";
        outcome(RunningServer.post("/fhir/ValueSet/$expand", "application/fhir+json",
                parameters.getBytes(StandardCharsets.UTF_8)), 400, "10000 characters");
        String tooLarge = RunningServer.announce("/fhir/ValueSet/$expand", "application/fhir+json", 10 << 20);
        assertTrue(tooLarge.startsWith("HTTP/1.1 413 "), tooLarge);
        assertTrue(tooLarge.contains("\"resourceType\":\"OperationOutcome\"") && tooLarge.contains("too-long"),
                tooLarge);
    }

    private static void outcome(HttpResponse<String> response, int status, String saying) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"resourceType\":\"OperationOutcome\""), response.body());
        assertTrue(response.body().contains(saying), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }
}
