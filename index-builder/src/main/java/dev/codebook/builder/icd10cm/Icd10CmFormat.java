package dev.codebook.builder.icd10cm;

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
import java.util.regex.Pattern;

/**
 * An ICD-10-CM release: the Tabular XML ({@code icd10cm_tabular_2021.xml}, {@code icd10cm-tabular-2021.xml}) and the
 * order file ({@code icd10cm_order_2021.txt}, {@code icd10cm-order-Jan-2021.txt}) of the same year; both are needed.
 */
public final class Icd10CmFormat implements ReleaseFormat {

    private static final Pattern TABULAR = Pattern.compile("(?i)icd10cm[_-]tabular.*?(20[0-9]{2}).*\\.xml");
    /** The order file; CMS also names an addenda file "order", which is not one. */
    private static final Pattern ORDER = Pattern.compile("(?i)icd10cm[_-]order(?!.*addenda).*?(20[0-9]{2}).*\\.txt");

    @Override
    public boolean reads(SourceFile file) {
        return ReleaseFiles.year(TABULAR, file).isPresent() || ReleaseFiles.year(ORDER, file).isPresent();
    }

    @Override
    public List<ReleaseSource> releases(List<SourceFile> files, Progress progress) throws IOException {
        Map<String, List<SourceFile>> tabulars = ReleaseFiles.byYear(TABULAR, files);
        Map<String, List<SourceFile>> orders = ReleaseFiles.byYear(ORDER, files);
        List<ReleaseSource> releases = new ArrayList<>();
        for (Map.Entry<String, List<SourceFile>> tabular : tabulars.entrySet()) {
            String year = tabular.getKey();
            SourceFile found = ReleaseFiles.onceOnly("ICD-10-CM " + year + " Tabular", tabular.getValue(), progress);
            List<SourceFile> order = orders.remove(year);
            if (order == null) {
                throw new SourceFormatException("found the ICD-10-CM " + year + " Tabular " + found.location()
                        + " but no order file of " + year + " (icd10cm_order_" + year + ".txt); both are needed");
            }
            releases.add(new Icd10CmSource(found,
                    ReleaseFiles.onceOnly("ICD-10-CM " + year + " order file", order, progress), year));
        }
        if (!orders.isEmpty()) {
            Map.Entry<String, List<SourceFile>> order = orders.entrySet().iterator().next();
            throw new SourceFormatException("found the ICD-10-CM " + order.getKey() + " order file "
                    + order.getValue().get(0).location() + " but no Tabular XML of " + order.getKey()
                    + " (icd10cm_tabular_" + order.getKey() + ".xml); both are needed");
        }
        return releases;
    }
}
