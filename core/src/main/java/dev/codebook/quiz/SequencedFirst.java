package dev.codebook.quiz;

import dev.codebook.check.Finding;
import dev.codebook.check.Rule;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "G63 has a code-first note: which of these codes is sequenced before it?": one billable code that a code-first note
 * in force at the subject names, so that the rule engine's {@code code_first} rule reports nothing about the subject
 * when that code is listed first and the subject second; each distractor leaves the rule reporting the subject.
 */
final class SequencedFirst extends QuestionKind {

    private static final int PROBES = 24;

    SequencedFirst() {
        super("code_first", "Which code is sequenced before this one (code first)?", CodeSystem.ICD10CM);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.billable(node) && outline.codeFirstInForce(node);
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        Code code = drill.code(subject);
        Optional<Code> first = underlying(drill, code, subject);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Code right = first.get();
        List<Code> wrong = drill.distractors(outline.ordinal(right.code()).orElseThrow(), drill.optionCount - 1,
                List.of(), Set.of(ReportedTogether.label(right)), ReportedTogether::label,
                node -> outline.billable(node) && node != subject
                        && !drill.findings(Rule.CODE_FIRST, code.code(), outline.code(node), code.code()).isEmpty(),
                Code::billable);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Note note = code.notes(NoteKind.CODE_FIRST).stream()
                .filter(n -> drill.named(n).stream().anyMatch(head -> outline.contains(head,
                        outline.ordinal(right.code()).orElseThrow())))
                .findFirst().orElseThrow();
        Option answer = new Option(right.code(), right.title(), ReportedTogether.label(right), right.code()
                + " is listed before " + code.code() + ": the code-first note at " + note.source() + " reads '"
                + note.text() + "', and " + right.code() + " is among the codes it names.");
        List<Option> options = wrong.stream().map(other -> new Option(other.code(), other.title(),
                ReportedTogether.label(other), drill.findings(Rule.CODE_FIRST, code.code(), other.code(), code.code())
                        .get(0).message())).toList();
        String prompt = code.code() + " (" + code.title() + ") has a code-first note. Which of these codes is "
                + "sequenced before it?";
        return Optional.of(drill.question(this, prompt, subject, answer, options));
    }

    /** A billable code named by a code-first note of the subject, after which the engine finds nothing about it. */
    private static Optional<Code> underlying(Drill drill, Code code, int subject) {
        Outline outline = drill.outline;
        List<Note> notes = new ArrayList<>(code.notes(NoteKind.CODE_FIRST));
        drill.shuffle(notes);
        for (Note note : notes) {
            for (int head : drill.named(note)) {
                for (int probe = 0; probe < PROBES; probe++) {
                    int node = drill.random.nextInt(head, outline.end(head));
                    if (outline.billable(node) && node != subject
                            && drill.findings(Rule.CODE_FIRST, code.code(), outline.code(node), code.code()).isEmpty()) {
                        return Optional.of(drill.code(node));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
