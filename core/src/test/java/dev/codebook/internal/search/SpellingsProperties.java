package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Finding near words through shared letter pairs finds exactly what comparing every word would. */
class SpellingsProperties {

    @Property(tries = 1_000)
    void nearFindsEveryWordWithinReachAndNoOther(@ForAll("dictionaries") List<String> dictionary,
            @ForAll("words") String word, @ForAll @IntRange(min = 1, max = 2) int maxEdits) {
        Map<String, Integer> known = new LinkedHashMap<>();
        dictionary.forEach(w -> known.put(w, w.length()));
        Set<String> expected = known.keySet().stream()
                .filter(w -> EditDistance.within(word, w, maxEdits) <= maxEdits)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = Spellings.of(known).near(word, maxEdits).stream()
                .map(Spellings.Near::word)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
    }

    @Property(tries = 500)
    void nearestFindsTheWordsAtTheFewestEdits(@ForAll("dictionaries") List<String> dictionary,
            @ForAll("words") String word) {
        Map<String, Integer> known = new LinkedHashMap<>();
        dictionary.forEach(w -> known.put(w, 1));
        int fewest = known.keySet().stream().mapToInt(w -> EditDistance.within(word, w, 2)).min().orElse(3);
        Set<String> expected = known.keySet().stream()
                .filter(w -> fewest <= 2 && EditDistance.within(word, w, 2) == fewest)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = Spellings.of(known).nearest(word, 2).stream()
                .map(Spellings.Near::word)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
    }

    @Example
    void aWrongFirstLetterIsFound() {
        Spellings spellings = Spellings.of(Map.of("pneumonia", 900, "pneumonitis", 40, "ammonia", 3));
        List<Spellings.Near> near = spellings.near("neumonia", 2);
        assertEquals(List.of(new Spellings.Near("pneumonia", 1, 900)), near);
    }

    @Provide
    Arbitrary<List<String>> dictionaries() {
        return words().list().ofMinSize(1).ofMaxSize(60);
    }

    /** Words over few letters, so that many lie within an edit or two of each other. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("aeinrst").ofMinLength(1).ofMaxLength(9);
    }
}
