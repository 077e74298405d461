package dev.codebook.cli;

import dev.codebook.Codebook;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.WithheldTerms;
import dev.codebook.builder.spi.Progress;
import dev.codebook.check.NoteReferences;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Option(names = "--semantic", description = "Also store a sentence embedding (all-MiniLM-L6-v2) of each "
            + "node's title, so that search finds codes by meaning as well as by words. Needs the semantic module "
            + "(semantic/target/codebook-semantic.jar, which ./codebook picks up when it is there).")
    boolean semantic;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        IndexBuilder builder = new IndexBuilder(quiet ? Progress.silent() : Progress.printingTo(System.err))
                .withVocabulary(vocabulary)
                .withholding(WithheldTerms.read(withheld));
        if (semantic) {
            try {
                builder = builder.withSemanticVectors();
            } catch (IllegalStateException e) {
                throw new ParameterException(spec.commandLine(), "--semantic: " + e.getMessage());
            }
        }
        List<Release> releases = builder.build(sources, out);
        try (Codebook codebook = Codebook.open(out)) {
            for (Release release : releases) {
                System.out.println(IndexBuilder.summary(release));
                release.crossCheck().forEach(finding -> System.out.println("  cross-check: " + finding));
                if (release.system().equals(CodeSystem.ICD10CM)) {
                    noteReferences(NoteReferences.of(codebook.system(release.system(), release.version())));
                }
            }
        }
        System.out.printf(Locale.ROOT, "built %s in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The code references of the notes, which the encounter checks apply, and those that name no code. */
    private static void noteReferences(NoteReferences references) {
        List<NoteReferences.Unresolved> unresolved = references.unresolved();
        System.out.printf(Locale.ROOT, "  note code references: %,d, unresolved %d%n", references.count(),
                unresolved.size());
        for (NoteReferences.Unresolved one : unresolved) {
            System.out.println("  unresolved: '" + one.reference().written() + "' in the " + one.note().kind().heading()
                    + " note at " + one.note().source() + ": " + one.note().text());
        }
    }
}
