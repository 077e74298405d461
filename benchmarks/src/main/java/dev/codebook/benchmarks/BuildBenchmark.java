package dev.codebook.benchmarks;

import dev.codebook.Release;
import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The index build of one code system from its release files (the folder of that name under CODEBOOK_SOURCES), one
 * whole build per call, against the floor of merely reading the same files: an XML pull-parse of every {@code .xml}
 * file and a pass over the bytes of every other one, with no index written; for each of the three systems.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class BuildBenchmark {

    /** The folder under CODEBOOK_SOURCES that holds the system's releases. */
    @Param({"icd10cm", "icd10pcs", "hcpcs"})
    public String system;

    private Path sources;
    private Path out;

    @Setup
    public void locate() {
        sources = BenchmarkData.sources().resolve(system);
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException("no release folder " + sources);
        }
        out = BenchmarkData.target().resolve("benchmark-build-" + system);
    }

    @Benchmark
    public List<Release> build() throws IOException {
        return new IndexBuilder(Progress.silent()).build(List.of(sources), out);
    }

    @Benchmark
    public long baselineReadFiles() throws IOException, XMLStreamException {
        long events = 0;
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                events += file.toString().endsWith(".xml") ? pullParse(file) : lineBreaks(Files.readAllBytes(file));
            }
        }
        return events;
    }

    private static long lineBreaks(byte[] content) {
        long lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static long pullParse(Path file) throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
            reader.close();
        }
        return events;
    }
}
