package dev.codebook.quiz;

import dev.codebook.Code;
import dev.codebook.CodeSystem;
import dev.codebook.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Which of these codes may not be reported together with E11.9?": one billable code an Excludes1 note forbids
 * beside the subject, among billable codes that {@link Excludes1} allows with it in both directions. Distractors come
 * from around the excluded code and outside the subject's own category, so that no other rule than Excludes1 could
 * make a learner's choice right.
 */
final class ReportedTogether extends QuestionKind {

    private static final int PROBES = 24;

    ReportedTogether() {
        super("excludes1",
                "Which code may not be reported together with this one (Excludes1)?", CodeSystem.ICD10CM);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.billable[node] && outline.excludes1InForce[node];
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        Code code = drill.code(subject);
        int category = outline.enclosing(subject, Kind.CATEGORY);
        Optional<Excludes1.Finding> excluded = excludedPartner(drill, code, subject, category);
        if (excluded.isEmpty()) {
            return Optional.empty();
        }
        Code partner = drill.codes.code(excluded.get().second()).orElseThrow();
        int anchor = outline.ordinal(partner.code()).orElseThrow();
        List<Code> wrong = drill.distractors(anchor, drill.optionCount - 1, List.of(), Set.of(label(partner)),
                ReportedTogether::label,
                node -> outline.billable[node] && outline.enclosing(node, Kind.CATEGORY) != category
                        && drill.excludes1.verdict(subject, node) == Excludes1.Verdict.ALLOWED,
                candidate -> candidate.billable()
                        && drill.excludes1.check(code.code(), candidate.code()).verdict() == Excludes1.Verdict.ALLOWED);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Option right = new Option(partner.code(), partner.title(), label(partner), excluded.get().reason());
        List<Option> options = wrong.stream().map(other -> new Option(other.code(), other.title(), label(other),
                drill.excludes1.check(code.code(), other.code()).reason())).toList();
        String prompt = "Which of these codes may not be reported together with " + code.code() + " ("
                + code.title() + ") under an Excludes1 note?";
        return Optional.of(drill.question(this, prompt, subject, right, options));
    }

    /** A billable code outside the subject's category that a note in force at the subject excludes for certain. */
    private static Optional<Excludes1.Finding> excludedPartner(Drill drill, Code code, int subject, int category) {
        Outline outline = drill.outline;
        List<Excludes1.Span> spans = drill.excludes1.certainSpans(subject);
        drill.shuffle(spans);
        for (Excludes1.Span span : spans) {
            for (int probe = 0; probe < PROBES; probe++) {
                int node = drill.random.nextInt(span.from(), span.to());
                if (outline.billable[node] && node != subject
                        && (category < 0 || !outline.contains(category, node))) {
                    if (drill.excludes1.verdict(subject, node) == Excludes1.Verdict.EXCLUDED) {
                        return Optional.of(drill.excludes1.check(code.code(), outline.code[node]));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String label(Code code) {
        return code.code() + " " + code.title();
    }
}
