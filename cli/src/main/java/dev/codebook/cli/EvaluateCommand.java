package dev.codebook.cli;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.evaluation.BaselineSearch;
import dev.codebook.evaluation.RelevanceSet;
import dev.codebook.evaluation.Scores;
import dev.codebook.search.SearchHit;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate",
        description = "Measure search on a relevance set (kind, query, acceptable codes; tab-separated): recall@1, "
                + "recall@10, MRR and the share of queries with no hit at all (of those with a word that some title or "
                + "inclusion term holds), per kind and overall, beside a plain baseline (StandardAnalyzer, BM25 over "
                + "the long titles).")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The relevance set.")
    Path queries;

    @Override
    public Integer call() throws Exception {
        try (Codebook codebook = Codebook.open(options.index)) {
            CodeSet codeSet = options.codeSet(codebook);
            RelevanceSet set = RelevanceSet.read(queries, codeSet);
            Map<String, Scores> search = Scores.of(set, codeSet, text -> codebook.search(text)
                    .in(codeSet.system()).limit(Scores.DEPTH).run().stream().map(SearchHit::code).toList());
            Map<String, Scores> baseline;
            try (BaselineSearch plain = new BaselineSearch(codeSet)) {
                baseline = Scores.of(set, codeSet, text -> plain.search(text, Scores.DEPTH));
            }
            System.out.printf(Locale.ROOT, "%s, %d queries from %s; search (baseline)%n", codeSet.release().label(),
                    set.queries().size(), queries);
            System.out.printf(Locale.ROOT, "%-14s %7s  %-15s %-15s %-15s %-15s%n", "kind", "queries", "recall@1",
                    "recall@10", "MRR", "zero hits");
            search.forEach((kind, scores) -> {
                Scores base = baseline.get(kind);
                System.out.printf(Locale.ROOT, "%-14s %7d  %.3f (%.3f)   %.3f (%.3f)   %.3f (%.3f)   %.3f (%.3f)%n",
                        kind, scores.queries(), scores.recallAt1(), base.recallAt1(), scores.recallAt10(),
                        base.recallAt10(), scores.mrr(), base.mrr(), scores.zeroHits(), base.zeroHits());
            });
            return 0;
        }
    }
}
