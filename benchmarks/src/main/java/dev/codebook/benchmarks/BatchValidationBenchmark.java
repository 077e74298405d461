package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.code.Validation;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of every code the ICD-10-CM order file lists (95,358 in FY2021: 72,621 billable, the rest headers) in one
 * batch call, against looking each up in a code-to-title {@code HashMap}.
 *
 * <p>A code set keeps each node's {@code Code} once built, so {@code validateAll} measures a service that has answered
 * for these codes before; {@code validateAllFirstTime} opens the index afresh before each call (not timed), so every
 * node is built as in a single pass of {@code codebook validate -}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BatchValidationBenchmark {

    private List<String> codes;
    private Map<String, String> titleByCode;

    @Setup
    public void readOrderFile() {
        codes = BenchmarkData.orderFileCodes();
        titleByCode = new HashMap<>(BenchmarkData.orderFileTitles());
    }

    @Benchmark
    public List<Validation> validateAll(FullIndex index) {
        return index.icd10cm.validate(codes);
    }

    /** An index opened anew before each call, so no node has been asked for yet. */
    @State(Scope.Thread)
    public static class FreshIndex {
        Codebook codebook;

        @Setup(Level.Invocation)
        public void open() {
            codebook = BenchmarkData.openFullIndex();
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException {
            codebook.close();
        }
    }

    @Benchmark
    public List<Validation> validateAllFirstTime(FreshIndex index) {
        return index.codebook.icd10cm().validate(codes);
    }

    @Benchmark
    public int baselineHashMapAll() {
        int found = 0;
        for (String code : codes) {
            if (titleByCode.get(code) != null) {
                found++;
            }
        }
        return found;
    }
}
