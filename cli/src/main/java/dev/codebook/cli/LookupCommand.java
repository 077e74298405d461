package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.code.Validation;
import dev.codebook.json.AnswerJson;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "lookup",
        description = "Look up each code: titles, kind, billable, the notes that apply to it (each with the node "
                + "that states it), its dates and action (HCPCS) or its explanation axis by axis (ICD-10-PCS).")
final class LookupCommand extends CodeCommand {

    @Override
    void answer(Validation validation, Optional<CodeSet> codeSet, JsonGenerator json) throws IOException {
        AnswerJson.lookup(validation, json);
    }
}
