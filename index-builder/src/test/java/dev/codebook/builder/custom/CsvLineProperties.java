package dev.codebook.builder.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The CSV rule: any fields, quoted with their quotes doubled and joined by commas, split back into themselves. */
class CsvLineProperties {

    @Property
    void quotedFieldsSplitBackIntoThemselves(
            @ForAll @NotEmpty @Size(max = 8) List<@StringLength(max = 30) String> fields) {
        List<String> expected = fields.stream().map(field -> field.replaceAll("[\\r\\n]", " ").strip()).toList();
        String line = expected.stream()
                .map(field -> "\"" + field.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
        assertEquals(expected, CsvLine.split("test.csv", 1, line));
    }

    @Property
    void plainFieldsSplitAtEveryComma(
            @ForAll @NotEmpty @Size(max = 8) List<@StringLength(max = 30) String> fields) {
        List<String> plain = fields.stream().map(field -> field.replaceAll("[,\"\\r\\n]", "").strip()).toList();
        assertEquals(plain, CsvLine.split("test.csv", 1, String.join(",", plain)));
    }
}
