package dev.codebook.cli;

import dev.codebook.Codebook;
import dev.codebook.Suggest;
import dev.codebook.code.CodeSystem;
import dev.codebook.json.AnswerJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "suggest",
        description = "Complete what a user has typed so far, for a search box: titles whose words start with the "
                + "words typed, general ones first, or codes for the start of a code. One JSON object per input.")
final class SuggestCommand extends JsonLinesCommand {

    @Mixin
    SearchOptions options;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What was typed, or - to read one per line from "
            + "standard input.")
    List<String> texts;

    @Override
    Path index() {
        return options.index;
    }

    @Override
    List<String> inputs() {
        return texts;
    }

    @Override
    Answerer answerer(Codebook codebook) {
        narrowed(codebook.suggest(""));
        return (input, json) -> AnswerJson.suggestions(input, narrowed(codebook.suggest(input)).run(), json);
    }

    private Suggest narrowed(Suggest suggest) {
        List<CodeSystem> systems = options.codeSystems();
        Suggest narrowed = options.limit == null ? suggest : suggest.limit(options.limit);
        return systems.isEmpty() ? narrowed
                : narrowed.in(systems.get(0), systems.subList(1, systems.size()).toArray(CodeSystem[]::new));
    }
}
