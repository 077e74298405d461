package dev.codebook.benchmarks;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.quiz.Quiz;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the heap an open index retains: used heap after a full collection with the index open, less the same
 * before opening it, then again after a first search and after every node has been built once; and, as the
 * baseline, the same for the ICD-10-CM order file read into a code-to-title map. Last, what a closed index still
 * retains while the application keeps a reference to it.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.HeapFootprint [INDEX]
 * </pre>
 *
 * Without INDEX it measures the full benchmark index (built from CODEBOOK_SOURCES when needed). The serial collector
 * makes {@code System.gc()} a full, compacting collection, so the figure is repeatable to within a few hundred KB.
 */
public final class HeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {
    }

    public static void main(String[] args) throws IOException {
        Path index = args.length > 0 ? Path.of(args[0]) : BenchmarkData.fullIndex();
        Path orderFile = BenchmarkData.sourceFile(BenchmarkData.ICD10CM_ORDER_FILE);
        // Load the classes both sides need first, so that neither pays for the other's.
        warmUp(index);
        BenchmarkData.readOrderFile(orderFile);

        long before = usedAfterGc();
        Codebook codebook = Codebook.open(index);
        long withIndex = usedAfterGc();
        Reference.reachabilityFence(codebook);
        report("open index (" + codebook.releases().size() + " releases, " + index + ")", withIndex - before);
        // The search index opens on the first search and keeps its spelling dictionary and node tables from then on.
        codebook.search("diabetes").run();
        codebook.suggest("diab").run();
        long withSearch = usedAfterGc();
        report("open index after a first search and suggestion", withSearch - before);
        // Strings, notes and codes are built on first use and kept: the most the index holds is with every node built.
        codebook.icd10cm().validate(BenchmarkData.orderFileCodes());
        codebook.systems().forEach(system -> codebook.system(system).codes().toList());
        long withEveryNode = usedAfterGc();
        report("open index after validating every order-file code and building every node", withEveryNode - before);
        // A quiz's outline and the note references the checks resolve are kept with their release while it is open.
        Quiz.builder(codebook.icd10cm()).questions(10).seed(1).build();
        Checker.of(codebook).check(Encounter.of("E11.9", "E10.9"));
        long withQuizAndCheck = usedAfterGc();
        report("open index after a quiz and an encounter check as well", withQuizAndCheck - before);
        // Closing drops all of it, while the application still holds the closed codebook and a code set of it.
        CodeSet held = codebook.icd10cm();
        codebook.close();
        long closed = usedAfterGc();
        Reference.reachabilityFence(codebook);
        Reference.reachabilityFence(held);
        report("closed index, still referenced by the application", closed - before);

        before = usedAfterGc();
        Map<String, String> baseline = BenchmarkData.readOrderFile(orderFile);
        long withMap = usedAfterGc();
        Reference.reachabilityFence(baseline);
        report("baseline HashMap<String, String> code->title (" + baseline.size() + " order-file entries)",
                withMap - before);
    }

    /** In a method of its own, so that no slot of main's frame keeps the warm-up index reachable. */
    private static void warmUp(Path index) throws IOException {
        try (Codebook codebook = Codebook.open(index)) {
            codebook.search("asthma").run();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static void report(String what, long bytes) {
        System.out.printf(Locale.ROOT, "retained heap: %.1f MB  %s%n", bytes / (1024.0 * 1024.0), what);
    }
}
