package dev.codebook.cli;

import dev.codebook.code.CodeSystem;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options the search commands share: which index, which systems, how many answers. */
final class SearchOptions {

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--system", paramLabel = "SYSTEM", split = ",",
            description = "Only these code systems, e.g. icd10cm; repeat or separate with commas. Default: all.")
    List<String> systems = List.of();

    @Option(names = "--limit", paramLabel = "N",
            description = "At most this many answers per query, 1 to 1000 (default: the library's, 10 hits for "
                    + "search and 8 suggestions for suggest).")
    Integer limit;

    /** The systems chosen, or empty for all. */
    List<CodeSystem> codeSystems() {
        return systems.stream().map(CodeSystem::of).toList();
    }
}
