package dev.codebook.benchmarks;

import dev.codebook.code.Validation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of one input, one of each verdict: billable (E11.9), header (E11), 7th character missing (S72.001),
 * 7th character not allowed (S72.001Z), placeholder missing (T36.01A), unknown with nearest codes (E11.99) and
 * malformed input. The floor is {@link LookupBenchmark#baselineHashMap}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ValidateBenchmark {

    @Param({"E11.9", "E11", "S72.001", "S72.001Z", "T36.01A", "E11.99", "not a code"})
    public String input;

    @Benchmark
    public Validation validate(FullIndex index) {
        return index.icd10cm.validate(input);
    }
}
