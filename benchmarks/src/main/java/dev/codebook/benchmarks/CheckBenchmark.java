package dev.codebook.benchmarks;

import dev.codebook.check.CheckResult;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.code.Code;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encounter checks in process: encounters of five diagnoses (billable ICD-10-CM codes drawn with a fixed seed, one
 * encounter in four with a pair an Excludes1 note forbids, dated 2020-12-01, in ICD-10-CM 2021), checked by two
 * threads, as a claims service on two cores would. Target: 200,000 encounters a second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
@State(Scope.Benchmark)
public class CheckBenchmark {

    private static final int ENCOUNTERS = 4096;

    private Encounter[] encounters;
    private Checker checker;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void drawEncounters(FullIndex index) {
        List<String> billable = index.icd10cm.codes().billableOnly().stream().map(Code::code).toList();
        SplittableRandom random = new SplittableRandom(13);
        encounters = new Encounter[ENCOUNTERS];
        for (int i = 0; i < ENCOUNTERS; i++) {
            String[] diagnoses = new String[5];
            for (int d = 0; d < 5; d++) {
                diagnoses[d] = billable.get(random.nextInt(billable.size()));
            }
            if (i % 4 == 0) {
                diagnoses[1] = "E11.9";
                diagnoses[3] = "E10.9";
            }
            encounters[i] = Encounter.builder().date(LocalDate.of(2020, 12, 1)).diagnoses(diagnoses).build();
        }
        // The note references of the release are worked out on the first check: not what is measured here.
        checker = Checker.of(index.codebook);
        checker.check(encounters[0]);
    }

    @Benchmark
    public CheckResult checkFiveDiagnoses(FullIndex index, Cursor cursor) {
        Encounter encounter = encounters[cursor.next];
        cursor.next = (cursor.next + 1) % ENCOUNTERS;
        return checker.check(encounter);
    }
}
