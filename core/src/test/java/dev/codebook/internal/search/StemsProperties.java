package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The word-by-word analysis that explains hits gives exactly what Lucene's analysis chain gives. */
class StemsProperties {

    private final Stems stems = new Stems();

    @Property(tries = 5_000)
    void sameTokensAsTheAnalysisChain(@ForAll("descriptions") String text) {
        assertEquals(TextAnalysis.tokens(text), stems.tokens(text), text);
    }

    @Property(tries = 500)
    void sameTokensForAnyText(@ForAll("anyText") String text) {
        assertEquals(TextAnalysis.tokens(text), stems.tokens(text), text);
    }

    @Example
    void possessivesHyphensAndAccents() {
        for (String text : List.of("Crohn's disease", "Crohn's-disease of the ileum", "Ménière's disease",
                "gastro-esophageal reflux [GERD]", "COVID-19, T2DM", "'s", "O's", "1's", "x-ray's,", "cats' paws")) {
            assertEquals(TextAnalysis.tokens(text), stems.tokens(text), text);
        }
    }

    /** Text shaped like titles and inclusion terms: words, numbers and the punctuation the releases use. */
    @Provide
    Arbitrary<String> descriptions() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("Crohn's", "Ménière", "Sjögren's", "non-ST", "COVID-19", "T2DM", "(acute)",
                        "[common cold]", "and", "of", "the", "with", "w/o", "x-ray", "1.5", "s", "'s"));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", "-", "/", " (", ") ", "'", " - ", "; ");
        return Arbitraries.lazy(() -> Arbitraries.oneOf(word,
                        word.list().ofMinSize(1).ofMaxSize(12).flatMap(words -> separator.list()
                                .ofSize(words.size()).map(separators -> join(words, separators)))));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(80);
    }

    private static String join(List<String> words, List<String> separators) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            text.append(words.get(i)).append(separators.get(i));
        }
        return text.toString();
    }
}
