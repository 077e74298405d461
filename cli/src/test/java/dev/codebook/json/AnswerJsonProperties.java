package dev.codebook.json;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;

class AnswerJsonProperties {

    /** Scores are written to three decimals exactly as "%.3f" rounds them (half up), without the Formatter. */
    @Property
    void aRoundedScoreIsTheFormattersThreeDecimals(@ForAll @FloatRange(min = 0, max = 10_000) float score) {
        float formatted = Float.parseFloat(String.format(Locale.ROOT, "%.3f", score));
        if (formatted != AnswerJson.rounded(score)) {
            throw new AssertionError(score + ": " + formatted + " but " + AnswerJson.rounded(score));
        }
    }

    /** Near a half thousandth, where roundings part, both go the same way. */
    @Property
    void nearHalfThousandthsBothRoundAlike(@ForAll @FloatRange(min = 0, max = 1_000) float score) {
        float half = (float) ((Math.floor(score * 1000d) + 0.5) / 1000d);
        float formatted = Float.parseFloat(String.format(Locale.ROOT, "%.3f", half));
        if (formatted != AnswerJson.rounded(half)) {
            throw new AssertionError(half + ": " + formatted + " but " + AnswerJson.rounded(half));
        }
    }
}
