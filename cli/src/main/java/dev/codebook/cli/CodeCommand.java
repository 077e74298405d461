package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--on", paramLabel = "DATE", description = "The date of service (YYYY-MM-DD): answers come from "
            + "the release in effect on that day (verdict no_release when the index holds none), and codes with dates "
            + "of their own (HCPCS, your own code sets) are checked against it. Without it, the latest release (or the "
            + "one --release names) on its first day.")
    LocalDate on;

    /**
     * Writes the answer for one input as the fields of a JSON object, from {@code validation}; {@code codeSet} is the
     * release it was checked against, empty when no release was in effect on the date of service.
     */
    abstract void answer(Validation validation, Optional<CodeSet> codeSet, JsonGenerator json) throws IOException;

    @Override
    Path index() {
        return options.index;
    }

    @Override
    List<String> inputs() {
        return codes;
    }

    /**
     * Without {@code --on}, each input is checked against the latest release (or the one {@code --release} names) on
     * its first day; with it, against the release in effect on that day, or the named one when it is.
     */
    @Override
    Answerer answerer(Codebook codebook) {
        CodeSet named = options.codeSet(codebook);
        if (on == null) {
            return (input, json) -> answer(named.validate(input), Optional.of(named), json);
        }
        if (options.release != null) {
            return (input, json) -> answer(named.validate(input, on), Optional.of(named), json);
        }
        Optional<CodeSet> inEffect = codebook.inEffect(named.system(), on);
        return (input, json) -> answer(codebook.validate(named.system(), input, on), inEffect, json);
    }
}
