package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.Validation;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that answers each input code with one JSON object on its own line. With {@code -} as the only code it
 * reads one input per line from standard input and answers in the same order, flushing whenever the input pauses,
 * so a caller may feed it line by line or pipe millions of codes through one process.
 */
abstract class CodeCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

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
    public Integer call() throws IOException {
        try (Codebook codebook = Codebook.open(options.index)) {
            CodeSet codeSet = options.codeSet(codebook);
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            json.setRootValueSeparator(null);
            if (codes.size() == 1 && codes.get(0).equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    write(codeSet, line, json, out);
                    if (!in.ready()) {
                        out.flush();
                    }
                }
            } else {
                for (String code : codes) {
                    write(codeSet, code, json, out);
                }
            }
            out.flush();
        }
        return 0;
    }

    private void write(CodeSet codeSet, String input, JsonGenerator json, OutputStream out) throws IOException {
        json.writeStartObject();
        answer(codeSet, input, json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }
}
