package dev.codebook.quiz;

import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Which of these may be reported as it stands?": a billable code among headers of its own family (the category and
 * subcategories above it, headers beside and below them), so that exactly one option is billable.
 */
final class PickBillable extends QuestionKind {

    PickBillable() {
        super("pick_billable",
                "Which code of this family is billable, the most specific?", CodeSystem.ICD10CM);
    }

    /** A billable code with a header above it within its category. */
    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.billable(node) && outline.parent(node) >= 0 && outline.isCodeLevel(outline.parent(node));
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        Code code = drill.code(subject);
        int category = outline.enclosing(subject, Kind.CATEGORY);
        List<Integer> family = new ArrayList<>();
        for (int p = outline.parent(subject); p >= category && p >= 0; p = outline.parent(p)) {
            family.add(p);
        }
        int[] headers = outline.headers(category);
        for (int pick = 0; pick < drill.optionCount && headers.length > 0; pick++) {
            int header = headers[drill.random.nextInt(headers.length)];
            if (!family.contains(header)) {
                family.add(header);
            }
        }
        List<Code> wrong = drill.distractors(subject, drill.optionCount - 1, family, Set.of(label(code)),
                PickBillable::label, node -> !outline.billable(node) && outline.contains(category, node),
                candidate -> !candidate.billable() && candidate.kind() != Kind.CHAPTER
                        && candidate.kind() != Kind.BLOCK);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Option right = new Option(code.code(), code.title(), label(code), code.code() + " is billable: "
                + drill.place(subject) + ", with no codes below it.");
        List<Option> options = wrong.stream().map(header -> new Option(header.code(), header.title(), label(header),
                drill.codes.validate(header.code()).reason() + ".")).toList();
        String prompt = "Which of these codes of the " + outline.code(category) + " family ("
                + outline.title(category) + ") may be reported as it stands?";
        return Optional.of(drill.question(this, prompt, subject, right, options));
    }

    private static String label(Code code) {
        return code.code() + " " + code.title();
    }
}
