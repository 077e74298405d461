package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.internal.search.QueryPlan.Alternative;
import dev.codebook.internal.search.QueryPlan.Slot;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlanTest {

    @Test
    void alternativesWithTheSameTermsAreOneWithTheFirstsReadingsAndTheHighestWeight() {
        Match calculus = new Match(MatchSource.SYNONYM, "kidney stone = calculus of kidney");
        Match kidneyCalculus = new Match(MatchSource.SYNONYM, "kidney stone = kidney calculus");
        Alternative own = new Alternative(List.of("kidnei", "stone"), List.of(), 1f);
        Slot slot = new Slot(List.of(
                new Alternative(List.of("calculu", "kidnei"), List.of(calculus), 1.1f),
                own,
                new Alternative(List.of("calculu", "kidnei"), List.of(kidneyCalculus), 1.3f)), false);
        assertEquals(List.of(new Alternative(List.of("calculu", "kidnei"), List.of(calculus), 1.3f), own),
                slot.alternatives());
    }
}
