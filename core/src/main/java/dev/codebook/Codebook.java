package dev.codebook;

import static java.util.Objects.requireNonNull;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Release;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.internal.search.SearchIndex;
import dev.codebook.internal.search.Vocabulary;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.IndexMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An open Codebook index: the entry point of the library.
 *
 * <pre>{@code
 * try (Codebook codebook = Codebook.open(Path.of("target/index"))) {
 *     Optional<Code> code = codebook.icd10cm().code("e11.9");
 *     Validation check = codebook.icd10cm().validate("T36.01A"); // PLACEHOLDER_MISSING: T36.0X1A
 *     List<Code> path = codebook.icd10cm().ancestors("E11.9");    // E11, E08-E13, 4
 *     String axes = codebook.icd10pcs().code("0DTJ4ZZ").orElseThrow().explanation(); // Medical and Surgical / ...
 *     boolean valid = codebook.hcpcs().validate("G0202").on(LocalDate.of(2020, 6, 1)).valid(); // false: terminated
 *     CodeSet cpt = codebook.system(CodeSystem.of("cpt"));          // a code set of your own, from its CSV file
 *     List<SearchHit> hits = codebook.search("heart attack").billableOnly().run(); // I21.9, ...
 * }
 * }</pre>
 *
 * <p>An index is built from the official release files by the {@code codebook build} command and may hold several
 * code systems, and several releases of each. Opening maps every release's code table into memory (read-only, from
 * the operating system's file cache) and checks it, so lookups read no file; the search index (memory-mapped Lucene)
 * is opened on the first search or suggestion, so a program that only looks codes up never pays for it. A
 * {@code Codebook} is thread-safe: open it once, share it, and {@link #close()} it when done.
 */
public final class Codebook implements AutoCloseable {

    private final Path folder;
    private final IndexMetadata metadata;
    private final Map<CodeSystem, List<CodeSet>> releasesBySystem;
    private volatile SearchIndex search;
    private volatile boolean closed;

    private Codebook(Path folder, IndexMetadata metadata, Map<CodeSystem, List<CodeSet>> releasesBySystem) {
        this.folder = folder;
        this.metadata = metadata;
        this.releasesBySystem = releasesBySystem;
    }

    /**
     * Opens the index in {@code folder}.
     *
     * @throws IndexFormatException when the index is damaged or of a format this library does not read
     * @throws IOException          when the folder is not a Codebook index or cannot be read
     */
    public static Codebook open(Path folder) throws IOException {
        IndexMetadata metadata = IndexMetadata.read(folder);
        Map<CodeSystem, List<CodeSet>> bySystem = new LinkedHashMap<>();
        // One table after the other: each is mapped, not read, and takes milliseconds, less than starting the threads
        // of a parallel read would in a fresh JVM.
        for (Release release : metadata.releases()) {
            CodeTable table = CodeTable.read(IndexMetadata.tableFile(folder, release.system(), release.version()));
            CodeSet set = new CodeSet(release, table);
            bySystem.computeIfAbsent(release.system(), s -> new ArrayList<>()).add(set);
        }
        bySystem.values().forEach(sets -> sets.sort(Comparator.comparing(set -> set.release().version())));
        bySystem.replaceAll((system, sets) -> List.copyOf(sets));
        return new Codebook(folder, metadata, Collections.unmodifiableMap(bySystem));
    }

    /**
     * A search of the code descriptions for {@code text}, to narrow and run:
     * {@code codebook.search("heart attack").in(CodeSystem.ICD10CM).billableOnly().limit(10).run()}.
     * See {@link Search} for what it understands.
     */
    public Search search(String text) {
        checkOpen();
        return new Search(this, text);
    }

    /** Type-ahead completions for what a user has typed so far: {@code codebook.suggest("diab").run()}. */
    public Suggest suggest(String text) {
        checkOpen();
        return new Suggest(this, text);
    }

    /**
     * The search index, opened on first use: Lucene's start-up is the larger part of a cold open, and lookups,
     * validation and navigation never need it.
     *
     * @throws UncheckedIOException when the search index cannot be read
     * @throws IllegalStateException after {@link #close()}
     */
    SearchIndex searchIndex() {
        SearchIndex opened = search;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            checkOpen();
            if (search == null) {
                try {
                    Map<Release, CodeTable> tables = new LinkedHashMap<>();
                    releasesBySystem.values().forEach(sets -> sets.forEach(set -> tables.put(set.release(),
                            set.table())));
                    search = SearchIndex.open(IndexMetadata.luceneFolder(folder), Vocabulary.read(folder), tables);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open the search index of " + folder + ": "
                            + e.getMessage(), e);
                }
            }
            return search;
        }
    }

    /** The latest ICD-10-CM release in the index. */
    public CodeSet icd10cm() {
        return system(CodeSystem.ICD10CM);
    }

    /** The latest ICD-10-PCS release in the index. */
    public CodeSet icd10pcs() {
        return system(CodeSystem.ICD10PCS);
    }

    /** The latest HCPCS Level II release in the index. */
    public CodeSet hcpcs() {
        return system(CodeSystem.HCPCS);
    }

    /**
     * The latest release of {@code system} in the index.
     *
     * @throws UnknownReleaseException when the index holds no release of it, naming those it holds
     */
    public CodeSet system(CodeSystem system) {
        checkOpen();
        requireNonNull(system, "system");
        return find(system).orElseThrow(() -> new UnknownReleaseException(system,
                "this index holds no " + describe(system) + " release; it holds " + describeReleases()));
    }

    /**
     * One release of {@code system}.
     *
     * @throws UnknownReleaseException when the index holds no such release, naming those it holds
     */
    public CodeSet system(CodeSystem system, String version) {
        checkOpen();
        requireNonNull(system, "system");
        requireNonNull(version, "version");
        return releasesBySystem.getOrDefault(system, List.of()).stream()
                .filter(set -> set.release().version().equals(version))
                .findFirst()
                .orElseThrow(() -> new UnknownReleaseException(system, "this index holds no " + describe(system)
                        + " release " + version + "; it holds " + describeReleases()));
    }

    /** The latest release of {@code system}, if the index holds one. */
    public Optional<CodeSet> find(CodeSystem system) {
        checkOpen();
        requireNonNull(system, "system");
        List<CodeSet> sets = releasesBySystem.getOrDefault(system, List.of());
        return sets.isEmpty() ? Optional.empty() : Optional.of(sets.get(sets.size() - 1));
    }

    /**
     * The release of {@code system} in effect on {@code dateOfService}: the one whose effective dates (first and
     * last day included) cover it, such as ICD-10-CM 2021 (2020-10-01 to 2021-09-30) for a service on 2021-03-01.
     * When updates overlap, the one that took effect last. Empty when no release of the index covers the date.
     */
    public Optional<CodeSet> inEffect(CodeSystem system, LocalDate dateOfService) {
        checkOpen();
        requireNonNull(system, "system");
        requireNonNull(dateOfService, "dateOfService");
        return releasesBySystem.getOrDefault(system, List.of()).stream()
                .filter(set -> set.release().inEffectOn(dateOfService))
                .max(Comparator.comparing((CodeSet set) -> set.release().effectiveFrom())
                        .thenComparing(set -> set.release().version()));
    }

    /**
     * Checks {@code input} for a service on {@code dateOfService} against the release of {@code system} in effect on
     * that day ({@link #inEffect}). When none is, the verdict is {@link Verdict#NO_RELEASE} and the reason names the
     * releases the index holds: never an answer from another year's release.
     */
    public Validation validate(CodeSystem system, String input, LocalDate dateOfService) {
        checkOpen();
        requireNonNull(input, "input");
        return inEffect(system, dateOfService)
                .map(set -> set.validate(input, dateOfService))
                .orElseGet(() -> Validation.noRelease(input, system, dateOfService,
                        "no " + system.displayName() + " release in this index is in effect on " + dateOfService
                                + "; it holds " + describeReleases(system)));
    }

    /** The systems named, each checked to be held by the index. */
    Set<CodeSystem> held(CodeSystem first, CodeSystem... more) {
        Set<CodeSystem> chosen = new LinkedHashSet<>();
        chosen.add(requireNonNull(first, "code system"));
        for (CodeSystem system : more) {
            chosen.add(requireNonNull(system, "code system"));
        }
        chosen.forEach(this::system);
        return Collections.unmodifiableSet(chosen);
    }

    /** The latest release of each of {@code systems}, or of every system held when none is named. */
    List<CodeSet> latest(Set<CodeSystem> systems) {
        return (systems.isEmpty() ? releasesBySystem.keySet() : systems).stream().map(this::system).toList();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("codebook closed: " + folder);
        }
    }

    /** The code systems the index holds. */
    public List<CodeSystem> systems() {
        checkOpen();
        return List.copyOf(releasesBySystem.keySet());
    }

    /** Every release in the index, as recorded by the builder. */
    public List<Release> releases() {
        checkOpen();
        return metadata.releases();
    }

    /** The version of the index builder that wrote the index. */
    public String builderVersion() {
        checkOpen();
        return metadata.builder();
    }

    /** The index folder. */
    public Path folder() {
        checkOpen();
        return folder;
    }

    /** The releases of one system with their dates, or, when there are none, the releases the index does hold. */
    private String describeReleases(CodeSystem system) {
        List<CodeSet> sets = releasesBySystem.getOrDefault(system, List.of());
        return sets.isEmpty()
                ? "no " + system.displayName() + " release, only " + describeReleases()
                : sets.stream().map(set -> set.release().labelWithDates()).collect(Collectors.joining(", "));
    }

    /** The releases by system id and version, the words a caller names them by: "icd10cm 2021, hcpcs 2020". */
    private String describeReleases() {
        return metadata.releases().isEmpty()
                ? "none"
                : metadata.releases().stream().map(release -> release.system().id() + " " + release.version())
                        .collect(Collectors.joining(", "));
    }

    private static String describe(CodeSystem system) {
        return system.displayName().equals(system.id())
                ? "'" + system.id() + "'"
                : system.displayName() + " (" + system.id() + ")";
    }

    /**
     * Closes the index: the search index, and every release's code table, so that the memory maps can go at the next
     * garbage collection and the folder can be rebuilt (on Windows, a mapped file cannot be replaced). Any use of this
     * codebook, its code sets and the queries made from them afterwards throws {@link IllegalStateException}; the
     * values already returned ({@code Code}, {@code Validation}, hits) stay valid. Closing twice does nothing.
     */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        releasesBySystem.values().forEach(sets -> sets.forEach(CodeSet::close));
        SearchIndex opened = search;
        search = null;
        if (opened != null) {
            opened.close();
        }
    }

    @Override
    public String toString() {
        return "Codebook " + folder + " (" + describeReleases() + ")";
    }
}
