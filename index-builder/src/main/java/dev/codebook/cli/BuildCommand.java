package dev.codebook.cli;

import dev.codebook.Release;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.Progress;
import dev.codebook.builder.WithheldTerms;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build",
        description = "Build an index from release files: folders, the zips as CMS distributes them, or single files. "
                + "Files are recognised by name. A failed build leaves an existing index untouched.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", required = true, arity = "1..*", paramLabel = "DIR|ZIP|FILE",
            description = "Where the release files are; repeat or list several.")
    List<Path> sources;

    @Option(names = "--out", required = true, paramLabel = "INDEX", description = "The index folder to write.")
    Path out;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "Your own vocabulary for search "
            + "(abbreviations and wordings, one 'phrase = expansion' a line), carried into the index after the "
            + "bundled one; repeat for several files.")
    List<Path> vocabulary = List.of();

    @Option(names = "--withhold-inclusion-terms", arity = "1..*", paramLabel = "FILE", description = "For "
            + "evaluation only: leave the inclusion terms of these relevance sets out of the search index, so that "
            + "search can be measured with them as queries (data/relevance/icd10cm-inclusion-terms*.tsv).")
    List<Path> withheld = List.of();

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        IndexBuilder builder = new IndexBuilder(quiet ? Progress.silent() : Progress.printingTo(System.err))
                .withVocabulary(vocabulary)
                .withholding(WithheldTerms.read(withheld));
        List<Release> releases = builder.build(sources, out);
        for (Release release : releases) {
            System.out.println(IndexBuilder.summary(release));
            release.crossCheck().forEach(finding -> System.out.println("  cross-check: " + finding));
        }
        System.out.printf(Locale.ROOT, "built %s in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
