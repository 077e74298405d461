package dev.codebook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.builder.TestIndexes;
import dev.codebook.code.CodeSystem;
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

    /**
     * What one title is of, at the site of another ("Cellulitis of" + "lung"): the mix that leads search to residual
     * categories. Hits come best first, and a residual code, if any, leads.
     */
    @Property(tries = 300)
    void hitsComeBestFirstAndAResidualCodeLeads(@ForAll("positions") int what, @ForAll("positions") int where) {
        Codebook codebook = TestIndexes.full();
        List<String> titles = List.of(codebook.icd10cm().codes().stream().skip(what).findFirst().orElseThrow().title(),
                codebook.icd10cm().codes().stream().skip(where).findFirst().orElseThrow().title());
        int whatEnds = titles.get(0).indexOf(" of ");
        int whereStarts = titles.get(1).lastIndexOf(" of ");
        String query = (whatEnds < 0 ? titles.get(0) : titles.get(0).substring(0, whatEnds)) + " of "
                + (whereStarts < 0 ? titles.get(1) : titles.get(1).substring(whereStarts + 4));
        List<SearchHit> hits = codebook.search(query).in(CodeSystem.ICD10CM).run();
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i).score() <= hits.get(i - 1).score(), query + " -> " + hits);
        }
        for (int i = 0; i < hits.size(); i++) {
            boolean residual = hits.get(i).why().stream()
                    .anyMatch(match -> match.source() == MatchSource.RESIDUAL_CATEGORY);
            assertTrue(!residual || i == 0, query + " -> " + hits);
        }
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
