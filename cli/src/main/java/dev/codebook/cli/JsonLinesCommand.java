package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Codebook;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A command that answers each input with one JSON object on its own line. With {@code -} as the only input it reads
 * one input per line from standard input and answers in the same order, flushing whenever the input pauses, so a
 * caller may feed it line by line or pipe millions of inputs through one process.
 */
abstract class JsonLinesCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the answer for one input as the fields of a JSON object. */
    @FunctionalInterface
    interface Answerer {
        void answer(String input, JsonGenerator json) throws IOException;
    }

    /** The index folder to open. */
    abstract Path index();

    /** The inputs as given on the command line; {@code -} alone means standard input. */
    abstract List<String> inputs();

    /** A file to read one input per line from, instead of {@link #inputs()}; none unless a command takes one. */
    Optional<Path> inputFile() {
        return Optional.empty();
    }

    /** How to answer each input, from the open index; may check options and fail before any input is read. */
    abstract Answerer answerer(Codebook codebook);

    @Override
    public Integer call() throws IOException {
        try (Codebook codebook = Codebook.open(index())) {
            Answerer answerer = answerer(codebook);
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            json.setRootValueSeparator(null);
            List<String> inputs = inputs();
            Optional<Path> file = inputFile();
            if (file.isPresent() || inputs.size() == 1 && inputs.get(0).equals("-")) {
                BufferedReader in = file.isPresent()
                        ? Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)
                        : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    write(answerer, line, json, out);
                    if (!in.ready()) {
                        out.flush();
                    }
                }
            } else {
                for (String input : inputs) {
                    write(answerer, input, json, out);
                }
            }
            out.flush();
        }
        return 0;
    }

    private static void write(Answerer answerer, String input, JsonGenerator json, OutputStream out)
            throws IOException {
        json.writeStartObject();
        answerer.answer(input, json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }
}
