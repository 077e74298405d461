package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.code.Code;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening the full index, against what an application without Codebook does at start: read the ICD-10-CM order file
 * into a code-to-title map.
 *
 * <p>Two modes: {@code warm} reopens in a JVM that has done it before (a service reloading its index);
 * {@code cold} opens once in a fresh JVM per fork (a command line or a service starting), taking the first call only;
 * {@code coldThenFirstLookups} adds the first lookup in each system to it. {@link ColdOpen} times the steps inside.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OpenBenchmark {

    private Path index;
    private Path orderFile;

    @Setup
    public void locate() {
        index = BenchmarkData.fullIndex();
        orderFile = BenchmarkData.sourceFile(BenchmarkData.ICD10CM_ORDER_FILE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public Codebook warm() throws IOException {
        return Codebook.open(index);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public Map<String, String> warmBaselineOrderFileMap() {
        return BenchmarkData.readOrderFile(orderFile);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Codebook cold() throws IOException {
        return Codebook.open(index);
    }

    /**
     * The first open in a fresh JVM, then the first lookup of a code in each system: what opening must not leave to
     * the first lookup.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public List<Optional<Code>> coldThenFirstLookups() throws IOException {
        Codebook codebook = Codebook.open(index);
        return List.of(codebook.icd10cm().code("S72.001A"), codebook.icd10pcs().code("0DTJ4ZZ"),
                codebook.hcpcs().code("G0202"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Map<String, String> coldBaselineOrderFileMap() {
        return BenchmarkData.readOrderFile(orderFile);
    }
}
