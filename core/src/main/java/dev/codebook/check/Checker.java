package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.CodeSystem;
import dev.codebook.Codebook;
import dev.codebook.Release;
import dev.codebook.table.CodeTable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The encounter checks of one open index. {@link Codebook} makes one and answers {@link Codebook#check} through it;
 * applications call those methods, not this class. Picks the release of each system for the date of service, and
 * keeps the resolved note references of each release once worked out. Thread-safe.
 */
public final class Checker {

    private static final List<CodeSystem> SYSTEMS = List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS, CodeSystem.HCPCS);

    private final Codebook codebook;
    private final Function<CodeSet, CodeTable> tables;
    private final Map<CodeSet, NoteReferences> references = new ConcurrentHashMap<>();

    /** The checks of {@code codebook}, reading each release's nodes from the table {@code tables} gives for it. */
    public Checker(Codebook codebook, Function<CodeSet, CodeTable> tables) {
        this.codebook = requireNonNull(codebook, "codebook");
        this.tables = requireNonNull(tables, "tables");
    }

    /** The resolved note references of a release of the index, worked out on first use. */
    public NoteReferences references(CodeSet release) {
        requireNonNull(release, "release");
        return references.computeIfAbsent(release, set -> new NoteReferences(set, tables.apply(set)));
    }

    /**
     * Checks an encounter against the releases in {@code pinned} for their systems, and against the release in effect
     * on the date of service for the others.
     */
    public CheckResult check(Encounter encounter, List<CodeSet> pinned) {
        requireNonNull(encounter, "encounter");
        Map<CodeSystem, CodeSet> chosen = new HashMap<>();
        pinned.forEach(set -> chosen.put(set.system(), set));
        List<Finding> findings = new ArrayList<>();
        Map<CodeSystem, Optional<CodeSet>> releases = new HashMap<>();
        for (CodeSystem system : SYSTEMS) {
            if (uses(encounter, system)) {
                releases.put(system, chosen.containsKey(system)
                        ? Optional.of(chosen.get(system))
                        : choose(system, encounter.date(), findings));
            }
        }
        Optional<CodeSet> diagnoses = releases.getOrDefault(CodeSystem.ICD10CM, Optional.empty());
        new EncounterCheck(encounter, diagnoses.map(this::references),
                releases.getOrDefault(CodeSystem.ICD10PCS, Optional.empty()),
                releases.getOrDefault(CodeSystem.HCPCS, Optional.empty()), findings).run();
        findings.sort(Comparator.comparing(Finding::severity));
        return new CheckResult(findings);
    }

    private static boolean uses(Encounter encounter, CodeSystem system) {
        if (system.equals(CodeSystem.ICD10CM)) {
            return !encounter.diagnoses().isEmpty();
        }
        return system.equals(CodeSystem.ICD10PCS) ? !encounter.procedures().isEmpty()
                : !encounter.services().isEmpty();
    }

    /**
     * The release of {@code system} in effect on the date; without a date the latest. When none is in effect, the
     * nearest one, with a {@link Rule#NO_RELEASE} finding that says so; when the index holds none, empty, also with
     * a finding.
     */
    private Optional<CodeSet> choose(CodeSystem system, Optional<LocalDate> date, List<Finding> findings) {
        List<Release> held = codebook.releases().stream().filter(r -> r.system().equals(system)).toList();
        if (held.isEmpty()) {
            findings.add(new Finding(Rule.NO_RELEASE, Severity.WARNING, List.of(), "this index holds no "
                    + system.displayName() + " release, so the " + system.displayName() + " codes were not checked; "
                    + "it holds " + describe(codebook.releases()) + ".", Optional.empty()));
            return Optional.empty();
        }
        if (date.isEmpty()) {
            return codebook.find(system);
        }
        LocalDate day = date.get();
        Optional<CodeSet> inEffect = codebook.inEffect(system, day);
        if (inEffect.isPresent()) {
            return inEffect;
        }
        Release nearest = held.stream().min(Comparator.comparingLong(r -> distance(r, day))).orElseThrow();
        findings.add(new Finding(Rule.NO_RELEASE, Severity.WARNING, List.of(), "no " + system.displayName()
                + " release in this index is in effect on " + day + " (it holds " + describe(held) + "); the "
                + system.displayName() + " codes were checked against the nearest, " + nearest.labelWithDates() + ".",
                Optional.empty()));
        return Optional.of(codebook.system(system, nearest.version()));
    }

    private static long distance(Release release, LocalDate day) {
        return day.isBefore(release.effectiveFrom())
                ? ChronoUnit.DAYS.between(day, release.effectiveFrom())
                : ChronoUnit.DAYS.between(release.effectiveTo(), day);
    }

    private static String describe(List<Release> releases) {
        return releases.isEmpty() ? "none" : releases.stream()
                .map(Release::labelWithDates)
                .collect(Collectors.joining(", "));
    }
}
