package dev.codebook.semantic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.CodeSet;
import dev.codebook.code.Code;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Semantic hits keep to the search's scope as lexical ones do: on the chapter index with vectors, a query made of
 * the title of any node of the chapter, searched within any block of it with billable codes only, answers billable
 * codes of that block alone. Most queries name a node of another block, so lexical search finds little in scope and
 * the nearest titles fill the places; the statistics check that they do.
 */
class ScopeProperties {

    @Property(tries = 200)
    void semanticHitsKeepToTheBlockAndToBillableCodes(@ForAll("titles") String query, @ForAll("blocks") Code block) {
        CodeSet cm = ChapterIndex.semantic().icd10cm();
        List<SearchHit> hits = ChapterIndex.semantic().search(query).within(block.code()).billableOnly().run();
        boolean semantic = hits.stream().flatMap(hit -> hit.why().stream())
                .anyMatch(match -> match.source() == MatchSource.SEMANTIC_SIMILARITY);
        Statistics.label("semantic hits").collect(semantic);
        Statistics.label("semantic hits").coverage(coverage -> coverage.check(true).percentage(share -> share > 20));
        for (SearchHit hit : hits) {
            assertTrue(hit.billable(), () -> hit + " is not billable; query '" + query + "' in " + block.code());
            assertTrue(cm.isAncestor(block.code(), hit.code()),
                    () -> hit + " is outside " + block.code() + "; query '" + query + "'");
        }
    }

    @Provide
    Arbitrary<String> titles() {
        CodeSet cm = ChapterIndex.semantic().icd10cm();
        return Arbitraries.of(cm.descendants("4").map(Code::title).toList());
    }

    @Provide
    Arbitrary<Code> blocks() {
        return Arbitraries.of(ChapterIndex.semantic().icd10cm().children("4"));
    }
}
