package dev.codebook.benchmarks;

import dev.codebook.benchmarks.baseline.PlainLuceneTitles;
import dev.codebook.benchmarks.baseline.TitleSubstringScan;
import dev.codebook.code.Code;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two search baselines over every ICD-10-CM title, top 10 per query: a substring scan (a naive application) and
 * plain Lucene BM25 ({@link PlainLuceneTitles}). Codebook's own search benchmark sets its figures against these.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SearchBaselineBenchmark {

    static final int TOP = 10;

    /** Queries as a user types them: a common condition, a longer phrase, a word with few hits. */
    @Param({"diabetes", "fracture of left femur", "sepsis"})
    public String query;

    private TitleSubstringScan scan;
    private PlainLuceneTitles lucene;

    @Setup
    public void index(FullIndex index) {
        List<String> titles = index.icd10cmNodes().stream().map(Code::title).toList();
        scan = TitleSubstringScan.of(titles);
        lucene = PlainLuceneTitles.of(titles);
    }

    @TearDown
    public void close() throws IOException {
        lucene.close();
    }

    @Benchmark
    public List<Integer> substringScan() {
        return scan.search(query, TOP);
    }

    @Benchmark
    public List<Integer> plainLuceneBm25() {
        return lucene.search(query, TOP);
    }
}
