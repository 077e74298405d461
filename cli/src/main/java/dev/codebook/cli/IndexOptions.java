package dev.codebook.cli;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every query command shares: which index, which system, which release. */
final class IndexOptions {

    @Option(names = "--index", required = true, paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--system", defaultValue = "icd10cm", paramLabel = "SYSTEM",
            description = "The code system: icd10cm (default), icd10pcs, hcpcs, or the name of a code set of your "
                    + "own (cpt for cpt_2024.codes.csv).")
    String system;

    @Option(names = "--release", paramLabel = "VERSION", description = "A release other than the latest, e.g. 2021.")
    String release;

    CodeSet codeSet(Codebook codebook) {
        CodeSystem chosen = CodeSystem.of(system);
        return release == null ? codebook.system(chosen) : codebook.system(chosen, release);
    }
}
