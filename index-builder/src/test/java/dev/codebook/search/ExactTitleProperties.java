package dev.codebook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Rules search keeps for any input, on the full ICD-10-CM release. */
class ExactTitleProperties {

    @Property(tries = 300)
    void anExactTitleIsNeverBuried(@ForAll("positions") int position) {
        Codebook codebook = TestIndexes.full();
        CodeSet cm = codebook.icd10cm();
        var code = cm.codes().stream().skip(position).findFirst().orElseThrow();
        List<SearchHit> hits = codebook.search(code.title()).limit(10).run();
        assertTrue(hits.stream().anyMatch(hit -> hit.code().equals(code.code())
                        || hit.title().equalsIgnoreCase(code.title())),
                code + " -> " + hits);
        assertTrue(hits.get(0).title().equalsIgnoreCase(code.title())
                || hits.stream().limit(3).anyMatch(hit -> hit.code().equals(code.code())),
                "an exact title leads, or its code is in the top three: " + code + " -> " + hits);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, TestIndexes.full().icd10cm().size() - 1);
    }

    @Property(tries = 300)
    void anyTextIsSafeToSearch(@ForAll @StringLength(max = 300) String text) {
        Codebook codebook = TestIndexes.full();
        assertTrue(codebook.search(text).run().size() <= 10);
        assertTrue(codebook.suggest(text).run().size() <= 8);
    }

    @Property(tries = 100)
    void queryLikeTextIsSafeToSearch(@ForAll("queryish") String text) {
        Codebook codebook = TestIndexes.full();
        assertTrue(codebook.search(text).run().size() <= 10);
        assertTrue(codebook.suggest(text).run().size() <= 8);
    }

    @Provide
    Arbitrary<String> queryish() {
        return Arbitraries.strings().withChars("abcE119.:*?~^\"()[]{}+-!&|/\\ ").ofMaxLength(60);
    }
}
