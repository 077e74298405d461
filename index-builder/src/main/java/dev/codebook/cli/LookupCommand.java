package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Axis;
import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Note;
import dev.codebook.SeventhCharacter;
import dev.codebook.Validation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "lookup",
        description = "Look up each code: titles, kind, billable, the notes that apply to it (each with the node "
                + "that states it), its dates and action (HCPCS) or its explanation axis by axis (ICD-10-PCS).")
final class LookupCommand extends CodeCommand {

    @Override
    void answer(Validation validation, Optional<CodeSet> codeSet, JsonGenerator json) throws IOException {
        Answers.common(validation, json);
        if (validation.code().isEmpty()) {
            return;
        }
        Code code = validation.code().get();
        json.writeStringField("shortTitle", code.shortTitle());
        json.writeStringField("effectiveFrom", code.effectiveDates().from().map(LocalDate::toString).orElse(null));
        json.writeStringField("effectiveTo", code.effectiveDates().to().map(LocalDate::toString).orElse(null));
        if (code.action().isPresent()) {
            Answers.action(code.action().get(), json);
        }
        if (!code.axes().isEmpty()) {
            json.writeStringField("explanation", code.explanation());
            json.writeArrayFieldStart("axes");
            for (Axis axis : code.axes()) {
                json.writeStartObject();
                json.writeStringField("axis", axis.name());
                json.writeStringField("character", String.valueOf(axis.character()));
                json.writeStringField("value", axis.value());
                if (axis.definition().isPresent()) {
                    json.writeStringField("definition", axis.definition().get());
                }
                if (!axis.keys().isEmpty()) {
                    json.writeArrayFieldStart("keys");
                    for (String key : axis.keys()) {
                        json.writeString(key);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("notes");
        for (Note note : code.notes()) {
            json.writeStartObject();
            json.writeStringField("kind", note.kind().element());
            json.writeStringField("text", note.text());
            json.writeStringField("source", note.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!code.seventhCharacters().isEmpty()) {
            json.writeArrayFieldStart("seventhCharacters");
            for (SeventhCharacter seventh : code.seventhCharacters()) {
                json.writeStartObject();
                json.writeStringField("character", String.valueOf(seventh.character()));
                json.writeStringField("meaning", seventh.meaning());
                json.writeStringField("source", seventh.source());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
