package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.quiz.Quiz;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * How long a quiz of 10,000 questions takes to build on the full ICD-10-CM release (in the full index) (the issue asks for under a
 * second), over the whole release and over one chapter. Each invocation uses a fresh seed, so every quiz differs.
 * The release's outline (the arrays quizzes sample from) is built once, before measuring, as an application that
 * keeps its {@code Codebook} open would have it.
 *
 * <pre>
 * mvn -B -ntp -q -DskipTests package
 * CODEBOOK_SOURCES=/work/shared/codebooks java -jar benchmarks/target/benchmarks.jar QuizBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class QuizBenchmark {

    /** The scope: "all" of the release, or one chapter number. */
    @Param({"all", "19"})
    public String scope;

    private Codebook codebook;
    private long seed;

    @Setup(Level.Trial)
    public void open() {
        // The full index, rebuilt when older than this jar: ICD-10-CM is the quiz's default system.
        codebook = BenchmarkData.openFullIndex();
        tenThousandQuestions(); // builds the outline
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        codebook.close();
    }

    @Benchmark
    public Quiz tenThousandQuestions() {
        var builder = Quiz.builder(codebook.icd10cm()).questions(10_000).seed(seed++);
        return scope.equals("all") ? builder.build() : builder.chapter(scope).build();
    }
}
