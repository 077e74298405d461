package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** ICD-10-PCS validity rules as properties over the sample's codes. */
class PcsSyntaxProperties {

    private static final Pattern NAMED = Pattern.compile("(.) is not valid as the ([1-7])(st|nd|rd|th) character");

    private final CodeSet pcs = TestIndexes.sample().system(CodeSystem.ICD10PCS);

    @Property
    void lettersIAndOAreMalformedWhereverTheyStand(@ForAll @IntRange(max = 6) int at, @ForAll boolean letterO) {
        char letter = letterO ? 'O' : 'I';
        String input = "0DTJ4ZZ".substring(0, at) + letter + "0DTJ4ZZ".substring(at + 1);
        Validation validation = pcs.validate(input);
        assertEquals(Verdict.MALFORMED, validation.verdict(), input);
        assertTrue(validation.reason().contains("(" + letter + " at position " + (at + 1) + ";"), validation.reason());
    }

    @Property
    void everyOtherCharacterIsValidOrSaysWhatIsWrong(@ForAll @IntRange(max = 6) int at,
            @ForAll @CharRange(from = '0', to = 'Z') char character) {
        String input = "0DTJ4ZZ".substring(0, at) + character + "0DTJ4ZZ".substring(at + 1);
        Validation validation = pcs.validate(input);
        if (!Character.isLetterOrDigit(character) || character == 'I' || character == 'O') {
            assertEquals(Verdict.MALFORMED, validation.verdict(), input);
        } else if (!validation.valid()) {
            assertTrue(validation.verdict() == Verdict.CHARACTER_NOT_VALID || validation.verdict() == Verdict.UNKNOWN,
                    input + ": " + validation.verdict());
            if (validation.verdict() == Verdict.UNKNOWN) {
                assertTrue(validation.reason().startsWith(input + " is not in ICD-10-PCS 2025")
                        || validation.reason().startsWith(input + " was deleted from ICD-10-PCS 2025"),
                        validation.reason());
            } else {
                // The first character that is not valid where it stands, which the change may have moved to a later
                // position (a valid section with another set of body systems).
                Matcher named = NAMED.matcher(validation.reason());
                assertTrue(named.lookingAt(), validation.reason());
                int position = Integer.parseInt(named.group(2));
                assertEquals(named.group(1).charAt(0), input.charAt(position - 1), validation.reason());
                assertTrue(position >= at + 1, validation.reason());
            }
        }
    }
}
