package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A JSON Lines command that answers for each input code, from one release of one system. */
abstract class CodeCommand extends JsonLinesCommand {

    @Mixin
    IndexOptions options;

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "Codes to answer for, or - to read one per line "
            + "from standard input.")
    List<String> codes;

    @Option(names = "--on", paramLabel = "DATE", description = "The date of service (YYYY-MM-DD) to check codes "
            + "with dates of their own against (HCPCS, your own code sets); the release's first day by default.")
    LocalDate on;

    /** Writes the answer for one input as the fields of a JSON object. */
    abstract void answer(CodeSet codeSet, String input, JsonGenerator json) throws IOException;

    /** The input checked on the date of service the command was given, or the release's own. */
    Validation check(CodeSet codeSet, String input) {
        Validation validation = codeSet.validate(input);
        return on == null ? validation : validation.on(on);
    }

    @Override
    Path index() {
        return options.index;
    }

    @Override
    List<String> inputs() {
        return codes;
    }

    @Override
    Answerer answerer(Codebook codebook) {
        CodeSet codeSet = options.codeSet(codebook);
        return (input, json) -> answer(codeSet, input, json);
    }
}
