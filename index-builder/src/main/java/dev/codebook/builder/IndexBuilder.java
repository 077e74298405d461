package dev.codebook.builder;

import dev.codebook.builder.spi.BuiltRelease;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.Release;
import dev.codebook.internal.IndexWriter;
import dev.codebook.internal.search.SearchIndexWriter;
import dev.codebook.internal.search.TextEmbedder;
import dev.codebook.internal.search.Vocabulary;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles release files into an index folder.
 *
 * <p>The index is written to a fresh folder beside the target and swapped in only once complete: a build that fails
 * for any reason leaves the previous index as it was.
 */
public final class IndexBuilder {

    /** The vocabulary every index carries, from {@code data/vocabulary}, packaged with the builder. */
    private static final List<String> BUNDLED_VOCABULARY =
            List.of("abbreviations.txt", "everyday.txt", "procedures-and-supplies.txt", "word-parts.txt",
                    "drug-stems.txt", "other-classifications.txt");

    private final Progress progress;
    private final Vocabulary vocabulary;
    private final WithheldTerms withheld;
    private final Optional<TextEmbedder> embedder;

    public IndexBuilder(Progress progress) {
        this(progress, bundledVocabulary(), WithheldTerms.NONE, Optional.empty());
    }

    private IndexBuilder(Progress progress, Vocabulary vocabulary, WithheldTerms withheld,
            Optional<TextEmbedder> embedder) {
        this.progress = progress;
        this.vocabulary = vocabulary;
        this.withheld = withheld;
        this.embedder = embedder;
    }

    /**
     * A builder whose search index also stores a sentence embedding of each node's title, so that search can find
     * codes by meaning as well as by words. The model comes from the optional {@code codebook-semantic} module.
     *
     * @throws IllegalStateException when that module is not on the class or module path
     */
    public IndexBuilder withSemanticVectors() {
        TextEmbedder installed = TextEmbedder.installed().orElseThrow(() -> new IllegalStateException(
                "semantic vectors need the codebook-semantic module (codebook-semantic.jar) on the class or module "
                        + "path beside codebook-core; it is not there"));
        return new IndexBuilder(progress, vocabulary, withheld, Optional.of(installed));
    }

    /**
     * A builder that also carries the vocabulary in {@code files} into the index, after the bundled one, so search
     * understands a user's own abbreviations and wordings. See {@link Vocabulary} for the format.
     *
     * @throws SourceFormatException naming the file and line of a malformed entry
     * @throws IOException           when a file cannot be read
     */
    public IndexBuilder withVocabulary(List<Path> files) throws IOException {
        Vocabulary combined = vocabulary;
        for (Path file : files) {
            combined = combined.and(parseVocabulary(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        return new IndexBuilder(progress, combined, withheld, embedder);
    }

    /**
     * A builder whose search index leaves out {@code terms}, for measuring search with them as queries; the code
     * tables keep them. Such an index is for evaluation only.
     */
    public IndexBuilder withholding(WithheldTerms terms) {
        return new IndexBuilder(progress, vocabulary, terms, embedder);
    }

    /** The vocabulary this builder writes into each index. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    private static Vocabulary bundledVocabulary() {
        Vocabulary bundled = Vocabulary.EMPTY;
        for (String name : BUNDLED_VOCABULARY) {
            try (InputStream in = IndexBuilder.class.getResourceAsStream("vocabulary/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the builder is packaged without its vocabulary file " + name);
                }
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                bundled = bundled.and(parseVocabulary("data/vocabulary/" + name, lines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    private static Vocabulary parseVocabulary(String name, List<String> lines) {
        try {
            return Vocabulary.parse(name, lines);
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(e.getMessage());
        }
    }

    /** The version of this builder, recorded in every index it writes. */
    public static String version() {
        try (InputStream in = IndexBuilder.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds an index of every release found among {@code sources} (folders, zips or files) into {@code out}.
     *
     * @return the releases built, with their counts and cross-check findings
     * @throws SourceFormatException when a release file is malformed, missing its partner file, or none is found
     * @throws IOException           when reading a source or writing the index fails
     */
    public List<Release> build(List<Path> sources, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        List<ReleaseSource> found = ReleaseFinder.find(Sources.list(sources), progress);
        if (found.isEmpty()) {
            throw new SourceFormatException("no release files found in " + sources + "; expected for ICD-10-CM "
                    + "icd10cm_tabular_YYYY.xml with icd10cm_order_YYYY.txt, for ICD-10-PCS icd10pcs_codes_YYYY.txt "
                    + "(with codes_addenda_YYYY.txt) or icd10pcs_tables_YYYY.xml (with icd10pcs_definitions_YYYY.xml "
                    + "and icd10pcs_index_YYYY.xml), for HCPCS HCPCYYYY_ANWEB*.txt, for a code set of your own "
                    + "<system>_<version>.codes.csv; as folders or the zips CMS distributes");
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createDirectory(target.resolveSibling(target.getFileName() + ".building-" + System.nanoTime()));
        try {
            List<Release> releases = write(found, staging);
            swapIn(staging, target);
            return releases;
        } finally {
            deleteRecursively(staging);
        }
    }

    private List<Release> write(List<ReleaseSource> found, Path staging) throws IOException {
        List<Release> releases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (IndexWriter index = new IndexWriter(staging, withheld::withholds, embedder)) {
            for (ReleaseSource source : found) {
                if (!seen.add(source.system().id() + " " + source.version())) {
                    throw new SourceFormatException("two " + source.system().displayName() + " " + source.version()
                            + " releases among the sources; give only one");
                }
                BuiltRelease built = source.read(progress);
                boolean searched = isLatest(source, found);
                if (embedder.isPresent() && searched && SearchIndexWriter.embedsTitlesOf(source.system())) {
                    progress.step("embedding the titles of " + built.release().label() + " with "
                            + embedder.get().model());
                }
                index.add(built.release(), built.entries(), searched);
                releases.add(built.release());
            }
            progress.step("writing the search index");
            index.finish(vocabulary, version());
        }
        return releases;
    }

    private static boolean isLatest(ReleaseSource source, List<ReleaseSource> found) {
        return found.stream().filter(other -> other.system().equals(source.system()))
                .noneMatch(other -> other.version().compareTo(source.version()) > 0);
    }

    /** Refuses to replace a folder that holds something other than an index. */
    private static void checkReplaceable(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new IOException(target + " is a file; --out names the index folder to write");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(IndexMetadata.FILE_NAME))) {
            try (Stream<Path> content = Files.list(target)) {
                if (content.findAny().isPresent()) {
                    throw new IOException(target + " holds files but no Codebook index; refusing to replace it "
                            + "(--out names the folder of the index, which a build replaces whole)");
                }
            }
        }
    }

    /** Replaces {@code target} with the finished {@code staging} folder, restoring the old index if that fails. */
    private static void swapIn(Path staging, Path target) throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = target.resolveSibling(target.getFileName() + ".previous-" + System.nanoTime());
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (previous != null) {
            deleteRecursively(previous);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One line per release: counts per level, billable, findings. */
    public static String summary(Release release) {
        StringBuilder line = new StringBuilder(release.label()).append(':');
        release.counts().forEach((kind, count) -> line.append(String.format(Locale.ROOT, " %s %,d", kind, count)));
        line.append(String.format(Locale.ROOT, "; %d cross-check findings", release.crossCheck().size()));
        return line.toString();
    }
}
