package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.code.Validation;
import dev.codebook.json.AnswerJson;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "validate",
        description = "Say whether each code may be reported as it stands (on the date of service given with --on), "
                + "and if not why and what to use instead.")
final class ValidateCommand extends CodeCommand {

    @Override
    void answer(Validation validation, Optional<CodeSet> codeSet, JsonGenerator json) throws IOException {
        AnswerJson.validation(validation, json);
    }
}
