package dev.codebook.builder.icd10cm;

import dev.codebook.builder.icd10cm.TabularParser.Tabular;
import dev.codebook.builder.spi.BuiltRelease;
import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.internal.system.icd10cm.Icd10CmRules;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ICD-10-CM release: the Tabular XML for the hierarchy and notes, the order file for billable flags and titles.
 *
 * <p>The order file is authoritative for which codes exist, whether they are billable and their titles: 7th-character
 * codes are generated from the Tabular's definitions (padding with the placeholder X to six characters) and kept
 * exactly as the order file lists them. Where the two files disagree, the build follows the order file and records
 * the disagreement in the release's cross-check list.
 */
final class Icd10CmSource implements ReleaseSource {

    private static final int MAX_LISTED = 20;

    private final SourceFile tabularFile;
    private final SourceFile orderFile;
    private final String version;

    Icd10CmSource(SourceFile tabularFile, SourceFile orderFile, String version) {
        this.tabularFile = tabularFile;
        this.orderFile = orderFile;
        this.version = version;
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10CM;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public BuiltRelease read(Progress progress) throws IOException {
        Tabular tabular;
        Release.SourceFile tabularPrint;
        progress.step("reading " + tabularFile.location());
        try (FingerprintedInput in = new FingerprintedInput(tabularFile)) {
            tabular = TabularParser.parse(tabularFile.fileName(), in);
            tabularPrint = in.finish();
        }
        if (!tabular.version().equals(version)) {
            throw new SourceFormatException(tabularFile.location() + ": the Tabular says version " + tabular.version()
                    + " but the file name says " + version);
        }
        Map<String, OrderFile.Entry> order;
        Release.SourceFile orderPrint;
        progress.step("reading " + orderFile.location());
        try (FingerprintedInput in = new FingerprintedInput(orderFile)) {
            order = OrderFile.parse(orderFile.fileName(), in);
            orderPrint = in.finish();
        }
        Assembly assembly = new Assembly(order);
        assembly.run(tabular.chapters());
        List<TableEntry> entries = assembly.flatten(tabular.chapters());
        int year = Integer.parseInt(version);
        Release release = new Release(CodeSystem.ICD10CM, version, LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year, 9, 30), List.of(tabularPrint, orderPrint), BuiltRelease.counts(entries), assembly.findings());
        progress.step(String.format(Locale.ROOT, "ICD-10-CM %s: %,d nodes, %,d billable; %d cross-check findings",
                version, entries.size(), release.counts().get("billable"), release.crossCheck().size()));
        return new BuiltRelease(release, entries);
    }

    /** Joins the two files into one tree and collects what they disagree on. */
    private final class Assembly {
        private final Map<String, OrderFile.Entry> order;
        private final Map<String, OrderFile.Entry> unclaimed;
        private final Map<String, TabularNode> nodesByKey = new HashMap<>();
        private final List<String> findings = new ArrayList<>();
        private final List<String> notInOrderFile = new ArrayList<>();
        private final List<String> flagDisagreements = new ArrayList<>();
        private final List<String> titleDifferences = new ArrayList<>();
        private final Map<String, List<String>> seventhCharactersLeftOut = new LinkedHashMap<>();
        private final List<String> misplaced = new ArrayList<>();
        private int accentOnlyTitleDifferences;
        private String accentExample;

        Assembly(Map<String, OrderFile.Entry> order) {
            this.order = order;
            this.unclaimed = new LinkedHashMap<>(order);
        }

        void run(List<TabularNode> chapters) {
            for (TabularNode chapter : chapters) {
                nestSections(chapter);
                for (TabularNode child : chapter.children) {
                    visit(child, List.of());
                }
            }
            placeUnclaimed();
            crossCheckFlags(chapters);
            summarise();
        }

        /** Sections come flat in the XML; a section whose range holds later ones (C00-C96) becomes their parent. */
        private void nestSections(TabularNode chapter) {
            List<TabularNode> sections = new ArrayList<>(chapter.children);
            chapter.children.clear();
            Deque<TabularNode> open = new ArrayDeque<>();
            for (TabularNode section : sections) {
                while (!open.isEmpty() && !contains(open.peek().code, section.code)) {
                    open.pop();
                }
                (open.isEmpty() ? chapter : open.peek()).children.add(section);
                open.push(section);
            }
        }

        private boolean contains(String outer, String inner) {
            String[] o = outer.split("-");
            String[] i = inner.split("-");
            return o[0].compareTo(i[0]) <= 0 && i[1].compareTo(o[1]) <= 0 && !outer.equals(inner);
        }

        private void visit(TabularNode node, List<SeventhCharacter> inForce) {
            if (node.level == TabularNode.Level.SECTION) {
                for (TabularNode child : node.children) {
                    visit(child, inForce);
                }
                return;
            }
            nodesByKey.put(node.key(), node);
            OrderFile.Entry entry = unclaimed.remove(node.key());
            if (entry == null) {
                notInOrderFile.add(node.code);
            } else {
                takeTitles(node, entry);
            }
            List<SeventhCharacter> defined = node.seventhCharacters.isEmpty() ? inForce : node.seventhCharacters;
            for (TabularNode child : List.copyOf(node.children)) {
                visit(child, defined);
            }
            if (node.isLeaf() && !defined.isEmpty()) {
                addSeventhCharacterCodes(node, defined);
            }
        }

        private void takeTitles(TabularNode node, OrderFile.Entry entry) {
            node.billable = entry.billable();
            node.shortTitle = entry.shortTitle();
            if (!node.title.equals(entry.longTitle())) {
                if (withoutAccents(node.title).equals(entry.longTitle())) {
                    accentOnlyTitleDifferences++;
                    if (accentExample == null) {
                        accentExample = node.code + " '" + node.title + "' / '" + entry.longTitle() + "'";
                    }
                } else {
                    titleDifferences.add(node.code + " '" + node.title + "' / '" + entry.longTitle() + "'");
                }
            }
            node.title = entry.longTitle();
        }

        /** The 7th-character codes of a leaf, as the order file lists them. */
        private void addSeventhCharacterCodes(TabularNode leaf, List<SeventhCharacter> defined) {
            String stem = padded(leaf.key());
            StringBuilder leftOut = new StringBuilder();
            for (SeventhCharacter seventh : defined) {
                String key = stem + seventh.character();
                OrderFile.Entry entry = unclaimed.remove(key);
                if (entry == null) {
                    leftOut.append(seventh.character());
                    continue;
                }
                TabularNode code = new TabularNode(TabularNode.Level.SEVENTH_CHARACTER, Icd10CmRules.dotted(key),
                        entry.longTitle(), leaf.line);
                code.billable = entry.billable();
                code.shortTitle = entry.shortTitle();
                leaf.children.add(code);
                nodesByKey.put(key, code);
            }
            if (leftOut.length() > 0) {
                String finding = "the Tabular's 7th characters " + String.join(", ", leftOut.toString().split(""))
                        + " (defined at " + defined.get(0).source() + ") are not in the order file for these codes, "
                        + "which it lists only with " + listedCharacters(leaf) + "; left out";
                seventhCharactersLeftOut.computeIfAbsent(finding, f -> new ArrayList<>()).add(leaf.code);
            }
        }

        private String listedCharacters(TabularNode leaf) {
            StringBuilder listed = new StringBuilder();
            for (TabularNode child : leaf.children) {
                listed.append(listed.length() == 0 ? "" : ", ").append(child.code.charAt(child.code.length() - 1));
            }
            return listed.length() == 0 ? "none" : listed.toString();
        }

        /** Order-file codes the Tabular does not derive: kept, under their longest existing prefix, and reported. */
        private void placeUnclaimed() {
            for (OrderFile.Entry entry : unclaimed.values()) {
                TabularNode parent = null;
                for (int length = entry.key().length() - 1; length >= 3 && parent == null; length--) {
                    parent = nodesByKey.get(entry.key().substring(0, length));
                }
                if (parent == null) {
                    throw SourceFormatException.at(orderFile.fileName(), entry.line(), "code " + entry.key()
                            + " belongs to no category of the Tabular");
                }
                TabularNode code = new TabularNode(TabularNode.Level.DIAG, Icd10CmRules.dotted(entry.key()), entry.longTitle(),
                        parent.line);
                code.billable = entry.billable();
                code.shortTitle = entry.shortTitle();
                parent.children.add(code);
                parent.children.sort(Comparator.comparingInt(this::orderOf));
                nodesByKey.put(entry.key(), code);
                findings.add(code.code + " is in the order file (line " + entry.line() + ") but not in the Tabular; "
                        + "kept under " + parent.code);
            }
        }

        private int orderOf(TabularNode node) {
            OrderFile.Entry entry = order.get(node.key());
            return entry == null ? Integer.MAX_VALUE : entry.order();
        }

        /**
         * Billable must mean leaf: a header flagged billable, or a leaf flagged header, is a disagreement. A code the
         * Tabular nests under a code it does not extend (H54.512A under H54.511) is kept where the Tabular puts it,
         * and reported, since its longest existing prefix would be another parent.
         */
        private void crossCheckFlags(List<TabularNode> nodes) {
            for (TabularNode node : nodes) {
                if (node.level == TabularNode.Level.DIAG && order.containsKey(node.key())
                        && node.billable == !node.isLeaf()) {
                    flagDisagreements.add(node.code + " is " + (node.isLeaf() ? "a leaf" : "a header") + " in the "
                            + "Tabular but flagged " + (node.billable ? "billable" : "header") + " in the order file");
                }
                for (TabularNode child : node.children) {
                    if (node.level != TabularNode.Level.SECTION && node.level != TabularNode.Level.CHAPTER
                            && !child.key().startsWith(node.key())) {
                        misplaced.add(child.code + " under " + node.code);
                    }
                }
                crossCheckFlags(node.children);
            }
        }

        private void summarise() {
            seventhCharactersLeftOut.forEach((finding, codes) ->
                    findings.add(codes.size() + (codes.size() == 1 ? " code: " : " codes: ") + finding + ": "
                            + listed(codes)));
            if (!notInOrderFile.isEmpty()) {
                findings.add(notInOrderFile.size() + " Tabular codes are not in the order file and are kept as not "
                        + "billable: " + listed(notInOrderFile));
            }
            if (!flagDisagreements.isEmpty()) {
                findings.add(flagDisagreements.size() + " billable flags disagree with the Tabular's hierarchy; the "
                        + "order file's flags are kept: " + listed(flagDisagreements));
            }
            if (!misplaced.isEmpty()) {
                findings.add(misplaced.size() + " codes stand in the Tabular under a code they do not extend; kept "
                        + "where the Tabular puts them: " + listed(misplaced));
            }
            if (accentOnlyTitleDifferences > 0) {
                findings.add(accentOnlyTitleDifferences + " titles differ only in accents between the Tabular and the"
                        + " order file (" + accentExample + "); the order file's titles are kept");
            }
            if (!titleDifferences.isEmpty()) {
                findings.add(titleDifferences.size() + " titles differ between the Tabular and the order file; the "
                        + "order file's titles are kept: " + listed(titleDifferences));
            }
        }

        private String listed(List<String> items) {
            return String.join("; ", items.subList(0, Math.min(MAX_LISTED, items.size())))
                    + (items.size() > MAX_LISTED ? "; and " + (items.size() - MAX_LISTED) + " more" : "");
        }

        List<String> findings() {
            return findings;
        }

        List<TableEntry> flatten(List<TabularNode> chapters) {
            List<TableEntry> entries = new ArrayList<>(order.size() + 400);
            for (TabularNode chapter : chapters) {
                flatten(chapter, -1, entries);
            }
            return entries;
        }

        private void flatten(TabularNode node, int parent, List<TableEntry> entries) {
            int position = entries.size();
            entries.add(new TableEntry(node.code, kindOf(node), parent, node.title, node.shortTitle, node.billable,
                    node.level == TabularNode.Level.SEVENTH_CHARACTER, node.notes, node.seventhCharacters));
            for (TabularNode child : node.children) {
                flatten(child, position, entries);
            }
        }
    }

    private static Kind kindOf(TabularNode node) {
        return switch (node.level) {
            case CHAPTER -> Kind.CHAPTER;
            case SECTION -> Kind.BLOCK;
            case SEVENTH_CHARACTER -> Kind.CODE;
            case DIAG -> node.isLeaf() ? Kind.CODE : node.code.length() == 3 ? Kind.CATEGORY : Kind.SUBCATEGORY;
        };
    }

    /** Pads a code to six characters with the placeholder X, ready for its 7th character. */
    static String padded(String key) {
        StringBuilder padded = new StringBuilder(key);
        while (padded.length() < 6) {
            padded.append('X');
        }
        return padded.toString();
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
