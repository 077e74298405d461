package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.Progress;
import dev.codebook.builder.spi.ReleaseFiles;
import dev.codebook.builder.spi.ReleaseFormat;
import dev.codebook.builder.spi.ReleaseSource;
import dev.codebook.builder.spi.SourceFile;
import dev.codebook.builder.spi.SourceFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An ICD-10-PCS release: the codes file ({@code icd10pcs_codes_2025.txt}) with, when present, the addenda of the same
 * year ({@code codes_addenda_2025.txt}, {@code icd10pcs_codes_addenda_2025.txt}); the tables
 * ({@code icd10pcs_tables_2023.xml}) with, when present, the definitions and index of the same year
 * ({@code icd10pcs_definitions_2023.xml}, {@code icd10pcs_index_2023.xml}). A release needs its codes file or its
 * tables; a release without tables takes labels from another year's (see {@link PcsLibrary}).
 */
public final class Icd10PcsFormat implements ReleaseFormat {

    private static final Pattern CODES = Pattern.compile("(?i)icd10pcs[_-]codes[_-](20[0-9]{2})\\.txt");
    private static final Pattern ADDENDA =
            Pattern.compile("(?i)(?:icd10pcs[_-])?codes[_-]addenda[_-](20[0-9]{2})\\.txt");
    private static final Pattern TABLES = Pattern.compile("(?i)icd10pcs[_-]tables[_-](20[0-9]{2})\\.xml");
    private static final Pattern DEFINITIONS = Pattern.compile("(?i)icd10pcs[_-]definitions[_-](20[0-9]{2})\\.xml");
    private static final Pattern INDEX = Pattern.compile("(?i)icd10pcs[_-]index[_-](20[0-9]{2})\\.xml");
    private static final List<Pattern> FILES = List.of(CODES, ADDENDA, TABLES, DEFINITIONS, INDEX);

    @Override
    public boolean reads(SourceFile file) {
        return FILES.stream().anyMatch(pattern -> ReleaseFiles.year(pattern, file).isPresent());
    }

    @Override
    public List<ReleaseSource> releases(List<SourceFile> files, Progress progress) throws IOException {
        Map<String, List<SourceFile>> codes = ReleaseFiles.byYear(CODES, files);
        Map<String, List<SourceFile>> addenda = ReleaseFiles.byYear(ADDENDA, files);
        Map<String, List<SourceFile>> tables = ReleaseFiles.byYear(TABLES, files);
        Map<String, List<SourceFile>> definitions = ReleaseFiles.byYear(DEFINITIONS, files);
        Map<String, List<SourceFile>> index = ReleaseFiles.byYear(INDEX, files);
        needs(addenda, codes, "addenda", "codes file", "icd10pcs_codes_", ".txt",
                "the addenda describe the codes file and need it");
        needs(definitions, tables, "definitions", "tables", "icd10pcs_tables_", ".xml",
                "they define the tables' values and need them");
        needs(index, tables, "index", "tables", "icd10pcs_tables_", ".xml", "it leads to the tables and needs them");
        PcsLibrary library = new PcsLibrary();
        for (Map.Entry<String, List<SourceFile>> year : tables.entrySet()) {
            String version = year.getKey();
            library.add(version, ReleaseFiles.onceOnly("ICD-10-PCS " + version + " tables", year.getValue(), progress),
                    ReleaseFiles.optionalOnce("ICD-10-PCS " + version + " definitions", definitions.get(version),
                            progress),
                    ReleaseFiles.optionalOnce("ICD-10-PCS " + version + " index", index.get(version), progress));
        }
        TreeSet<String> years = new TreeSet<>(codes.keySet());
        years.addAll(tables.keySet());
        List<ReleaseSource> releases = new ArrayList<>();
        for (String version : years) {
            releases.add(new Icd10PcsSource(version,
                    ReleaseFiles.optionalOnce("ICD-10-PCS " + version + " codes file", codes.get(version), progress),
                    ReleaseFiles.optionalOnce("ICD-10-PCS " + version + " addenda file", addenda.get(version),
                            progress),
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
}
