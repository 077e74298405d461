package dev.codebook.internal.search;

import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.internal.search.QueryPlan.Alternative;
import dev.codebook.internal.search.QueryPlan.Slot;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says why a node matched a text query: how the query was read to reach it (synonyms, spellings), which of its texts
 * (title, inclusion or index terms, short title) met the query best, and the words of that text that did. Reads the
 * node's texts from its code table. Thread-safe.
 */
final class HitExplainer {

    private final Stems stems;

    HitExplainer(Stems stems) {
        this.stems = stems;
    }

    /** The hit for {@code node}, with its score, the readings of {@code plan} that reach it and its highlights. */
    SearchHit explain(Node node, float score, QueryPlan plan) {
        record Text(MatchSource source, String text, Set<String> terms) {
        }
        CodeTable table = node.table();
        int position = node.position();
        List<Text> texts = new ArrayList<>();
        List<TextAnalysis.Token> titleTokens = stems.tokens(node.title());
        Set<String> titleTerms = new HashSet<>();
        titleTokens.forEach(token -> titleTerms.add(token.term()));
        texts.add(new Text(MatchSource.TITLE, node.title(), titleTerms));
        // Most hits match on the title alone; the other texts are read only when it does not say it all.
        if (!matchesEverySlot(plan, texts.get(0).terms())) {
            for (Note note : table.ownNotes(position)) {
                if (note.kind() == NoteKind.INCLUSION_TERM || note.kind() == NoteKind.INCLUDES) {
                    texts.add(new Text(MatchSource.INCLUSION_TERM, note.text(), stems.terms(note.text())));
                } else if (note.kind() == NoteKind.INDEX_TERM) {
                    texts.add(new Text(MatchSource.INDEX_TERM, note.text(), stems.terms(note.text())));
                }
            }
            String shortTitle = table.shortTitle(position);
            texts.add(new Text(MatchSource.SHORT_TITLE, shortTitle, stems.terms(shortTitle)));
        }
        Set<String> present = new HashSet<>();
        texts.forEach(text -> present.addAll(text.terms()));

        Set<Match> readings = new LinkedHashSet<>();
        Set<String> matched = new HashSet<>();
        for (Slot slot : plan.slots()) {
            for (Alternative alternative : slot.alternatives()) {
                if (present.containsAll(alternative.terms())) {
                    readings.addAll(alternative.readings());
                    matched.addAll(alternative.terms());
                    break;
                }
            }
        }
        Text best = texts.get(0);
        long bestCount = -1;
        for (Text text : texts) {
            long count = text.terms().stream().filter(matched::contains).count();
            if (count > bestCount) {
                best = text;
                bestCount = count;
            }
        }
        List<Match> why = new ArrayList<>(readings);
        why.add(new Match(best.source(), best.text()));
        List<String> highlights = new ArrayList<>();
        for (TextAnalysis.Token token : best == texts.get(0) ? titleTokens : stems.tokens(best.text())) {
            String word = best.text().substring(token.start(), token.end());
            if (matched.contains(token.term()) && !highlights.contains(word)) {
                highlights.add(word);
            }
        }
        return new SearchHit(node.code(), node.release().system(), node.release().version(), node.title(),
                node.kind(), node.billable(), score, why, highlights);
    }

    /**
     * The hit for {@code node} in a fused list: as a lexical hit, with its title's nearness in meaning added when it
     * counted; found by meaning alone, with that as its one reason and no highlights.
     */
    SearchHit explain(Node node, Fusion.Fused fused, QueryPlan plan) {
        Match near = new Match(MatchSource.SEMANTIC_SIMILARITY, node.title());
        if (!fused.lexical()) {
            return new SearchHit(node.code(), node.release().system(), node.release().version(), node.title(),
                    node.kind(), node.billable(), fused.score(), List.of(near), List.of());
        }
        SearchHit hit = explain(node, fused.score(), plan);
        if (!fused.near()) {
            return hit;
        }
        List<Match> why = new ArrayList<>(hit.why());
        why.add(near);
        return withReasons(hit, why);
    }

    /** {@code hit} with {@code reason} first among its reasons. */
    static SearchHit leading(Match reason, SearchHit hit) {
        List<Match> why = new ArrayList<>(hit.why().size() + 1);
        why.add(reason);
        why.addAll(hit.why());
        return withReasons(hit, why);
    }

    private static SearchHit withReasons(SearchHit hit, List<Match> why) {
        return new SearchHit(hit.code(), hit.system(), hit.release(), hit.title(), hit.kind(), hit.billable(),
                hit.score(), why, hit.highlights());
    }

    private static boolean matchesEverySlot(QueryPlan plan, Set<String> terms) {
        return plan.slots().stream().allMatch(slot -> slot.alternatives().stream()
                .anyMatch(alternative -> terms.containsAll(alternative.terms())));
    }
}
