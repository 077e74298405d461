package dev.codebook.builder.hcpcs;

import dev.codebook.builder.spi.BuiltRelease;
import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.EffectiveDates;
import dev.codebook.code.Kind;
import dev.codebook.code.Release;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One HCPCS Level II annual release. The hierarchy is one level of groups: the codes of each first letter, as the
 * HCPCS Level II code book arranges its sections, then the modifiers.
 *
 * <table>
 *   <caption>The groups</caption>
 *   <tr><td>A0000-A9999</td><td>Transportation services including ambulance, medical and surgical supplies,
 *       administrative, miscellaneous and investigational</td></tr>
 *   <tr><td>B0000-B9999</td><td>Enteral and parenteral therapy</td></tr>
 *   <tr><td>C0000-C9999</td><td>Outpatient prospective payment system (temporary codes)</td></tr>
 *   <tr><td>E0000-E9999</td><td>Durable medical equipment</td></tr>
 *   <tr><td>G0000-G9999</td><td>Procedures and professional services (temporary)</td></tr>
 *   <tr><td>H0000-H9999</td><td>Alcohol and drug abuse treatment, behavioral health services</td></tr>
 *   <tr><td>J0000-J9999</td><td>Drugs administered other than oral method, chemotherapy drugs</td></tr>
 *   <tr><td>K0000-K9999</td><td>Durable medical equipment (temporary codes for the DME MACs)</td></tr>
 *   <tr><td>L0000-L9999</td><td>Orthotic and prosthetic procedures and devices</td></tr>
 *   <tr><td>M0000-M9999</td><td>Medical services</td></tr>
 *   <tr><td>P0000-P9999</td><td>Pathology and laboratory services</td></tr>
 *   <tr><td>Q0000-Q9999</td><td>Temporary codes</td></tr>
 *   <tr><td>R0000-R9999</td><td>Diagnostic radiology services</td></tr>
 *   <tr><td>S0000-S9999</td><td>Temporary national codes (non-Medicare)</td></tr>
 *   <tr><td>T0000-T9999</td><td>National codes established for state Medicaid agencies</td></tr>
 *   <tr><td>U0000-U9999</td><td>Laboratory tests (coronavirus diagnostic panels)</td></tr>
 *   <tr><td>V0000-V9999</td><td>Vision, hearing and speech-language pathology services</td></tr>
 *   <tr><td>modifiers</td><td>Modifiers</td></tr>
 * </table>
 * A letter outside this list gets a group of its own, named by the letter, and a cross-check finding.
 */
final class HcpcsSource implements ReleaseSource {

    static final String MODIFIERS = "modifiers";

    private static final Map<Character, String> GROUPS = Map.ofEntries(
            Map.entry('A', "Transportation services including ambulance, medical and surgical supplies, "
                    + "administrative, miscellaneous and investigational"),
            Map.entry('B', "Enteral and parenteral therapy"),
            Map.entry('C', "Outpatient prospective payment system (temporary codes)"),
            Map.entry('E', "Durable medical equipment"),
            Map.entry('G', "Procedures and professional services (temporary)"),
            Map.entry('H', "Alcohol and drug abuse treatment, behavioral health services"),
            Map.entry('J', "Drugs administered other than oral method, chemotherapy drugs"),
            Map.entry('K', "Durable medical equipment (temporary codes for the DME MACs)"),
            Map.entry('L', "Orthotic and prosthetic procedures and devices"),
            Map.entry('M', "Medical services"),
            Map.entry('P', "Pathology and laboratory services"),
            Map.entry('Q', "Temporary codes"),
            Map.entry('R', "Diagnostic radiology services"),
            Map.entry('S', "Temporary national codes (non-Medicare)"),
            Map.entry('T', "National codes established for state Medicaid agencies"),
            Map.entry('U', "Laboratory tests (coronavirus diagnostic panels)"),
            Map.entry('V', "Vision, hearing and speech-language pathology services"));

    private final SourceFile file;
    private final String version;

    HcpcsSource(SourceFile file, String version) {
        this.file = file;
        this.version = version;
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.HCPCS;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public BuiltRelease read(Progress progress) throws IOException {
        progress.step("reading " + file.location());
        List<HcpcsFile.Record> records;
        Release.SourceFile print;
        try (FingerprintedInput in = new FingerprintedInput(file)) {
            records = HcpcsFile.parse(file.fileName(), in);
            print = in.finish();
        }
        TreeMap<Character, List<HcpcsFile.Record>> byLetter = new TreeMap<>();
        List<HcpcsFile.Record> modifiers = new ArrayList<>();
        for (HcpcsFile.Record record : records) {
            if (record.modifier()) {
                modifiers.add(record);
            } else {
                byLetter.computeIfAbsent(record.code().charAt(0), letter -> new ArrayList<>()).add(record);
            }
        }
        List<TableEntry> entries = new ArrayList<>(records.size() + GROUPS.size() + 1);
        TreeSet<Character> unknownLetters = new TreeSet<>();
        byLetter.forEach((letter, codes) -> {
            String title = GROUPS.get(letter);
            if (title == null) {
                unknownLetters.add(letter);
                title = "Codes beginning with " + letter;
            }
            addGroup(entries, letter + "0000-" + letter + "9999", title, Kind.CODE, codes);
        });
        addGroup(entries, MODIFIERS, "Modifiers", Kind.MODIFIER, modifiers);
        List<String> findings = unknownLetters.isEmpty() ? List.of() : List.of("codes begin with letters the "
                + "HCPCS Level II groups do not name: " + unknownLetters + "; each has a group of its own");
        int year = Integer.parseInt(version);
        Release release = new Release(CodeSystem.HCPCS, version, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(print), BuiltRelease.counts(entries), findings);
        long terminated = records.stream().filter(record -> record.terminated().isPresent()).count();
        progress.step(String.format(Locale.ROOT, "HCPCS %s: %,d codes, %,d modifiers, %,d with a termination date",
                version, records.size() - modifiers.size(), modifiers.size(), terminated));
        return new BuiltRelease(release, entries);
    }

    private static void addGroup(List<TableEntry> entries, String code, String title, Kind kind,
            List<HcpcsFile.Record> records) {
        if (records.isEmpty()) {
            return;
        }
        int group = entries.size();
        entries.add(TableEntry.plain(code, Kind.GROUP, -1, title, title, false, EffectiveDates.ALWAYS,
                Optional.empty(), List.of()));
        records.stream().sorted(Comparator.comparing(HcpcsFile.Record::code)).forEach(record ->
                entries.add(TableEntry.plain(record.code(), kind, group, record.longDescription(),
                        record.shortDescription(), kind == Kind.CODE,
                        new EffectiveDates(record.added(), record.terminated()), Optional.of(record.action()),
                        List.of())));
    }
}
