package dev.codebook.quiz;

import dev.codebook.check.Finding;
import dev.codebook.check.Rule;
import dev.codebook.check.Severity;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Which of these codes may not be reported together with E11.9?": one billable code that the rule engine's
 * {@code excludes1} rule reports as an error beside the subject, among billable codes on which it reports nothing.
 * Distractors come from around the excluded code and outside the subject's own category, so that no other rule than
 * Excludes1 could make a learner's choice right.
 */
final class ReportedTogether extends QuestionKind {

    private static final int PROBES = 24;

    ReportedTogether() {
        super("excludes1",
                "Which code may not be reported together with this one (Excludes1)?", CodeSystem.ICD10CM);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.billable(node) && outline.excludes1InForce(node);
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        Code code = drill.code(subject);
        int category = outline.enclosing(subject, Kind.CATEGORY);
        Optional<Finding> excluded = excludedPartner(drill, code, subject, category);
        if (excluded.isEmpty()) {
            return Optional.empty();
        }
        String partnerCode = excluded.get().codes().stream().filter(c -> !c.equals(code.code())).findFirst()
                .orElseThrow();
        Code partner = drill.codes.code(partnerCode).orElseThrow();
        int anchor = outline.ordinal(partner.code()).orElseThrow();
        List<Code> wrong = drill.distractors(anchor, drill.optionCount - 1, List.of(), Set.of(label(partner)),
                ReportedTogether::label,
                node -> outline.billable(node) && outline.enclosing(node, Kind.CATEGORY) != category
                        && drill.findings(Rule.EXCLUDES1, code.code(), code.code(), outline.code(node)).isEmpty(),
                Code::billable);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Option right = new Option(partner.code(), partner.title(), label(partner), excluded.get().message());
        List<Option> options = wrong.stream().map(other -> new Option(other.code(), other.title(), label(other),
                other.code() + " may be reported with " + code.code() + ": no Excludes1 note in force at either "
                        + "names the other.")).toList();
        String prompt = "Which of these codes may not be reported together with " + code.code() + " ("
                + code.title() + ") under an Excludes1 note?";
        return Optional.of(drill.question(this, prompt, subject, right, options));
    }

    /**
     * A billable code outside the subject's category, named by an Excludes1 note in force at the subject, that the
     * engine reports as an error beside it.
     */
    private static Optional<Finding> excludedPartner(Drill drill, Code code, int subject, int category) {
        Outline outline = drill.outline;
        List<Note> notes = new ArrayList<>(code.notes(NoteKind.EXCLUDES1));
        drill.shuffle(notes);
        for (Note note : notes) {
            for (int head : drill.named(note)) {
                for (int probe = 0; probe < PROBES; probe++) {
                    int node = drill.random.nextInt(head, outline.end(head));
                    if (outline.billable(node) && node != subject
                            && (category < 0 || !outline.contains(category, node))) {
                        Optional<Finding> finding = drill.findings(Rule.EXCLUDES1, code.code(), code.code(),
                                outline.code(node)).stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
                        if (finding.isPresent()) {
                            return finding;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String label(Code code) {
        return code.code() + " " + code.title();
    }
}
