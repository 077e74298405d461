package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.internal.search.DrugStems.Reading;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DrugStemsTest {

    private static final DrugStems STEMS = DrugStems.of(Vocabulary.parse("stems.txt", List.of(
            "[word parts]",
            "-ectomy = excision",
            "[drug stems]",
            "-cillin = penicillins",
            "-azole = antifungal antibiotics",
            "-bendazole = anthelminthics",
            "cef-, ceph- = cephalosporins",
            "-profen = propionic acid derivatives | nonsteroidal anti-inflammatory drugs")));

    @Test
    void aSuffixOrPrefixNamesItsClasses() {
        assertEquals(List.of(new Reading("penicillins", "-cillin")), STEMS.read("Amoxicillin"));
        assertEquals(List.of(new Reading("cephalosporins", "cef-")), STEMS.read("cefazolin"));
        assertEquals(List.of(new Reading("propionic acid derivatives", "-profen"),
                new Reading("nonsteroidal anti-inflammatory drugs", "-profen")), STEMS.read("ibuprofen"));
    }

    @Test
    void theLongestStemWinsAndAFinalEMayFollowASuffix() {
        assertEquals(List.of(new Reading("anthelminthics", "-bendazole")), STEMS.read("albendazole"));
        assertEquals(List.of(new Reading("antifungal antibiotics", "-azole")), STEMS.read("fluconazole"));
        assertEquals(List.of(new Reading("penicillins", "-cillin")), STEMS.read("amdinocilline"));
    }

    @Test
    void aStemAloneOrWithOneLetterIsNoDrugName() {
        assertEquals(List.of(), STEMS.read("cillin"));
        assertEquals(List.of(), STEMS.read("acillin"));
        assertEquals(List.of(), STEMS.read("cefa"), "a prefix needs two letters after it");
        assertEquals(List.of(), STEMS.read("nephrectomy"), "word parts are not drug stems");
        assertEquals(List.of(), DrugStems.of(Vocabulary.EMPTY).read("amoxicillin"));
    }

    @Test
    void aStemIsWrittenWithOneHyphen() {
        assertTrue(DrugStems.isStem("-cillin"));
        assertTrue(DrugStems.isStem("cef-"));
        assertFalse(DrugStems.isStem("cillin"));
        assertFalse(DrugStems.isStem("-cillin-"));
        assertFalse(DrugStems.isStem("-"));
    }

    /** Any name ending in a suffix stem after two letters or more reads as its class, whatever the letters. */
    @Property
    void everyNameWithASuffixReadsAsItsClass(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String start) {
        List<Reading> readings = STEMS.read(start + "cillin");
        assertEquals(List.of(new Reading("penicillins", "-cillin")), readings, start);
    }
}
