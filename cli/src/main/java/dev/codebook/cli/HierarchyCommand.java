package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.code.Validation;
import dev.codebook.json.AnswerJson;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "hierarchy",
        description = "Place each code in its hierarchy: parent, children and ancestors up to the chapter.")
final class HierarchyCommand extends CodeCommand {

    @Override
    void answer(Validation validation, Optional<CodeSet> codeSet, JsonGenerator json) throws IOException {
        AnswerJson.hierarchy(codeSet, validation, json);
    }
}
