package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.check.Checker;
import dev.codebook.json.EncounterJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        description = "Check encounters, one JSON object per line, for the code combinations that get claims denied: "
                + "invalid codes, Excludes1 pairs, code-first and other Tabular instructions, maternal and newborn "
                + "codes together, duplicates, HCPCS modifiers. Answers one object per encounter, in order.")
final class CheckCommand extends JsonLinesCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--release", paramLabel = "VERSION", description = "Check against the releases of this version "
            + "(e.g. 2021) for the systems that have one, instead of those in effect on each date of service.")
    String release;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A file of encounters, one JSON object per line, or - "
            + "to read them from standard input.")
    String file;

    @Override
    Path index() {
        return index;
    }

    @Override
    List<String> inputs() {
        return List.of(file);
    }

    @Override
    Optional<Path> inputFile() {
        return file.equals("-") ? Optional.empty() : Optional.of(Path.of(file));
    }

    @Override
    Answerer answerer(Codebook codebook) {
        CodeSet[] pinned = pinned(codebook);
        Checker checker = Checker.of(codebook);
        int[] line = {0};
        return (input, json) -> {
            line[0]++;
            JsonNode encounter;
            try {
                encounter = JSON.readTree(input);
            } catch (JsonProcessingException e) {
                EncounterJson.error(null, "line " + line[0] + " is not JSON: " + e.getOriginalMessage(), json);
                return;
            }
            JsonNode id = EncounterJson.id(encounter);
            try {
                EncounterJson.answer(id, checker.check(EncounterJson.read(encounter), pinned), json);
            } catch (IllegalArgumentException e) {
                EncounterJson.error(id, "line " + line[0] + ": " + e.getMessage(), json);
            }
        };
    }

    /** The releases of the version --release names; none without it. */
    private CodeSet[] pinned(Codebook codebook) {
        return release == null ? new CodeSet[0] : EncounterJson.releasesOfVersion(codebook, release);
    }
}
