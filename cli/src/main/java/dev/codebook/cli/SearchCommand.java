package dev.codebook.cli;

import dev.codebook.Codebook;
import dev.codebook.Search;
import dev.codebook.code.CodeSystem;
import dev.codebook.json.AnswerJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        description = "Search codes by description: clinical or everyday words, abbreviations, misspellings, or a "
                + "code or its start. One JSON object per query: input, and hits best first.")
final class SearchCommand extends JsonLinesCommand {

    @Mixin
    SearchOptions options;

    @Option(names = "--billable-only", description = "Only codes that may be reported on a claim.")
    boolean billable;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Queries (quote those of several words), or - "
            + "to read one per line from standard input.")
    List<String> queries;

    @Override
    Path index() {
        return options.index;
    }

    @Override
    List<String> inputs() {
        return queries;
    }

    @Override
    Answerer answerer(Codebook codebook) {
        narrowed(codebook.search(""));
        return (input, json) -> AnswerJson.searchHits(input, narrowed(codebook.search(input)).run(), json);
    }

    /** The search with the command's options; checks them once before any query is read. */
    private Search narrowed(Search search) {
        List<CodeSystem> systems = options.codeSystems();
        Search narrowed = options.limit == null ? search : search.limit(options.limit);
        if (!systems.isEmpty()) {
            narrowed = narrowed.in(systems.get(0), systems.subList(1, systems.size()).toArray(CodeSystem[]::new));
        }
        return billable ? narrowed.billableOnly() : narrowed;
    }
}
