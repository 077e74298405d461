package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.check.CheckResult;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.Service;
import dev.codebook.check.Sex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        description = "Check encounters, one JSON object per line, for the code combinations that get claims denied: "
                + "invalid codes, Excludes1 pairs, code-first and other Tabular instructions, maternal and newborn "
                + "codes together, duplicates, HCPCS modifiers. Answers one object per encounter, in order.")
final class CheckCommand extends JsonLinesCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "date", "diagnoses", "procedures", "services", "sex", "age");

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--release", paramLabel = "VERSION", description = "Check against the releases of this version "
            + "(e.g. 2021) for the systems that have one, instead of those in effect on each date of service.")
    String release;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A file of encounters, one JSON object per line, or - "
            + "to read them from standard input.")
    String file;

    @Override
    Path index() {
        return index;
    }

    @Override
    List<String> inputs() {
        return List.of(file);
    }

    @Override
    Optional<Path> inputFile() {
        return file.equals("-") ? Optional.empty() : Optional.of(Path.of(file));
    }

    @Override
    Answerer answerer(Codebook codebook) {
        CodeSet[] pinned = pinned(codebook);
        Checker checker = Checker.of(codebook);
        int[] line = {0};
        return (input, json) -> {
            line[0]++;
            JsonNode encounter;
            try {
                encounter = JSON.readTree(input);
            } catch (JsonProcessingException e) {
                writeError(json, null, "line " + line[0] + " is not JSON: " + e.getOriginalMessage());
                return;
            }
            JsonNode id = encounter == null ? null : encounter.get("id");
            try {
                write(json, id, checker.check(encounter(encounter), pinned));
            } catch (IllegalArgumentException e) {
                writeError(json, id, "line " + line[0] + ": " + e.getMessage());
            }
        };
    }

    /** The releases of the version --release names; none without it. */
    private CodeSet[] pinned(Codebook codebook) {
        if (release == null) {
            return new CodeSet[0];
        }
        List<CodeSet> sets = new ArrayList<>();
        for (var system : codebook.systems()) {
            codebook.releases().stream()
                    .filter(r -> r.system().equals(system) && r.version().equals(release))
                    .findFirst()
                    .ifPresent(r -> sets.add(codebook.system(system, release)));
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("this index holds no release of version " + release + "; it holds "
                    + codebook.releases().stream().map(r -> r.label()).collect(Collectors.joining(", ")));
        }
        return sets.toArray(CodeSet[]::new);
    }

    /** The encounter a line states, checked field by field. */
    private static Encounter encounter(JsonNode node) {
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
            throw new IllegalArgumentException("'diagnoses' is missing: a list of ICD-10-CM codes, the principal first");
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

    private static void write(JsonGenerator json, JsonNode id, CheckResult result) throws IOException {
        writeId(json, id);
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

    private static void writeError(JsonGenerator json, JsonNode id, String error) throws IOException {
        writeId(json, id);
        json.writeStringField("error", error);
    }

    private static void writeId(JsonGenerator json, JsonNode id) throws IOException {
        json.writeFieldName("id");
        if (id == null || !id.isValueNode()) {
            json.writeNull();
        } else if (id.isNumber()) {
            json.writeNumber(id.decimalValue());
        } else {
            json.writeString(id.asText());
        }
    }
}
