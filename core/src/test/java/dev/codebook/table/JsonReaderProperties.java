package dev.codebook.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The metadata file is written by Jackson and read by the hand-written {@link JsonReader}: whatever Jackson writes,
 * the reader reads back as it was; the builder's dates and instants are read by hand as {@code java.time} would.
 */
class JsonReaderProperties {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Provide
    Arbitrary<String> anyText() {
        // Every char value, lone surrogates and control characters included: Jackson escapes what JSON requires.
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Property
    void readsBackEveryStringJacksonWrites(@ForAll("anyText") String text) throws IOException {
        assertEquals(text, JsonReader.read(JACKSON.writeValueAsString(text)));
    }

    @Property
    void readsBackNumbersListsAndObjects(@ForAll("anyText") String name, @ForAll long number, @ForAll double real,
            @ForAll boolean flag) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(name, List.of(number, flag, "x"));
        object.put(name + "!", Arrays.asList(null, Map.of()));
        object.put(name + "?", List.of());
        String written = JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(object);
        assertEquals(object, JsonReader.read(written));
        if (Double.isFinite(real)) {
            assertEquals(real, JsonReader.read(JACKSON.writeValueAsString(real)));
        }
    }

    @Example
    void malformedTextSaysWhereAndWhat() {
        assertEquals("expected ',' or '}' at line 2, column 3",
                assertThrows(IOException.class, () -> JsonReader.read("{\"a\": 1\n  \"b\": 2}")).getMessage());
        assertEquals("expected the end of a string at line 1, column 6",
                assertThrows(IOException.class, () -> JsonReader.read("[\"abc")).getMessage());
        assertEquals("expected end of the text at line 1, column 4",
                assertThrows(IOException.class, () -> JsonReader.read("{} {}")).getMessage());
        assertEquals("expected a value at line 1, column 2",
                assertThrows(IOException.class, () -> JsonReader.read("[nul]")).getMessage());
        assertEquals("expected a number at line 1, column 1",
                assertThrows(IOException.class, () -> JsonReader.read("1-2")).getMessage());
    }

    @Property
    void readsInstantsAsInstantParseDoes(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long seconds,
            @ForAll("nanos") int nanos) {
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        assertEquals(instant, MetadataReader.instant(instant.toString()));
    }

    @Provide
    Arbitrary<Integer> nanos() {
        // Instant.toString writes 0, 3, 6 or 9 digits of fraction, as the trailing zeros allow.
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
    }

    @Property
    void readsDaysAsLocalDateParseDoes(@ForAll @LongRange(min = 0, max = 2_932_896) long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        assertEquals(day, MetadataReader.day(day.toString()));
    }

    @Example
    void otherFormsAreLeftToJavaTime() {
        assertEquals(Instant.parse("2026-11-27T01:02:03.4Z"), MetadataReader.instant("2026-11-27T01:02:03.4Z"));
        assertThrows(java.time.DateTimeException.class, () -> MetadataReader.day("2021-02-30"));
        assertThrows(java.time.DateTimeException.class, () -> MetadataReader.instant("2021-01-01T25:00:00Z"));
        assertThrows(java.time.DateTimeException.class, () -> MetadataReader.instant("yesterday"));
    }
}
