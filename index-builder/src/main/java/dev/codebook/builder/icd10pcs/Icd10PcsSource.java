package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.BuiltRelease;
import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.code.Axis;
import dev.codebook.code.Change;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Release;
import dev.codebook.internal.search.TextAnalysis;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One ICD-10-PCS release: its codes from the codes file, or from its tables when it has no codes file; its addenda
 * for the changes since the previous release; and what each character means from the official tables, definitions
 * and index of the release, or of the nearest release that has them.
 *
 * <p>The hierarchy follows the first four characters: section, body system, root operation (with the first two, a
 * PCS table), body part, then the code. Each character is named, in this order, by the release's own tables, by the
 * tables of another release that define the same table and character (nearest release first), by the release's
 * titles ({@link AxisValues}; sections and body systems by {@link PcsSections}), or is left unnamed and reported.
 * The index's terms are attached to the nodes they lead to, for search.
 */
final class Icd10PcsSource implements ReleaseSource {

    private static final int MAX_LISTED = 20;
    private static final int CHARACTERS = 7;
    private static final int TABLE = 3;
    private static final int APPROACH = 4;

    private final String version;
    private final Optional<SourceFile> codesFile;
    private final Optional<SourceFile> addendaFile;
    private final PcsLibrary library;

    /**
     * @param version     the release's year
     * @param codesFile   its codes file; without it the release is built from its tables, which {@code library}
     *                    must then hold
     * @param addendaFile its addenda, which need the codes file
     * @param library     the releases among the sources that have tables, this one's included when it has them
     */
    Icd10PcsSource(String version, Optional<SourceFile> codesFile, Optional<SourceFile> addendaFile,
            PcsLibrary library) {
        if (codesFile.isEmpty() && !library.has(version)) {
            throw new IllegalArgumentException("ICD-10-PCS " + version + " needs its codes file or its tables");
        }
        this.version = version;
        this.codesFile = codesFile;
        this.addendaFile = addendaFile;
        this.library = library;
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
        List<String> findings = new ArrayList<>();
        Optional<PcsReleaseFiles> own = library.release(version, progress);
        own.ifPresent(files -> sources.addAll(files.sources()));
        List<PcsReleaseFiles> others = library.others(version, progress);
        TreeMap<String, String> titles;
        if (codesFile.isPresent()) {
            titles = readCodes(codesFile.get(), sources);
            if (own.isPresent()) {
                findings.addAll(againstTables(own.get(), titles));
            }
        } else {
            PcsReleaseFiles tables = own.orElseThrow();
            progress.step("composing the titles of the codes the ICD-10-PCS " + version + " tables allow");
            titles = new TreeMap<>();
            tables.codes().forEach((code, labels) -> titles.put(code, TitleComposer.title(code, labels)));
        }
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
        if (codesFile.isPresent()) {
            others.forEach(other -> findings.add(titleAgreement(other, titles)));
        }
        List<PcsReleaseFiles> official = new ArrayList<>();
        own.ifPresent(official::add);
        official.addAll(others);
        Labels labels = new Labels(official, titles, progress);
        Hierarchy hierarchy = new Hierarchy(labels, indexTerms(official, titles, findings));
        titles.forEach(hierarchy::add);
        findings.addAll(labels.findings());
        int year = Integer.parseInt(version);
        Release release = new Release(CodeSystem.ICD10PCS, version, LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year, 9, 30), sources, BuiltRelease.counts(hierarchy.entries), findings, changes);
        progress.step(String.format(Locale.ROOT, "ICD-10-PCS %s: %,d codes, %,d changes; %d cross-check findings",
                version, titles.size(), changes.size(), findings.size()));
        return new BuiltRelease(release, hierarchy.entries);
    }

    private static TreeMap<String, String> readCodes(SourceFile file, List<Release.SourceFile> sources)
            throws IOException {
        try (FingerprintedInput in = new FingerprintedInput(file)) {
            TreeMap<String, String> titles = PcsCodesFile.parse(file.fileName(), in);
            sources.add(in.finish());
            return titles;
        }
    }

    /** The codes file against the release's own tables: the same codes, and how many titles the rules compose. */
    private List<String> againstTables(PcsReleaseFiles tables, Map<String, String> titles) {
        List<String> findings = new ArrayList<>();
        TreeMap<String, List<String>> allowed = tables.codes();
        List<String> notAllowed = titles.keySet().stream().filter(code -> !allowed.containsKey(code)).toList();
        List<String> notListed = allowed.keySet().stream().filter(code -> !titles.containsKey(code)).toList();
        String name = codesFile.orElseThrow().fileName();
        report(findings, notAllowed, " codes of " + name + " no row of the " + version + " tables allows");
        report(findings, notListed, " codes the " + version + " tables allow are not in " + name);
        findings.add(titleAgreement(tables, titles));
        return findings;
    }

    /**
     * How many of the codes file's titles, for codes both releases hold, the labels of {@code tables} compose: by the
     * rules alone, and worded as CMS words particular tables. A title that still differs either names a value in
     * words no label of its table has, where CMS renamed the value after those tables ("Customizable" became
     * "Custom-Made Anatomically Designed"), or is worded otherwise; the two are counted apart.
     */
    private String titleAgreement(PcsReleaseFiles tables, Map<String, String> titles) {
        TreeMap<String, List<String>> allowed = tables.codes();
        Map<String, Set<String>> tableWords = new HashMap<>();
        allowed.forEach((code, labels) -> tableWords.computeIfAbsent(code.substring(0, 3), table -> new HashSet<>())
                .addAll(words(String.join(" ", labels))));
        int both = 0;
        int byRules = 0;
        int same = 0;
        List<String> renamed = new ArrayList<>();
        List<String> otherwise = new ArrayList<>();
        for (Map.Entry<String, String> code : titles.entrySet()) {
            List<String> labels = allowed.get(code.getKey());
            if (labels == null) {
                continue;
            }
            both++;
            String title = code.getValue();
            String ruled = TitleComposer.compose(code.getKey().charAt(0), labels);
            byRules += ruled.equals(title) ? 1 : 0;
            String composed = TitleWordings.bundled().apply(code.getKey(), ruled);
            if (composed.equals(title)) {
                same++;
                continue;
            }
            Set<String> unheard = words(title);
            unheard.removeAll(tableWords.get(code.getKey().substring(0, 3)));
            unheard.removeAll(words(composed));
            (unheard.isEmpty() ? otherwise : renamed).add(code.getKey() + " '" + composed + "' / '" + title + "'");
        }
        return String.format(Locale.ROOT, "titles composed from the labels of the ICD-10-PCS %s tables agree with %s "
                        + "for %,d of the %,d codes both releases hold (%.2f %%; the rules alone %,d, the others "
                        + "worded as CMS words their tables); %,d differ where the title names a value in words no "
                        + "label of the %s table has (renamed since)%s; %,d differ otherwise%s", tables.version(),
                codesFile.orElseThrow().fileName(), same, both, both == 0 ? 0.0 : 100.0 * same / both, byRules,
                renamed.size(), tables.version(), examples(renamed), otherwise.size(), examples(otherwise));
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    }

    private static String examples(List<String> codes) {
        return codes.isEmpty() ? "" : ", such as " + String.join("; ", codes.subList(0, Math.min(3, codes.size())));
    }

    /**
     * The index's terms by the code they lead to, from the release's own index or the nearest release's: each code a
     * reference to a body part or code leads to, so that search answers with codes a coder reports
     * ("Abdominohysterectomy" leads to 0UT9, so to 0UT90ZZ and the other codes of 0UT9). A reference to a whole table
     * leads only to the codes of it that name a word of the term which not every code of the table names ("Snaring,
     * polyp, colon", see Excision 0DB: the codes of the colon); attached to every code, it would pin the term on codes
     * it does not mean (a knee term on hip codes), and a term that names no such word ("Mastectomy", see Excision,
     * Skin and Breast 0HB) says no more than the titles of the table do. References this release does not resolve
     * are reported.
     */
    private Map<String, List<String>> indexTerms(List<PcsReleaseFiles> official, NavigableMap<String, String> titles,
            List<String> findings) {
        Optional<PcsReleaseFiles> withIndex = official.stream().filter(files -> !files.index().isEmpty()).findFirst();
        if (withIndex.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> terms = new HashMap<>();
        Map<String, Set<String>> titleWords = new HashMap<>();
        List<String> unresolved = new ArrayList<>();
        int references = 0;
        int tables = 0;
        int tablesNamed = 0;
        for (PcsIndexFile.Entry entry : withIndex.get().index()) {
            for (String reference : entry.references()) {
                references++;
                // Codes are seven characters of digits and capitals: '~' sorts after every code with the prefix.
                Set<String> codes = titles.subMap(reference, true, reference + "~", false).keySet();
                if (codes.isEmpty()) {
                    unresolved.add(entry.term() + " -> " + reference);
                    continue;
                }
                if (reference.length() == TABLE) {
                    tables++;
                    codes = codesNaming(entry.term(), codes, titles, titleWords);
                    tablesNamed += codes.isEmpty() ? 0 : 1;
                }
                for (String code : codes) {
                    List<String> own = terms.computeIfAbsent(code, c -> new ArrayList<>(2));
                    if (!own.contains(entry.term())) {
                        own.add(entry.term());
                    }
                }
            }
        }
        String index = "the ICD-10-PCS " + withIndex.get().version() + " index";
        findings.add(String.format(Locale.ROOT, "%s: %,d of its %,d references lead to tables or codes of %s; the "
                        + "terms of those that lead to body parts or codes are searched, %,d lead to whole tables, "
                        + "%,d of whose terms name a word only some codes of the table name, on which they are "
                        + "searched", index, references - unresolved.size(), references, version, tables,
                tablesNamed));
        report(findings, unresolved, " references of " + index + " lead to no table or code of " + version);
        return terms;
    }

    /**
     * The codes of a table that a reference to the whole of it means: those whose titles name a word of the term
     * that not every code of the table names ("Snaring, polyp, colon", see Excision 0DB: the codes of the colon);
     * none when the term names no such word ("Mastectomy", see Resection 0HT), so that a knee term never lands on hip
     * codes through the root operation all of them name.
     */
    private static Set<String> codesNaming(String term, Set<String> table, Map<String, String> titles,
            Map<String, Set<String>> titleWords) {
        Set<String> words = new HashSet<>(TextAnalysis.terms(term));
        Set<String> everywhere = null;
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (String code : table) {
            Set<String> own = titleWords.computeIfAbsent(code, c -> Set.copyOf(TextAnalysis.terms(titles.get(c))));
            everywhere = everywhere == null ? new HashSet<>(own) : everywhere;
            everywhere.retainAll(own);
            Set<String> shared = new HashSet<>(own);
            shared.retainAll(words);
            if (!shared.isEmpty()) {
                named.put(code, shared);
            }
        }
        Set<String> common = everywhere == null ? Set.of() : everywhere;
        Set<String> codes = new TreeSet<>();
        named.forEach((code, shared) -> {
            if (!common.containsAll(shared)) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** The addenda against the codes: added codes present with the same title, deleted ones gone, counts. */
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
        String codesName = codesFile.orElseThrow().fileName();
        report(findings, missing, " codes the addenda add or revise are not in " + codesName);
        report(findings, retitled, " titles differ between the addenda and " + codesName
                + "; the codes file's titles are kept");
        report(findings, kept, " codes the addenda delete are still in " + codesName);
        Integer listed = addenda.codeCounts().get(codesName);
        if (listed != null && listed != titles.size()) {
            findings.add(addendaName + " says " + codesName + " has " + listed + " codes; it has " + titles.size());
        }
        countCheck(findings, addendaName, "additions", added, addenda);
        countCheck(findings, addendaName, "deletions", deleted, addenda);
        addenda.codeCounts().forEach((file, count) -> {
            if (!file.equals(codesName) && listed != null
                    && count + addenda.changeCounts().getOrDefault("additions", 0)
                            - addenda.changeCounts().getOrDefault("deletions", 0) != listed) {
                findings.add(addendaName + ": " + count + " codes in " + file + " with the additions and deletions "
                        + "do not make the " + listed + " of " + codesName);
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
                    items.size())))
                    + (items.size() > MAX_LISTED ? "; and " + (items.size() - MAX_LISTED) + " more" : ""));
        }
    }

    /**
     * Names each character of each code: official labels first, the release's own tables before other releases';
     * then what the titles say; counts where each name came from.
     */
    private final class Labels {
        private final boolean hasOfficialFiles;
        private final Map<String, String> titles;
        private final Progress progress;
        /** Per code, the axes official files name (null where none does), from a first pass over the codes. */
        private final Map<String, Axis[]> official = new HashMap<>();
        /** The body systems with a character no official file names, whose titles are then read for it. */
        private final TreeSet<String> needTitles = new TreeSet<>();
        private TitleReading reading;
        private AxisValues derived;
        private final Map<String, Integer> bySource = new LinkedHashMap<>();
        private final TreeSet<String> unnamedLevels = new TreeSet<>();
        private final List<String> unnamedValues = new ArrayList<>();
        private int unnamedCount;

        Labels(List<PcsReleaseFiles> files, Map<String, String> titles, Progress progress) {
            this.hasOfficialFiles = !files.isEmpty();
            this.titles = titles;
            this.progress = progress;
            for (String code : titles.keySet()) {
                Axis[] axes = new Axis[CHARACTERS];
                for (PcsReleaseFiles release : files) {
                    Axis[] named = release.axes(code);
                    for (int at = 0; at < CHARACTERS; at++) {
                        if (axes[at] == null && named[at] != null) {
                            axes[at] = named[at];
                            bySource.merge("the ICD-10-PCS " + release.version() + " tables", 1, Integer::sum);
                        }
                    }
                }
                official.put(code, axes);
            }
            // An approach means the same in every table of its section: 0 is Open wherever a table allows it.
            Map<String, Axis> approaches = new HashMap<>();
            official.forEach((code, axes) -> {
                if (axes[APPROACH] != null) {
                    approaches.putIfAbsent(code.charAt(0) + "" + code.charAt(APPROACH), axes[APPROACH]);
                }
            });
            official.forEach((code, axes) -> {
                if (axes[APPROACH] == null && PcsSections.axisNames(code.charAt(0)).get(APPROACH).equals("Approach")) {
                    axes[APPROACH] = approaches.get(code.charAt(0) + "" + code.charAt(APPROACH));
                    if (axes[APPROACH] != null) {
                        bySource.merge("the approaches of its section's tables", 1, Integer::sum);
                    }
                }
                for (int at = 2; at < CHARACTERS; at++) {
                    if (axes[at] == null) {
                        needTitles.add(code.substring(0, 2));
                    }
                }
            });
        }

        List<Axis> axes(String code) {
            List<String> names = PcsSections.axisNames(code.charAt(0));
            Axis[] axes = official.get(code);
            List<Axis> named = new ArrayList<>(CHARACTERS);
            for (int at = 0; at < CHARACTERS; at++) {
                named.add(axes[at] != null ? axes[at] : fromTitles(code, at, names.get(at)));
            }
            return named;
        }

        private Axis fromTitles(String code, int at, String name) {
            Optional<String> listed = at == 0 ? PcsSections.section(code.charAt(0))
                    : at == 1 ? PcsSections.bodySystem(code.substring(0, 2)) : Optional.empty();
            if (listed.isPresent()) {
                bySource.merge("the builder's list of sections and body systems", 1, Integer::sum);
                return new Axis(name, code.charAt(at), listed.get());
            }
            // The titles read by the wording they follow first; minimal pairs where that wording does not hold.
            Optional<String> read = at < 2 ? Optional.empty() : reading().value(code, at);
            Optional<String> paired = at < 2 || read.isPresent() ? Optional.empty()
                    : derived().value(code, at).filter(value -> !holdsAnother(code, at, value));
            if (read.isPresent() || paired.isPresent()) {
                bySource.merge(read.isPresent() ? "the titles read by their wording" : "the titles' minimal pairs", 1,
                        Integer::sum);
                return new Axis(name, code.charAt(at), read.or(() -> paired).get());
            }
            return new Axis(name, code.charAt(at), unnamed(code, at, name));
        }

        /**
         * Whether a phrase minimal pairs derive for character {@code at} holds what another character of the code is
         * named: the run of a title no pair cuts ("Cardiac Output, Computer-aided Assessment, New Technology Group 9"
         * for a body part, holding the device and the group) names no one character.
         */
        private boolean holdsAnother(String code, int at, String value) {
            Axis[] axes = official.get(code);
            List<String> others = new ArrayList<>(CHARACTERS);
            for (int other = 0; other < CHARACTERS; other++) {
                Optional<String> label = other < 2 || other == at ? Optional.empty()
                        : axes[other] != null ? Optional.of(axes[other].value()) : reading().value(code, other);
                others.add(label.orElse("None"));
            }
            return TitleReading.holdsAnother(value, others);
        }

        /** The titles of the codes with a character no official file names, read by the wording they follow. */
        private TitleReading reading() {
            if (reading == null) {
                Map<String, String> needed = new HashMap<>();
                Map<Character, Set<String>> operations = new HashMap<>();
                official.forEach((code, axes) -> {
                    if (Arrays.stream(axes, 2, CHARACTERS).anyMatch(Objects::isNull)) {
                        needed.put(code, titles.get(code));
                    }
                    if (axes[2] != null) {
                        operations.computeIfAbsent(code.charAt(0), section -> new HashSet<>()).add(axes[2].value());
                    }
                });
                reading = TitleReading.read(needed, code -> {
                    Axis[] axes = official.get(code);
                    List<Optional<String>> known = new ArrayList<>(CHARACTERS);
                    known.add(PcsSections.section(code.charAt(0)));
                    known.add(axes[1] != null ? Optional.of(axes[1].value())
                            : PcsSections.bodySystem(code.substring(0, 2)));
                    for (int at = 2; at < CHARACTERS; at++) {
                        known.add(axes[at] != null ? Optional.of(axes[at].value()) : Optional.empty());
                    }
                    return known;
                }, operations);
            }
            return reading;
        }

        /**
         * Derived from the titles only when a character no official file names needs it, and only from the titles of
         * the body systems that need it: the derivation over a whole release takes tens of seconds.
         */
        private AxisValues derived() {
            if (derived == null) {
                Map<String, String> needed = new HashMap<>();
                titles.forEach((code, title) -> {
                    if (needTitles.contains(code.substring(0, 2))) {
                        needed.put(code, title);
                    }
                });
                progress.step("deriving the axis values no tables give from the titles of the " + needed.size()
                        + " ICD-10-PCS codes of body systems " + String.join(", ", needTitles));
                derived = AxisValues.derive(needed);
            }
            return derived;
        }

        /** A value neither official nor named by the titles: said as such, and reported. */
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
            // Said whenever official files are among the sources: which release's tables named what, and what not.
            if (hasOfficialFiles || unnamedCount > 0) {
                StringBuilder sources = new StringBuilder("code characters named by ");
                bySource.forEach((source, count) -> sources.append(String.format(Locale.ROOT, "%s %,d, ", source,
                        count)));
                findings.add(sources.append(String.format(Locale.ROOT, "unnamed %,d", unnamedCount)).toString());
            }
            if (!unnamedLevels.isEmpty()) {
                findings.add("sections or body systems this builder does not know: " + unnamedLevels);
            }
            if (unnamedCount > 0) {
                findings.add(unnamedCount + " code characters neither tables nor titles name: " + String.join("; ",
                        unnamedValues) + (unnamedCount > unnamedValues.size() ? "; ..." : ""));
            }
            return findings;
        }
    }

    /** Lays the codes out in preorder under their section, body system, root operation and body part. */
    private static final class Hierarchy {
        private static final Kind[] LEVELS = {Kind.SECTION, Kind.BODY_SYSTEM, Kind.ROOT_OPERATION, Kind.BODY_PART};

        private final Labels labels;
        private final Map<String, List<String>> indexTerms;
        private final List<TableEntry> entries = new ArrayList<>();
        private final int[] open = {-1, -1, -1, -1};

        Hierarchy(Labels labels, Map<String, List<String>> indexTerms) {
            this.labels = labels;
            this.indexTerms = indexTerms;
        }

        void add(String code, String title) {
            List<Axis> axes = labels.axes(code);
            for (int level = 0; level < LEVELS.length; level++) {
                String prefix = code.substring(0, level + 1);
                if (open[level] >= 0 && entries.get(open[level]).code().equals(prefix)) {
                    continue;
                }
                int parent = level == 0 ? -1 : open[level - 1];
                open[level] = entries.size();
                Axis own = axes.get(level);
                entries.add(entry(prefix, LEVELS[level], parent, own.value(), false, axes.subList(0, level + 1)));
            }
            entries.add(entry(code, Kind.CODE, open[LEVELS.length - 1], title, true, axes));
        }

        private TableEntry entry(String code, Kind kind, int parent, String title, boolean billable, List<Axis> axes) {
            List<Note> notes = indexTerms.getOrDefault(code, List.of()).stream()
                    .map(term -> new Note(NoteKind.INDEX_TERM, term, code)).toList();
            return new TableEntry(code, kind, parent, title, title, billable, false, notes, List.of(),
                    EffectiveDates.ALWAYS, Optional.empty(), axes);
        }
    }
}
