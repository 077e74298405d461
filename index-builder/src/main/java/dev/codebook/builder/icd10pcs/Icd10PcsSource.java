package dev.codebook.builder.icd10pcs;

import dev.codebook.Axis;
import dev.codebook.Change;
import dev.codebook.CodeSystem;
import dev.codebook.EffectiveDates;
import dev.codebook.Kind;
import dev.codebook.Release;
import dev.codebook.builder.BuiltRelease;
import dev.codebook.builder.FingerprintedInput;
import dev.codebook.builder.Progress;
import dev.codebook.builder.ReleaseSource;
import dev.codebook.builder.SourceFile;
import dev.codebook.table.TableEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One ICD-10-PCS release: the codes file for the codes and their titles, and, when present, the addenda for the
 * changes since the previous release.
 *
 * <p>The hierarchy follows the first four characters: section, body system, root operation (with the first two, a
 * PCS table), body part, then the code. Sections and body systems are named from {@link PcsSections}; root
 * operations, body parts and every code's approach, device and qualifier by {@link AxisValues}, from the titles.
 */
public final class Icd10PcsSource implements ReleaseSource {

    private static final int MAX_LISTED = 20;

    private final SourceFile codesFile;
    private final Optional<SourceFile> addendaFile;
    private final String version;

    public Icd10PcsSource(SourceFile codesFile, Optional<SourceFile> addendaFile, String version) {
        this.codesFile = codesFile;
        this.addendaFile = addendaFile;
        this.version = version;
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10PCS;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public BuiltRelease read(Progress progress) throws IOException {
        List<Release.SourceFile> sources = new ArrayList<>();
        progress.step("reading " + codesFile.location());
        TreeMap<String, String> titles;
        try (FingerprintedInput in = new FingerprintedInput(codesFile)) {
            titles = PcsCodesFile.parse(codesFile.fileName(), in);
            sources.add(in.finish());
        }
        List<String> findings = new ArrayList<>();
        List<Change> changes = List.of();
        if (addendaFile.isPresent()) {
            progress.step("reading " + addendaFile.get().location());
            try (FingerprintedInput in = new FingerprintedInput(addendaFile.get())) {
                PcsAddenda.Addenda addenda = PcsAddenda.parse(addendaFile.get().fileName(), in);
                sources.add(in.finish());
                changes = addenda.changes();
                findings.addAll(crossCheck(addenda, titles));
            }
        }
        progress.step("deriving the axis values of " + titles.size() + " ICD-10-PCS codes from their titles");
        AxisValues values = AxisValues.derive(titles);
        Hierarchy hierarchy = new Hierarchy(values);
        titles.forEach(hierarchy::add);
        findings.addAll(hierarchy.findings());
        int year = Integer.parseInt(version);
        Release release = new Release(CodeSystem.ICD10PCS, version, LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year, 9, 30), sources, BuiltRelease.counts(hierarchy.entries), findings, changes);
        progress.step(String.format(Locale.ROOT, "ICD-10-PCS %s: %,d codes, %,d changes; %d cross-check findings",
                version, titles.size(), changes.size(), findings.size()));
        return new BuiltRelease(release, hierarchy.entries);
    }

    /** The addenda against the codes file: added codes present with the same title, deleted ones gone, counts. */
    private List<String> crossCheck(PcsAddenda.Addenda addenda, Map<String, String> titles) {
        List<String> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> retitled = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int added = 0;
        int deleted = 0;
        for (Change change : addenda.changes()) {
            String title = titles.get(change.code());
            switch (change.type()) {
                case ADDED, REVISED -> {
                    added += change.type() == Change.Type.ADDED ? 1 : 0;
                    if (title == null) {
                        missing.add(change.code());
                    } else if (!title.equals(change.title())) {
                        retitled.add(change.code() + " '" + change.title() + "' / '" + title + "'");
                    }
                }
                case DELETED -> {
                    deleted++;
                    if (title != null) {
                        kept.add(change.code());
                    }
                }
            }
        }
        String addendaName = addendaFile.orElseThrow().fileName();
        report(findings, missing, " codes the addenda add or revise are not in " + codesFile.fileName());
        report(findings, retitled, " titles differ between the addenda and " + codesFile.fileName()
                + "; the codes file's titles are kept");
        report(findings, kept, " codes the addenda delete are still in " + codesFile.fileName());
        Integer listed = addenda.codeCounts().get(codesFile.fileName());
        if (listed != null && listed != titles.size()) {
            findings.add(addendaName + " says " + codesFile.fileName() + " has " + listed + " codes; it has "
                    + titles.size());
        }
        countCheck(findings, addendaName, "additions", added, addenda);
        countCheck(findings, addendaName, "deletions", deleted, addenda);
        addenda.codeCounts().forEach((file, count) -> {
            if (!file.equals(codesFile.fileName()) && listed != null
                    && count + addenda.changeCounts().getOrDefault("additions", 0)
                            - addenda.changeCounts().getOrDefault("deletions", 0) != listed) {
                findings.add(addendaName + ": " + count + " codes in " + file + " with the additions and deletions "
                        + "do not make the " + listed + " of " + codesFile.fileName());
            }
        });
        return findings;
    }

    private static void countCheck(List<String> findings, String file, String what, int found,
            PcsAddenda.Addenda addenda) {
        Integer summary = addenda.changeCounts().get(what);
        if (summary != null && summary != found) {
            findings.add(file + " lists " + found + " " + what + " but its summary says " + summary);
        }
    }

    private static void report(List<String> findings, List<String> items, String what) {
        if (!items.isEmpty()) {
            findings.add(items.size() + what + ": " + String.join("; ", items.subList(0, Math.min(MAX_LISTED,
                    items.size()))) + (items.size() > MAX_LISTED ? "; and " + (items.size() - MAX_LISTED) + " more" : ""));
        }
    }

    /** Lays the codes out in preorder under their section, body system, root operation and body part. */
    private static final class Hierarchy {
        private static final Kind[] LEVELS = {Kind.SECTION, Kind.BODY_SYSTEM, Kind.ROOT_OPERATION, Kind.BODY_PART};

        private final AxisValues values;
        private final List<TableEntry> entries = new ArrayList<>();
        private final int[] open = {-1, -1, -1, -1};
        private final TreeSet<String> unnamedLevels = new TreeSet<>();
        private final List<String> unnamedValues = new ArrayList<>();
        private int unnamedCount;

        Hierarchy(AxisValues values) {
            this.values = values;
        }

        void add(String code, String title) {
            List<Axis> axes = axes(code);
            for (int level = 0; level < LEVELS.length; level++) {
                String prefix = code.substring(0, level + 1);
                if (open[level] >= 0 && entries.get(open[level]).code().equals(prefix)) {
                    continue;
                }
                int parent = level == 0 ? -1 : open[level - 1];
                open[level] = entries.size();
                Axis own = axes.get(level);
                entries.add(TableEntry.plain(prefix, LEVELS[level], parent, own.value(), own.value(), false,
                        EffectiveDates.ALWAYS, Optional.empty(), axes.subList(0, level + 1)));
            }
            entries.add(TableEntry.plain(code, Kind.CODE, open[LEVELS.length - 1], title, title, true,
                    EffectiveDates.ALWAYS, Optional.empty(), axes));
        }

        private List<Axis> axes(String code) {
            List<String> names = PcsSections.axisNames(code.charAt(0));
            List<Axis> axes = new ArrayList<>(7);
            axes.add(new Axis(names.get(0), code.charAt(0), PcsSections.section(code.charAt(0))
                    .orElseGet(() -> unnamed(code, 0, "section"))));
            axes.add(new Axis(names.get(1), code.charAt(1), PcsSections.bodySystem(code.substring(0, 2))
                    .orElseGet(() -> unnamed(code, 1, "body system"))));
            for (int at = 2; at < 7; at++) {
                int position = at;
                axes.add(new Axis(names.get(at), code.charAt(at), values.value(code, at)
                        .orElseGet(() -> unnamed(code, position, names.get(position)))));
            }
            return axes;
        }

        /** A value neither known nor named by the titles: said as such, and reported. */
        private String unnamed(String code, int at, String axis) {
            String value = axis + " " + code.charAt(at) + " (not named by the titles)";
            if (at < 2) {
                unnamedLevels.add(code.substring(0, at + 1));
            } else {
                unnamedCount++;
                if (unnamedValues.size() < MAX_LISTED) {
                    unnamedValues.add(code + " " + axis);
                }
            }
            return value;
        }

        List<String> findings() {
            List<String> findings = new ArrayList<>();
            if (!unnamedLevels.isEmpty()) {
                findings.add("sections or body systems this builder does not know: " + unnamedLevels);
            }
            if (unnamedCount > 0) {
                findings.add(unnamedCount + " code characters the titles do not name: " + String.join("; ",
                        unnamedValues) + (unnamedCount > unnamedValues.size() ? "; ..." : ""));
            }
            return findings;
        }
    }
}
