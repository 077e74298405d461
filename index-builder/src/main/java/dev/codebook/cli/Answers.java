package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Code;
import dev.codebook.Validation;
import java.io.IOException;
import java.util.List;

/** The JSON fields every answer carries, written the same way by each command. */
final class Answers {

    private Answers() {
    }

    /** input, system, code, found, valid, billable, title, kind, verdict, reason (null when valid), on (the date). */
    static void common(Validation validation, JsonGenerator json) throws IOException {
        json.writeStringField("input", validation.input());
        json.writeStringField("system", validation.system().id());
        json.writeStringField("release", validation.release().orElse(null));
        json.writeStringField("code", validation.code().map(Code::code).orElse(null));
        json.writeBooleanField("found", validation.found());
        json.writeBooleanField("valid", validation.valid());
        json.writeBooleanField("billable", validation.billable());
        json.writeStringField("title", validation.code().map(Code::title).orElse(null));
        json.writeStringField("kind", validation.code().map(code -> code.kind().label()).orElse(null));
        json.writeStringField("verdict", validation.verdict().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("reason", validation.valid() ? null : validation.reason());
        json.writeStringField("on", validation.dateOfService().toString());
        if (!validation.suggestions().isEmpty()) {
            strings("suggestions", validation.suggestions(), json);
        }
    }

    static void strings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A node in brief: code, title, kind, billable. */
    static void brief(Code code, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", code.code());
        json.writeStringField("title", code.title());
        json.writeStringField("kind", code.kind().label());
        json.writeBooleanField("billable", code.billable());
        json.writeEndObject();
    }

    static void briefs(String field, List<Code> codes, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Code code : codes) {
            brief(code, json);
        }
        json.writeEndArray();
    }
}
