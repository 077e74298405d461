package dev.codebook.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The builder's dates and instants in the metadata file are read by hand exactly as {@code java.time} would. */
class MetadataDatesProperties {

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
