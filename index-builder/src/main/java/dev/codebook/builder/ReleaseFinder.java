package dev.codebook.builder;

import dev.codebook.builder.icd10cm.Icd10CmSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises release files by the names the agencies give them and pairs the files of each release.
 *
 * <ul>
 *   <li>ICD-10-CM: the Tabular XML ({@code icd10cm_tabular_2021.xml}, {@code icd10cm-tabular-2021.xml}) and the
 *       order file ({@code icd10cm_order_2021.txt}, {@code icd10cm-order-Jan-2021.txt}) of the same year.</li>
 * </ul>
 * Other files are passed over and named in the progress report.
 */
final class ReleaseFinder {

    private static final Pattern CM_TABULAR = Pattern.compile("(?i)icd10cm[_-]tabular.*?(20[0-9]{2}).*\\.xml");
    private static final Pattern CM_ORDER = Pattern.compile("(?i)icd10cm[_-]order.*?(20[0-9]{2}).*\\.txt");

    private ReleaseFinder() {
    }

    static List<ReleaseSource> find(List<SourceFile> files, Progress progress) {
        Map<String, SourceFile> tabulars = new LinkedHashMap<>();
        Map<String, SourceFile> orders = new LinkedHashMap<>();
        List<String> passedOver = new ArrayList<>();
        for (SourceFile file : files) {
            Optional<String> tabularYear = year(CM_TABULAR, file);
            Optional<String> orderYear = year(CM_ORDER, file);
            if (tabularYear.isPresent()) {
                putOnce(tabulars, tabularYear.get(), file, "Tabular");
            } else if (orderYear.isPresent() && !file.fileName().toLowerCase().contains("addenda")) {
                putOnce(orders, orderYear.get(), file, "order file");
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
        if (!passedOver.isEmpty()) {
            progress.step("passed over " + passedOver.size() + " files that are no release this builder reads ("
                    + String.join(", ", passedOver.subList(0, Math.min(3, passedOver.size())))
                    + (passedOver.size() > 3 ? ", ..." : "") + ")");
        }
        return releases;
    }

    private static Optional<String> year(Pattern pattern, SourceFile file) {
        Matcher matcher = pattern.matcher(file.fileName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void putOnce(Map<String, SourceFile> found, String year, SourceFile file, String what) {
        SourceFile earlier = found.putIfAbsent(year, file);
        if (earlier != null) {
            throw new SourceFormatException("two ICD-10-CM " + year + " " + what + "s among the sources: "
                    + earlier.location() + " and " + file.location() + "; give only one");
        }
    }
}
