package dev.codebook.benchmarks;

import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.evaluation.BaselineSearch;
import dev.codebook.search.SearchHit;
import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Latency of a top-10 search and of type-ahead in ICD-10-CM on the full index, beside the plain baseline
 * (StandardAnalyzer, BM25 over long titles). Each call takes the next query of a fixed mix of everyday words,
 * abbreviations, misspellings, clinical phrases and codes, or, for {@code searchLongDescription}, of descriptions of
 * 8 to 30 words; sample mode reports the percentiles (p50 is the target).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SearchBenchmark} with {@code CODEBOOK_SOURCES} set, on the
 * full index of all three systems (searches narrowed to ICD-10-CM), or with {@code -jvmArgsAppend
 * -Dcodebook.index=INDEX} on another index.
 *
 * <p>With the semantic module, each search also embeds its query and fuses the nearest titles: put the module on the
 * class path and name an index built with {@code codebook build --semantic} (too slow to build here, about ten
 * minutes): {@code java -cp benchmarks/target/benchmarks.jar:semantic/target/codebook-semantic.jar
 * org.openjdk.jmh.Main SearchBenchmark -jvmArgsAppend -Dcodebook.index=INDEX}.
 *
 * <p>The warm-up is long on purpose: a search runs through much of Lucene and of the library, and on two cores the JIT
 * takes some 20 s to settle (2 s means of the short mix, one fork: 5.9, 1.3, 0.95, 0.62, 0.50, 0.46, 0.42, 0.43, 0.46,
 * then 0.27-0.34 ms). A shorter one reports compilation, not search: keep {@code -wi} at its default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    /** The search mix: everyday words, abbreviations, misspellings, clinical phrases and codes. */
    static final List<String> QUERIES = List.of(
            "heart attack", "high blood pressure", "broken wrist", "pink eye", "kidney stone", "stomach flu",
            "CHF", "COPD", "UTI", "T2DM", "DVT", "HTN with CKD",
            "pnemonia", "migrane", "diabetis", "hypertention", "rheumatiod arthritis", "kidny stone",
            "type 2 diabetes mellitus with hyperglycemia", "acute exacerbation of chronic obstructive pulmonary disease",
            "fracture of neck of femur", "asthma", "diabetes", "E11.9", "s72001a", "S72.0");
    /** Descriptions of 8 to 30 words, as problem lists, notes and other classifications word them. */
    private static final List<String> DESCRIPTIONS = List.of(
            "Open wound of scrotum and testes, without mention of complication",
            "Locked twins, antepartum condition or complication, delivered or not",
            "Other specified diseases of sebaceous glands of the face and scalp",
            "Intestinal infection due to enterohemorrhagic E. coli with bloody diarrhea in a child",
            "Glaucoma associated with pupillary block in the right eye, moderate stage",
            "Other chronic nonalcoholic liver disease with elevated transaminases, not elsewhere classified",
            "Closed fracture of the neck of the left femur after a fall at home, initial encounter",
            "Type 2 diabetes mellitus with diabetic chronic kidney disease stage 3 and hyperglycemia, on insulin",
            "Patient presents with acute exacerbation of chronic obstructive pulmonary disease with lower respiratory "
                    + "infection, productive cough and shortness of breath for three days",
            "Malignant neoplasm of the upper-outer quadrant of the left female breast, estrogen receptor positive",
            "Adverse effect of angiotensin-converting-enzyme inhibitors with dry cough, subsequent encounter",
            "Pressure ulcer of the sacral region, stage 3, in an elderly bedridden patient with dementia and "
                    + "urinary incontinence, healing slowly despite dressing changes");
    /** The type-ahead mix: starts of words and of codes. */
    static final List<String> PREFIXES = List.of(
            "diab", "hyper", "fract", "asth", "pneu", "heart f", "fract fem", "type 2 di", "migr", "chronic kid",
            "E11.", "S72.0", "cel", "osteo", "acute myo", "dep");

    private Codebook codebook;
    private BaselineSearch baseline;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        codebook = Codebook.open(index());
        baseline = new BaselineSearch(codebook.system(CodeSystem.ICD10CM));
    }

    /** The index named by {@code -Dcodebook.index}, else the full index of every release (built when stale). */
    private static Path index() {
        String given = System.getProperty("codebook.index");
        return given != null ? Path.of(given) : BenchmarkData.fullIndex();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        baseline.close();
        codebook.close();
    }

    private String nextOf(List<String> texts) {
        next = (next + 1) % (QUERIES.size() * PREFIXES.size());
        return texts.get(next % texts.size());
    }

    @Benchmark
    public List<SearchHit> search() {
        return codebook.search(nextOf(QUERIES)).in(CodeSystem.ICD10CM).limit(10).run();
    }

    @Benchmark
    public List<SearchHit> searchLongDescription() {
        return codebook.search(nextOf(DESCRIPTIONS)).in(CodeSystem.ICD10CM).limit(10).run();
    }

    @Benchmark
    public List<String> baselineSearch() {
        return baseline.search(nextOf(QUERIES), 10);
    }

    @Benchmark
    public List<Suggestion> suggest() {
        return codebook.suggest(nextOf(PREFIXES)).in(CodeSystem.ICD10CM).run();
    }
}
