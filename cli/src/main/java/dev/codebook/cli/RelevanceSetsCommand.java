package dev.codebook.cli;

import dev.codebook.Codebook;
import dev.codebook.evaluation.GeneratedSets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "relevance-sets",
        description = "Write the relevance sets whose queries come from official texts, not from this project: the "
                + "ICD-10-CM Neoplasm Table and Table of Drugs and Chemicals, the ICD-10-PCS Index and the ICD-10-CM "
                + "inclusion terms (leave-one-out), each as a tuning and a held-out file. Same sources, same files.")
final class RelevanceSetsCommand implements Callable<Integer> {

    @Option(names = "--reference", required = true, paramLabel = "DIR",
            description = "The folder of the ICD-10-CM index tables (*neoplasm*.xml, *drug*.xml; any years).")
    Path reference;

    @Option(names = "--pcs-index", required = true, paramLabel = "FILE",
            description = "The ICD-10-PCS Index, icd10pcs_index_YYYY.xml.")
    Path pcsIndex;

    @Option(names = "--index", required = true, paramLabel = "INDEX",
            description = "An index of the ICD-10-CM and ICD-10-PCS releases whose codes the sets keep.")
    Path index;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the sets.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Codebook codebook = Codebook.open(index)) {
            for (GeneratedSets.Written file : GeneratedSets.write(reference, pcsIndex, codebook, out)) {
                System.out.printf(Locale.ROOT, "%s: %,d queries%n", file.file(), file.queries());
            }
        }
        return 0;
    }
}
