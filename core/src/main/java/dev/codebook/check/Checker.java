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

    private final Codebook codebook;
    private final Function<CodeSet, CodeTable> tables;
    private final Map<CodeSet, NoteReferences> references = new ConcurrentHashMap<>();
    /** The release chosen per system and day of service: claim files hold few distinct days. */
    private final Map<SystemDay, Choice> byDate = new ConcurrentHashMap<>();

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

    private record SystemDay(CodeSystem system, LocalDate day) {
    }

    /** The release for a system and day, if any, with the {@link Rule#NO_RELEASE} finding the choice calls for. */
    private record Choice(Optional<CodeSet> release, Optional<Finding> finding) {
    }

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
        List<Finding> findings = new ArrayList<>();
        Optional<CodeSet> diagnoses = release(CodeSystem.ICD10CM, !encounter.diagnoses().isEmpty(), encounter,
                pinned, findings);
        Optional<CodeSet> procedures = release(CodeSystem.ICD10PCS, !encounter.procedures().isEmpty(), encounter,
                pinned, findings);
        Optional<CodeSet> services = release(CodeSystem.HCPCS, !encounter.services().isEmpty(), encounter, pinned,
                findings);
        new EncounterCheck(encounter, diagnoses.map(this::references), procedures, services, findings).run();
        findings.sort(BY_SEVERITY);
        return new CheckResult(findings);
    }

    /**
     * The release an encounter's codes of one system are checked against: the pinned one; else the one in effect on
     * the date of service, or the nearest with a {@link Rule#NO_RELEASE} finding; without a date the latest. Empty,
     * with a finding, when the index holds none.
     */
    private Optional<CodeSet> release(CodeSystem system, boolean used, Encounter encounter, List<CodeSet> pinned,
            List<Finding> findings) {
        if (!used) {
            return Optional.empty();
        }
        for (CodeSet set : pinned) {
            if (set.system().equals(system)) {
                return Optional.of(set);
            }
        }
        Choice choice = encounter.date().isEmpty()
                ? codebook.find(system).map(set -> new Choice(Optional.of(set), Optional.empty()))
                        .orElseGet(() -> new Choice(Optional.empty(), Optional.of(noneHeld(system))))
                : byDate.computeIfAbsent(new SystemDay(system, encounter.date().get()),
                        key -> choose(key.system(), key.day()));
        choice.finding().ifPresent(findings::add);
        return choice.release();
    }

    /** The release of {@code system} in effect on the day, or the nearest with a finding, or none with a finding. */
    private Choice choose(CodeSystem system, LocalDate day) {
        List<Release> held = codebook.releases().stream().filter(r -> r.system().equals(system)).toList();
        if (held.isEmpty()) {
            return new Choice(Optional.empty(), Optional.of(noneHeld(system)));
        }
        Optional<CodeSet> inEffect = codebook.inEffect(system, day);
        if (inEffect.isPresent()) {
            return new Choice(inEffect, Optional.empty());
        }
        Release nearest = held.stream().min(Comparator.comparingLong(r -> distance(r, day))).orElseThrow();
        return new Choice(Optional.of(codebook.system(system, nearest.version())), Optional.of(new Finding(
                Rule.NO_RELEASE, Severity.WARNING, List.of(), "no " + system.displayName() + " release in this index "
                + "is in effect on " + day + " (it holds " + describe(held) + "); the " + system.displayName()
                + " codes were checked against the nearest, " + nearest.labelWithDates() + ".", Optional.empty())));
    }

    private Finding noneHeld(CodeSystem system) {
        return new Finding(Rule.NO_RELEASE, Severity.WARNING, List.of(), "this index holds no "
                + system.displayName() + " release, so the " + system.displayName() + " codes were not checked; "
                + "it holds " + describe(codebook.releases()) + ".", Optional.empty());
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
