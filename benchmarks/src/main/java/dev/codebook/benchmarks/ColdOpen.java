package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the first open of an index in a fresh JVM, step by step, where JMH's {@code OpenBenchmark.cold} gives only
 * the whole. Run it once per fresh JVM:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.ColdOpen phases [INDEX]
 * java -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.ColdOpen open [INDEX]
 * </pre>
 *
 * {@code phases} reads the metadata, then each release's code table one after the other; {@code open} times
 * {@code Codebook.open}, then a first lookup of one code in each system (the work an open must not defer to it).
 * Without INDEX it uses the full benchmark index; build that first (any benchmark run does), since a build in the
 * same JVM would warm it.
 */
public final class ColdOpen {

    private ColdOpen() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "open";
        Path index = args.length > 1 ? Path.of(args[1]) : BenchmarkData.target().resolve("benchmark-index");
        // The times are kept as they come and worded at the end, so that no formatting falls inside a step.
        List<Object> names = new ArrayList<>();
        long[] times = new long[16];
        int steps = 0;
        times[steps++] = System.nanoTime();
        if (mode.equals("phases")) {
            IndexMetadata metadata = IndexMetadata.read(index);
            times[steps++] = System.nanoTime();
            names.add("metadata");
            for (Release release : metadata.releases()) {
                CodeTable.read(IndexMetadata.tableFile(index, release.system(), release.version()));
                times[steps++] = System.nanoTime();
                names.add(release);
            }
        } else {
            Codebook codebook = Codebook.open(index);
            times[steps++] = System.nanoTime();
            names.add("open");
            for (CodeSystem system : codebook.systems()) {
                if (codebook.system(system).code(sampleCode(system)).isEmpty()) {
                    throw new IllegalStateException(sampleCode(system) + " not found in " + system);
                }
                times[steps++] = System.nanoTime();
                names.add(system);
            }
        }
        StringBuilder report = new StringBuilder();
        for (int step = 1; step < steps; step++) {
            Object name = names.get(step - 1);
            String label = name instanceof Release release ? "table " + release.label()
                    : name instanceof CodeSystem system ? "first lookup " + system.id() + " " + sampleCode(system)
                    : name.toString();
            report.append(String.format(Locale.ROOT, "%s %.1f ms  ", label, (times[step] - times[step - 1]) / 1e6));
        }
        report.append(String.format(Locale.ROOT, "total %.1f ms", (times[steps - 1] - times[0]) / 1e6));
        System.out.println(report);
    }

    private static String sampleCode(CodeSystem system) {
        if (system.equals(CodeSystem.ICD10CM)) {
            return "S72.001A";
        }
        if (system.equals(CodeSystem.ICD10PCS)) {
            return "0DTJ4ZZ";
        }
        return system.equals(CodeSystem.HCPCS) ? "G0202" : "";
    }
}
