package dev.codebook.benchmarks;

import dev.codebook.code.Code;
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
 * One step through the hierarchy: the parent and the ancestors of a 7th-character code (S72.001A: six levels up to
 * its chapter), the children of a category (E11: 9 subcategories and codes). The baseline is what an application
 * with a code-to-title map does for a parent: cut characters off until a shorter code is in the map.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class HierarchyBenchmark {

    private static final String DEEP_CODE = "S72.001A";
    private static final String CATEGORY = "E11";

    private Map<String, String> titleByCode;

    @Setup
    public void readOrderFile() {
        titleByCode = BenchmarkData.orderFileTitles();
    }

    @Benchmark
    public Optional<Code> parent(FullIndex index) {
        return index.icd10cm.parent(DEEP_CODE);
    }

    @Benchmark
    public List<Code> ancestors(FullIndex index) {
        return index.icd10cm.ancestors(DEEP_CODE);
    }

    @Benchmark
    public List<Code> children(FullIndex index) {
        return index.icd10cm.children(CATEGORY);
    }

    /** The longest shorter prefix of the undotted code that the order file lists, with its title. */
    @Benchmark
    public String baselineHashMapParent() {
        String key = DEEP_CODE.replace(".", "");
        for (int length = key.length() - 1; length >= 3; length--) {
            String title = titleByCode.get(key.substring(0, length));
            if (title != null) {
                return title;
            }
        }
        return null;
    }
}
