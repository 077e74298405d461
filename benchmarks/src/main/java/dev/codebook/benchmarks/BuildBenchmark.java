package dev.codebook.benchmarks;

import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.spi.Progress;
import dev.codebook.code.Release;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * The index build of one code system from its release files (the folder of that name among the release files), one
 * whole build per call, against the floor of merely reading the same files: an XML pull-parse of every {@code .xml}
 * file and a pass over the bytes of every other one, inflating those in zips, with no index written; for each of the
 * three systems.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class BuildBenchmark {

    /** The folder of the release files that holds the system's releases. */
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
                if (file.toString().endsWith(".zip")) {
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : Collections.list(zip.entries())) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                events += read(entry.getName(), in);
                            }
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        events += read(file.toString(), in);
                    }
                }
            }
        }
        return events;
    }

    private static long read(String name, InputStream in) throws IOException, XMLStreamException {
        return name.endsWith(".xml") ? pullParse(in) : lineBreaks(in.readAllBytes());
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

    private static long pullParse(InputStream in) throws XMLStreamException {
        long events = 0;
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
        while (reader.hasNext()) {
            reader.next();
            events++;
        }
        reader.close();
        return events;
    }
}
