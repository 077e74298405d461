package dev.codebook.internal.system.icd10cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.internal.system.SystemRules;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How ICD-10-CM input is normalised at the boundary: case, spaces and the dot never change which code is meant. */
class NormalisationProperties {

    private final SystemRules syntax = new Icd10CmRules();

    @Provide
    Arbitrary<String> codeKeys() {
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMaxLength(5);
        return Combinators.combine(letter, digit, rest).as((l, d, r) -> "" + l + d + r).filter(k -> k.length() >= 3);
    }

    private static String dotted(String key) {
        return key.length() > 3 ? key.substring(0, 3) + "." + key.substring(3) : key;
    }

    @Property
    void caseSpacesAndTheDotDoNotMatter(@ForAll("codeKeys") String key, @ForAll boolean lower, @ForAll boolean dot,
            @ForAll("padding") String before, @ForAll("padding") String after) {
        String typed = dot ? dotted(key) : key;
        typed = before + (lower ? typed.toLowerCase(Locale.ROOT) : typed) + after;
        assertEquals(Optional.of(key), syntax.key(typed), typed);
    }

    @Property
    void blanksInsideACodeDoNotMatter(@ForAll("codeKeys") String key, @ForAll int where, @ForAll("padding") String blank) {
        String dotted = dotted(key);
        int at = Math.floorMod(where, dotted.length() + 1);
        String typed = dotted.substring(0, at) + blank + dotted.substring(at);
        assertEquals(Optional.of(key), syntax.key(typed), typed);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", " ", "  ", "\t", " \t ");
    }

    @Property
    void canonicalFormRoundTrips(@ForAll("codeKeys") String key) {
        String canonical = dotted(key);
        assertEquals(canonical, dotted(syntax.key(canonical).orElseThrow()));
    }

    @Property
    void normalisingIsIdempotent(@ForAll String input) {
        syntax.key(input).ifPresent(key -> assertEquals(Optional.of(key), syntax.key(key), input));
    }

    @Property(tries = 5000)
    void anyInputIsEitherAWellFormedKeyOrNothing(@ForAll String input) {
        syntax.key(input).ifPresent(key -> assertTrue(
                key.matches("[A-Z][0-9][0-9A-Z]{1,5}|[0-9]{1,2}|[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]"), key));
    }

    @Property
    void aDotAnywhereButAfterTheCategoryIsNotACode(@ForAll("codeKeys") String key, @ForAll int where) {
        int at = Math.floorMod(where, key.length() + 1);
        if (at != 3) {
            assertEquals(Optional.empty(), syntax.key(key.substring(0, at) + "." + key.substring(at)));
        }
    }

    @Property
    void chaptersAreNumbersWithoutLeadingZeros(@ForAll("chapters") int chapter) {
        assertEquals(Optional.of(String.valueOf(chapter)), syntax.key(String.format("%02d", chapter)));
        assertEquals(Optional.of(String.valueOf(chapter)), syntax.key(" " + chapter + " "));
    }

    @Provide
    Arbitrary<Integer> chapters() {
        return Arbitraries.integers().between(1, 22);
    }
}
