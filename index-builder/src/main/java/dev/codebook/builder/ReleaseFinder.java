package dev.codebook.builder;

import dev.codebook.builder.custom.CustomCodeSetSource;
import dev.codebook.builder.hcpcs.HcpcsSource;
import dev.codebook.builder.icd10cm.Icd10CmSource;
import dev.codebook.builder.icd10pcs.Icd10PcsSource;
import dev.codebook.builder.icd10pcs.PcsLibrary;
import dev.codebook.builder.spi.FingerprintedInput;
import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises release files by the names the agencies give them and pairs the files of each release.
 *
 * <ul>
 *   <li>ICD-10-CM: the Tabular XML ({@code icd10cm_tabular_2021.xml}, {@code icd10cm-tabular-2021.xml}) and the
 *       order file ({@code icd10cm_order_2021.txt}, {@code icd10cm-order-Jan-2021.txt}) of the same year.</li>
 *   <li>ICD-10-PCS: the codes file ({@code icd10pcs_codes_2025.txt}) with, when present, the addenda of the same
 *       year ({@code codes_addenda_2025.txt}, {@code icd10pcs_codes_addenda_2025.txt}); the tables
 *       ({@code icd10pcs_tables_2023.xml}) with, when present, the definitions and index of the same year
 *       ({@code icd10pcs_definitions_2023.xml}, {@code icd10pcs_index_2023.xml}). A release needs its codes file or
 *       its tables.</li>
 *   <li>HCPCS Level II: the fixed-width annual file ({@code HCPC2020_ANWEB_w_disclaimer.txt}), as a file or inside
 *       the zip CMS distributes. The same file found twice (the zip and the file extracted from it) is built once;
 *       two different files of one year are an error.</li>
 *   <li>A user's own code set: {@code <system>_<version>.codes.csv} (see {@link CustomCodeSetSource}).</li>
 * </ul>
 * Other files are passed over and named in the progress report.
 */
final class ReleaseFinder {

    private static final Pattern CM_TABULAR = Pattern.compile("(?i)icd10cm[_-]tabular.*?(20[0-9]{2}).*\\.xml");
    private static final Pattern CM_ORDER = Pattern.compile("(?i)icd10cm[_-]order.*?(20[0-9]{2}).*\\.txt");
    private static final Pattern PCS_CODES = Pattern.compile("(?i)icd10pcs[_-]codes[_-](20[0-9]{2})\\.txt");
    private static final Pattern PCS_ADDENDA = Pattern.compile("(?i)(?:icd10pcs[_-])?codes[_-]addenda[_-](20[0-9]{2})"
            + "\\.txt");
    private static final Pattern PCS_TABLES = Pattern.compile("(?i)icd10pcs[_-]tables[_-](20[0-9]{2})\\.xml");
    private static final Pattern PCS_DEFINITIONS = Pattern.compile("(?i)icd10pcs[_-]definitions[_-](20[0-9]{2})"
            + "\\.xml");
    private static final Pattern PCS_INDEX = Pattern.compile("(?i)icd10pcs[_-]index[_-](20[0-9]{2})\\.xml");
    private static final Pattern HCPCS = Pattern.compile("(?i)HCPC(20[0-9]{2})[_-].*ANWEB.*\\.txt");

    private ReleaseFinder() {
    }

    static List<ReleaseSource> find(List<SourceFile> files, Progress progress) throws IOException {
        Map<String, SourceFile> tabulars = new LinkedHashMap<>();
        Map<String, SourceFile> orders = new LinkedHashMap<>();
        Map<String, List<SourceFile>> pcsCodes = new LinkedHashMap<>();
        Map<String, List<SourceFile>> pcsAddenda = new LinkedHashMap<>();
        Map<String, List<SourceFile>> pcsTables = new LinkedHashMap<>();
        Map<String, List<SourceFile>> pcsDefinitions = new LinkedHashMap<>();
        Map<String, List<SourceFile>> pcsIndex = new LinkedHashMap<>();
        Map<String, List<SourceFile>> hcpcs = new LinkedHashMap<>();
        List<ReleaseSource> custom = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        for (SourceFile file : files) {
            Optional<String> tabularYear = year(CM_TABULAR, file);
            Optional<String> orderYear = year(CM_ORDER, file);
            if (tabularYear.isPresent()) {
                putOnce(tabulars, tabularYear.get(), file, "ICD-10-CM", "Tabular");
            } else if (orderYear.isPresent() && !file.fileName().toLowerCase().contains("addenda")) {
                putOnce(orders, orderYear.get(), file, "ICD-10-CM", "order file");
            } else if (year(PCS_CODES, file).isPresent()) {
                pcsCodes.computeIfAbsent(year(PCS_CODES, file).get(), y -> new ArrayList<>()).add(file);
            } else if (year(PCS_ADDENDA, file).isPresent()) {
                pcsAddenda.computeIfAbsent(year(PCS_ADDENDA, file).get(), y -> new ArrayList<>()).add(file);
            } else if (year(PCS_TABLES, file).isPresent()) {
                pcsTables.computeIfAbsent(year(PCS_TABLES, file).get(), y -> new ArrayList<>()).add(file);
            } else if (year(PCS_DEFINITIONS, file).isPresent()) {
                pcsDefinitions.computeIfAbsent(year(PCS_DEFINITIONS, file).get(), y -> new ArrayList<>()).add(file);
            } else if (year(PCS_INDEX, file).isPresent()) {
                pcsIndex.computeIfAbsent(year(PCS_INDEX, file).get(), y -> new ArrayList<>()).add(file);
            } else if (year(HCPCS, file).isPresent()) {
                hcpcs.computeIfAbsent(year(HCPCS, file).get(), y -> new ArrayList<>()).add(file);
            } else if (CustomCodeSetSource.recognises(file)) {
                custom.add(CustomCodeSetSource.of(file));
            } else {
                passedOver.add(file.fileName());
            }
        }
        List<ReleaseSource> releases = new ArrayList<>();
        for (Map.Entry<String, SourceFile> tabular : tabulars.entrySet()) {
            SourceFile order = orders.remove(tabular.getKey());
            if (order == null) {
                throw new SourceFormatException("found the ICD-10-CM " + tabular.getKey() + " Tabular "
                        + tabular.getValue().location() + " but no order file of " + tabular.getKey()
                        + " (icd10cm_order_" + tabular.getKey() + ".txt); both are needed");
            }
            releases.add(new Icd10CmSource(tabular.getValue(), order, tabular.getKey()));
        }
        if (!orders.isEmpty()) {
            Map.Entry<String, SourceFile> order = orders.entrySet().iterator().next();
            throw new SourceFormatException("found the ICD-10-CM " + order.getKey() + " order file "
                    + order.getValue().location() + " but no Tabular XML of " + order.getKey()
                    + " (icd10cm_tabular_" + order.getKey() + ".xml); both are needed");
        }
        releases.addAll(pcsReleases(pcsCodes, pcsAddenda, pcsTables, pcsDefinitions, pcsIndex, progress));
        for (Map.Entry<String, List<SourceFile>> year : hcpcs.entrySet()) {
            releases.add(new HcpcsSource(onceOnly("HCPCS " + year.getKey() + " file", year.getValue(), progress),
                    year.getKey()));
        }
        releases.addAll(custom);
        if (!passedOver.isEmpty()) {
            progress.step("passed over " + passedOver.size() + " files that are no release this builder reads ("
                    + String.join(", ", passedOver.subList(0, Math.min(3, passedOver.size())))
                    + (passedOver.size() > 3 ? ", ..." : "") + ")");
        }
        return releases;
    }

    /** The ICD-10-PCS releases: each year with a codes file or tables; addenda need the codes, the others tables. */
    private static List<ReleaseSource> pcsReleases(Map<String, List<SourceFile>> codes,
            Map<String, List<SourceFile>> addenda, Map<String, List<SourceFile>> tables,
            Map<String, List<SourceFile>> definitions, Map<String, List<SourceFile>> index, Progress progress)
            throws IOException {
        needs(addenda, codes, "addenda", "codes file", "icd10pcs_codes_", ".txt",
                "the addenda describe the codes file and need it");
        needs(definitions, tables, "definitions", "tables", "icd10pcs_tables_", ".xml",
                "they define the tables' values and need them");
        needs(index, tables, "index", "tables", "icd10pcs_tables_", ".xml", "it leads to the tables and needs them");
        PcsLibrary library = new PcsLibrary();
        for (Map.Entry<String, List<SourceFile>> year : tables.entrySet()) {
            String version = year.getKey();
            library.add(version, onceOnly("ICD-10-PCS " + version + " tables", year.getValue(), progress),
                    optionalOnce("ICD-10-PCS " + version + " definitions", definitions.get(version), progress),
                    optionalOnce("ICD-10-PCS " + version + " index", index.get(version), progress));
        }
        TreeSet<String> years = new TreeSet<>(codes.keySet());
        years.addAll(tables.keySet());
        List<ReleaseSource> releases = new ArrayList<>();
        for (String version : years) {
            releases.add(new Icd10PcsSource(version,
                    optionalOnce("ICD-10-PCS " + version + " codes file", codes.get(version), progress),
                    optionalOnce("ICD-10-PCS " + version + " addenda file", addenda.get(version), progress),
                    library));
        }
        return releases;
    }

    private static void needs(Map<String, List<SourceFile>> found, Map<String, List<SourceFile>> partners,
            String what, String partner, String partnerName, String extension, String why) {
        for (Map.Entry<String, List<SourceFile>> year : found.entrySet()) {
            if (!partners.containsKey(year.getKey())) {
                throw new SourceFormatException("found the ICD-10-PCS " + year.getKey() + " " + what + " "
                        + year.getValue().get(0).location() + " but no " + partner + " of " + year.getKey() + " ("
                        + partnerName + year.getKey() + extension + "); " + why);
            }
        }
    }

    private static Optional<SourceFile> optionalOnce(String what, List<SourceFile> copies, Progress progress)
            throws IOException {
        return copies == null ? Optional.empty() : Optional.of(onceOnly(what, copies, progress));
    }

    private static Optional<String> year(Pattern pattern, SourceFile file) {
        Matcher matcher = pattern.matcher(file.fileName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void putOnce(Map<String, SourceFile> found, String year, SourceFile file, String system,
            String what) {
        SourceFile earlier = found.putIfAbsent(year, file);
        if (earlier != null) {
            throw new SourceFormatException("two " + system + " " + year + " " + what + "s among the sources: "
                    + earlier.location() + " and " + file.location() + "; give only one");
        }
    }

    /**
     * The one file of its kind and year among copies found. CMS distributes the files in zips, and folders often
     * hold both the zip and the file extracted from it: identical copies are one file, said so in the progress
     * report; copies that differ are an error.
     */
    private static SourceFile onceOnly(String what, List<SourceFile> copies, Progress progress) throws IOException {
        SourceFile first = copies.get(0);
        if (copies.size() == 1) {
            return first;
        }
        String digest = FingerprintedInput.sha256(first);
        for (SourceFile other : copies.subList(1, copies.size())) {
            if (!FingerprintedInput.sha256(other).equals(digest)) {
                throw new SourceFormatException("two different " + what + "s among the sources: "
                        + first.location() + " and " + other.location() + "; give only one");
            }
        }
        progress.step("the " + what + " is there " + copies.size() + " times with the same content ("
                + copies.stream().map(SourceFile::location).collect(Collectors.joining(", "))
                + "); building it once, from " + first.location());
        return first;
    }
}
