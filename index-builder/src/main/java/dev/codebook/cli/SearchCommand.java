package dev.codebook.cli;

import dev.codebook.CodeSystem;
import dev.codebook.Codebook;
import dev.codebook.search.Match;
import dev.codebook.search.Search;
import dev.codebook.search.SearchHit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--billable", description = "Only codes that may be reported on a claim.")
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
        return (input, json) -> {
            List<SearchHit> hits = narrowed(codebook.search(input)).run();
            json.writeStringField("input", input);
            json.writeArrayFieldStart("hits");
            for (SearchHit hit : hits) {
                json.writeStartObject();
                json.writeStringField("code", hit.code());
                json.writeStringField("system", hit.system().id());
                json.writeStringField("title", hit.title());
                json.writeStringField("kind", hit.kind().label());
                json.writeBooleanField("billable", hit.billable());
                json.writeNumberField("score", Float.parseFloat(String.format(Locale.ROOT, "%.3f", hit.score())));
                json.writeArrayFieldStart("why");
                for (Match match : hit.why()) {
                    json.writeStartObject();
                    json.writeStringField("source", match.source().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("text", match.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                Answers.strings("highlights", hit.highlights(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
        };
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
