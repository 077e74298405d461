package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Release;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks encounters: each code on its own, then the rules between codes that the Tabular's notes and chapter notes
 * state (Excludes1, code first, use additional code, code also, maternal and newborn records), duplicates and HCPCS
 * modifiers. See {@link Rule} for the rules and {@link CheckResult#clean()} for the verdict.
 *
 * <pre>{@code
 * Checker checker = Checker.of(codebook);
 * CheckResult result = checker.check(Encounter.of("E11.9", "E10.9"));
 * result.clean();    // false
 * result.findings(); // excludes1: E10.9 may not be reported with E11.9: the Excludes1 note at E11 reads ...
 * }</pre>
 *
 * <p>A checker of a codebook checks each system's codes against its release in effect on the date of service (the
 * latest without a date); a checker of given releases checks against those only. Make one and share it: it keeps the
 * release chosen for each day of service, and each release keeps its resolved note references ({@link
 * NoteReferences#of}). Thread-safe.
 */
public final class Checker {

    private final Optional<Codebook> codebook;
    private final List<CodeSet> given;
    /** The release chosen per system and day of service: claim files hold few distinct days. */
    private final Map<SystemDay, Choice> byDate = new ConcurrentHashMap<>();

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

    private record SystemDay(CodeSystem system, LocalDate day) {
    }

    /** The release for a system and day, if any, with the {@link Rule#NO_RELEASE} finding the choice calls for. */
    private record Choice(Optional<CodeSet> release, Optional<Finding> finding) {
    }

    private Checker(Optional<Codebook> codebook, List<CodeSet> given) {
        this.codebook = codebook;
        this.given = given;
    }

    /** Checks against the releases of {@code codebook} in effect on each encounter's date of service. */
    public static Checker of(Codebook codebook) {
        return new Checker(Optional.of(requireNonNull(codebook, "codebook")), List.of());
    }

    /**
     * Checks against these releases only, at most one per system, whatever the date of service: a quiz's release, or
     * the one a user asked for. Codes of a system none of them is of are not checked, with a finding that says so.
     *
     * @throws IllegalArgumentException when two releases are of one system
     */
    public static Checker of(CodeSet... releases) {
        return new Checker(Optional.empty(), pinned(releases));
    }

    /** Checks an encounter; the findings come most severe first. */
    public CheckResult check(Encounter encounter) {
        return check(encounter, given);
    }

    /**
     * Checks an encounter against the given releases for their systems, and as {@link #check(Encounter)} does for
     * the other systems.
     *
     * @throws IllegalArgumentException when two releases are of one system
     */
    public CheckResult check(Encounter encounter, CodeSet... releases) {
        List<CodeSet> pinned = new ArrayList<>(pinned(releases));
        given.stream().filter(set -> pinned.stream().noneMatch(p -> p.system().equals(set.system())))
                .forEach(pinned::add);
        return check(encounter, pinned);
    }

    private static List<CodeSet> pinned(CodeSet... releases) {
        List<CodeSet> pinned = List.of(releases); // throws on a null release
        for (int i = 0; i < pinned.size(); i++) {
            for (int j = i + 1; j < pinned.size(); j++) {
                if (pinned.get(i).system().equals(pinned.get(j).system())) {
                    throw new IllegalArgumentException("one release per system: got " + pinned.get(i).release()
                            .label() + " and " + pinned.get(j).release().label());
                }
            }
        }
        return pinned;
    }

    private CheckResult check(Encounter encounter, List<CodeSet> pinned) {
        requireNonNull(encounter, "encounter");
        List<Finding> findings = new ArrayList<>();
        Optional<CodeSet> diagnoses = release(CodeSystem.ICD10CM, !encounter.diagnoses().isEmpty(), encounter,
                pinned, findings);
        Optional<CodeSet> procedures = release(CodeSystem.ICD10PCS, !encounter.procedures().isEmpty(), encounter,
                pinned, findings);
        Optional<CodeSet> services = release(CodeSystem.HCPCS, !encounter.services().isEmpty(), encounter, pinned,
                findings);
        new EncounterCheck(encounter, diagnoses.map(NoteReferences::of), procedures, services, findings).run();
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
        if (codebook.isEmpty()) {
            findings.add(noneHeld(system, given.stream().map(CodeSet::release).toList()));
            return Optional.empty();
        }
        Codebook codebook = this.codebook.get();
        Choice choice = encounter.date().isEmpty()
                ? codebook.find(system).map(set -> new Choice(Optional.of(set), Optional.empty()))
                        .orElseGet(() -> new Choice(Optional.empty(), Optional.of(noneHeld(system,
                                codebook.releases()))))
                : byDate.computeIfAbsent(new SystemDay(system, encounter.date().get()),
                        key -> choose(key.system(), key.day()));
        choice.finding().ifPresent(findings::add);
        return choice.release();
    }

    /** The release of {@code system} in effect on the day, or the nearest with a finding, or none with a finding. */
    private Choice choose(CodeSystem system, LocalDate day) {
        Codebook codebook = this.codebook.orElseThrow();
        List<Release> held = codebook.releases().stream().filter(r -> r.system().equals(system)).toList();
        if (held.isEmpty()) {
            return new Choice(Optional.empty(), Optional.of(noneHeld(system, codebook.releases())));
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

    private Finding noneHeld(CodeSystem system, List<Release> held) {
        String none = codebook.isPresent() ? "this index holds no " + system.displayName() + " release"
                : "no " + system.displayName() + " release was given";
        return new Finding(Rule.NO_RELEASE, Severity.WARNING, List.of(), none + ", so the " + system.displayName()
                + " codes were not checked; " + (codebook.isPresent() ? "it holds " : "the releases given are ")
                + describe(held) + ".", Optional.empty());
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
