package dev.codebook.benchmarks;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.Code;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full index, opened once per fork and shared by every benchmark thread: the state benchmarks of lookup,
 * validation, hierarchy and search take as a parameter.
 */
@State(Scope.Benchmark)
public class FullIndex {

    /** The open index of every release under CODEBOOK_SOURCES. */
    public Codebook codebook;
    /** Its ICD-10-CM release. */
    public CodeSet icd10cm;

    @Setup(Level.Trial)
    public void open() {
        codebook = BenchmarkData.openFullIndex();
        icd10cm = codebook.icd10cm();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        codebook.close();
    }

    /** Every node of the ICD-10-CM release, in hierarchy order: the corpus of the search baselines. */
    public List<Code> icd10cmNodes() {
        return icd10cm.codes().toList();
    }
}
