package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Note;
import dev.codebook.SeventhCharacter;
import dev.codebook.Validation;
import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "lookup",
        description = "Look up each code: titles, kind, billable, and the notes that apply to it, each with the node "
                + "that states it.")
final class LookupCommand extends CodeCommand {

    @Override
    void answer(CodeSet codeSet, String input, JsonGenerator json) throws IOException {
        Validation validation = codeSet.validate(input);
        Answers.common(validation, json);
        if (validation.code().isEmpty()) {
            return;
        }
        Code code = validation.code().get();
        json.writeStringField("shortTitle", code.shortTitle());
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
