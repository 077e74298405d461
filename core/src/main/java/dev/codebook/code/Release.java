package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One release of one code system held by an index, as the index builder recorded it.
 *
 * @param system        the code system
 * @param version       the release's version, such as "2021" for ICD-10-CM FY2021
 * @param effectiveFrom the first day the release applies to
 * @param effectiveTo   the last day the release applies to
 * @param sources       the release files it was built from, with their checksums
 * @param counts        how many nodes of each kind, in hierarchy order, then how many are billable ("billable")
 * @param crossCheck    disagreements the builder found between the release's files, each in one sentence; the
 *                      builder follows the file that is authoritative for the point and reports the other here
 * @param changes       the codes added, deleted or retitled since the previous release, when the release lists them
 *                      (ICD-10-PCS addenda); empty otherwise
 */
public record Release(
        CodeSystem system,
        String version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<SourceFile> sources,
        Map<String, Integer> counts,
        List<String> crossCheck,
        List<Change> changes) {

    public Release {
        requireNonNull(system, "system");
        requireNonNull(version, "version");
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(effectiveTo, "effectiveTo");
        sources = List.copyOf(sources);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        crossCheck = List.copyOf(crossCheck);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A release that lists no changes of its own. */
    public Release(CodeSystem system, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<SourceFile> sources, Map<String, Integer> counts, List<String> crossCheck) {
        this(system, version, effectiveFrom, effectiveTo, sources, counts, crossCheck, List.of());
    }

    /**
     * The hash of the system and version alone: a release is a map key on every search hit, and hashing its
     * thousands of changes and sources each time cost more than the search. Equal releases still hash alike.
     */
    @Override
    public int hashCode() {
        return 31 * system.hashCode() + version.hashCode();
    }

    /**
     * Equal in every component, as a record's equals is; written out because the generated one links a chain of
     * method handles on its first call, a cost every command-line run paid when the releases became map keys.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Release release && system.equals(release.system)
                && version.equals(release.version) && effectiveFrom.equals(release.effectiveFrom)
                && effectiveTo.equals(release.effectiveTo) && sources.equals(release.sources)
                && counts.equals(release.counts) && crossCheck.equals(release.crossCheck)
                && changes.equals(release.changes);
    }

    /** "ICD-10-CM 2021". */
    public String label() {
        return system.displayName() + " " + version;
    }

    /** Whether the release applies to a service on {@code date}: its first day, its last day and those between. */
    public boolean inEffectOn(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
    }

    /** "ICD-10-CM 2021 (2020-10-01 to 2021-09-30)": the release with the days it applies to. */
    public String labelWithDates() {
        return label() + " (" + effectiveFrom + " to " + effectiveTo + ")";
    }

    /**
     * A release file as the builder read it.
     *
     * @param name   the file's name, with the zip it came from ("codes.zip!/icd10cm_order_2021.txt")
     * @param bytes  its size
     * @param sha256 the hex SHA-256 of its content
     */
    public record SourceFile(String name, long bytes, String sha256) {
        public SourceFile {
            requireNonNull(name, "name");
            requireNonNull(sha256, "sha256");
        }
    }
}
