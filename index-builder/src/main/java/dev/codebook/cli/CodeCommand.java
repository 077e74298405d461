package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A JSON Lines command that answers for each input code, from one release of one system. */
abstract class CodeCommand extends JsonLinesCommand {

    @Mixin
    IndexOptions options;

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "Codes to answer for, or - to read one per line "
            + "from standard input.")
    List<String> codes;

    /** Writes the answer for one input as the fields of a JSON object. */
    abstract void answer(CodeSet codeSet, String input, JsonGenerator json) throws IOException;

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
