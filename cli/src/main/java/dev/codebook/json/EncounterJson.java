package dev.codebook.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.check.CheckResult;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.Service;
import dev.codebook.check.Sex;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Encounters in JSON, read and answered the same way by {@code codebook check} (one per line) and the server
 * ({@code POST /api/check}): <pre>
 * {"id": "...", "date": "2021-03-01", "diagnoses": ["E11.9"], "procedures": ["0DTJ4ZZ"],
 *  "services": [{"code": "E0130", "modifiers": ["RR"]}, "A0428"], "sex": "F", "age": 54}
 * </pre>
 * every field but {@code diagnoses} optional; answered with {@code {"id", "clean", "findings": [{"rule", "severity",
 * "codes", "message", "source"}]}}, or {@code {"id", "error"}} for an encounter that cannot be read.
 */
public final class EncounterJson {

    private static final Set<String> FIELDS = Set.of("id", "date", "diagnoses", "procedures", "services", "sex", "age");

    private EncounterJson() {
    }

    /**
     * The encounter a JSON object states, checked field by field.
     *
     * @throws IllegalArgumentException naming the field that is missing, unknown or not of its type
     */
    public static Encounter read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an encounter is a JSON object such as {\"diagnoses\": [\"E11.9\"]}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; an encounter has " + FIELDS);
            }
        }
        if (!node.has("diagnoses")) {
            throw new IllegalArgumentException(
                    "'diagnoses' is missing: a list of ICD-10-CM codes, the principal first");
        }
        Encounter.Builder encounter = Encounter.builder()
                .diagnoses(strings(node, "diagnoses"))
                .procedures(strings(node, "procedures"));
        text(node, "date").ifPresent(date -> {
            try {
                encounter.date(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'date' is '" + date + "', not a date written YYYY-MM-DD");
            }
        });
        for (JsonNode service : list(node, "services")) {
            encounter.service(service(service));
        }
        text(node, "sex").ifPresent(sex -> encounter.sex(Sex.of(sex)));
        JsonNode age = node.get("age");
        if (age != null && !age.isNull()) {
            if (!age.canConvertToExactIntegral() || !age.canConvertToInt()) {
                throw new IllegalArgumentException("'age' is " + age + ", not a whole number of years");
            }
            encounter.age(age.asInt());
        }
        return encounter.build();
    }

    /** The {@code id} an encounter's object carries, echoed in its answer; null when it has none. */
    public static JsonNode id(JsonNode encounter) {
        return encounter == null ? null : encounter.get("id");
    }

    /**
     * The releases of one version, one per system that has it: what {@code --release} and {@code release=} pin a
     * check to.
     *
     * @throws IllegalArgumentException when the index holds no release of that version, naming those it holds
     */
    public static CodeSet[] releasesOfVersion(Codebook codebook, String version) {
        // An index holds at most one release of a system and version.
        List<CodeSet> sets = codebook.releases().stream()
                .filter(release -> release.version().equals(version))
                .map(release -> codebook.system(release.system(), version))
                .toList();
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("this index holds no release of version " + version + "; it holds "
                    + codebook.releases().stream().map(r -> r.label()).collect(Collectors.joining(", ")));
        }
        return sets.toArray(CodeSet[]::new);
    }

    /** The answer to one encounter: id, clean and its findings, most severe first. */
    public static void answer(JsonNode id, CheckResult result, JsonGenerator json) throws IOException {
        id(id, json);
        json.writeBooleanField("clean", result.clean());
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule().id());
            json.writeStringField("severity", finding.severity().id());
            json.writeArrayFieldStart("codes");
            for (String code : finding.codes()) {
                json.writeString(code);
            }
            json.writeEndArray();
            json.writeStringField("message", finding.message());
            json.writeStringField("source", finding.source().orElse(null));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The answer to an encounter that cannot be read or checked: its id, if it has one, and why. */
    public static void error(JsonNode id, String error, JsonGenerator json) throws IOException {
        id(id, json);
        json.writeStringField("error", error);
    }

    private static void id(JsonNode id, JsonGenerator json) throws IOException {
        json.writeFieldName("id");
        if (id == null || !id.isValueNode()) {
            json.writeNull();
        } else if (id.isNumber()) {
            json.writeNumber(id.decimalValue());
        } else {
            json.writeString(id.asText());
        }
    }

    private static Service service(JsonNode service) {
        if (service.isTextual()) {
            return Service.of(service.asText());
        }
        if (!service.isObject() || !service.path("code").isTextual()) {
            throw new IllegalArgumentException("a service is a HCPCS code, or an object such as {\"code\": \"E0130\", "
                    + "\"modifiers\": [\"RR\"]}; got " + service);
        }
        return new Service(service.get("code").asText(), strings(service, "modifiers"));
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is " + value + ", not a list");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> strings = new ArrayList<>();
        for (JsonNode item : list(node, field)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("'" + field + "' holds " + item + ", not a code in quotes");
            }
            strings.add(item.asText());
        }
        return strings;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is " + value + ", not text in quotes");
        }
        return Optional.of(value.asText());
    }
}
