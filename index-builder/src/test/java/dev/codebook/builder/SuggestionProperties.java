package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On the full FY2021 ICD-10-CM release: whatever character is typed after a billable code, the answer is that the
 * input does not exist, with the billable code first among the suggestions.
 */
class SuggestionProperties {

    private static List<String> billableBelowSeven;

    @Property(tries = 3000)
    void anyCharacterAfterABillableCodeSuggestsThatCodeFirst(@ForAll("billableBelowSeven") String key,
            @ForAll("codeCharacters") char typed) {
        Validation validation = TestIndexes.full().icd10cm().validate(key + typed);
        String billable = OfficialIcd10Cm.dotted(key);
        assertEquals(Verdict.UNKNOWN, validation.verdict(), validation.reason());
        assertEquals(billable, validation.suggestions().get(0), validation.reason());
    }

    /** The order file's billable codes shorter than seven characters: leaves, so nothing exists below them. */
    @Provide
    Arbitrary<String> billableBelowSeven() {
        return Arbitraries.of(billableCodes());
    }

    @Provide
    Arbitrary<Character> codeCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F', 'G',
                'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S', 'X', 'Z');
    }

    private static synchronized List<String> billableCodes() {
        if (billableBelowSeven == null) {
            billableBelowSeven = OfficialIcd10Cm.full().order().entrySet().stream()
                    .filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey)
                    .filter(key -> key.length() < 7)
                    .toList();
        }
        return billableBelowSeven;
    }
}
