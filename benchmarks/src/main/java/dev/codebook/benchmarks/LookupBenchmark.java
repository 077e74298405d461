package dev.codebook.benchmarks;

import dev.codebook.code.Code;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Lookup of one code, against the floor: a plain {@code HashMap<String, String>} of code to title holding the same
 * codes. Each call takes the next of 4,096 codes spread over the whole release, so neither side profits from asking
 * the same code again: {@code lookup} and {@code contains} in the release's own form (E11.9), {@code lookupAsTyped}
 * as a person might type them (" e119"), which takes the normalising path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class LookupBenchmark {

    static final int SAMPLE = 4096;

    private String[] inputs;
    private String[] typed;
    private Map<String, String> titleByCode;
    private int next;

    @Setup
    public void sample(FullIndex index) {
        List<String> codes = BenchmarkData.orderFileCodes();
        inputs = new String[SAMPLE];
        typed = new String[SAMPLE];
        titleByCode = new HashMap<>();
        for (int i = 0; i < SAMPLE; i++) {
            Code code = index.icd10cm.code(codes.get((int) ((long) i * codes.size() / SAMPLE))).orElseThrow();
            inputs[i] = code.code();
            typed[i] = " " + code.code().replace(".", "").toLowerCase(Locale.ROOT);
            // A copy of the key, so that the map compares contents as it would for a caller's own string.
            titleByCode.put(new String(code.code()), code.title());
        }
    }

    private String nextInput() {
        return inputs[next++ & (SAMPLE - 1)];
    }

    @Benchmark
    public Optional<Code> lookup(FullIndex index) {
        return index.icd10cm.code(nextInput());
    }

    @Benchmark
    public Optional<Code> lookupAsTyped(FullIndex index) {
        return index.icd10cm.code(typed[next++ & (SAMPLE - 1)]);
    }

    @Benchmark
    public boolean contains(FullIndex index) {
        return index.icd10cm.contains(nextInput());
    }

    /** The floor: what a lookup costs in the simplest map an application could keep itself. */
    @Benchmark
    public String baselineHashMap() {
        return titleByCode.get(nextInput());
    }
}
