package dev.codebook.quiz;

import dev.codebook.code.Code;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Matching a code to its title, either way: "What is the title of E11.9?" offers titles, "Which code is titled
 * '...'?" offers codes. No distractor has the subject's title, so exactly one option fits.
 */
final class TitleMatch extends QuestionKind {

    private final boolean asksForTitle;

    private TitleMatch(String id, String description, boolean asksForTitle) {
        super(id, description);
        this.asksForTitle = asksForTitle;
    }

    static TitleMatch codeToTitle() {
        return new TitleMatch("code_to_title", "Which title does this code have?", true);
    }

    static TitleMatch titleToCode() {
        return new TitleMatch("title_to_code", "Which code has this title?", false);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return true;
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Code code = drill.code(subject);
        String title = Outline.normalise(code.title());
        Function<Code, String> label = asksForTitle ? Code::title : Code::code;
        List<Code> wrong = drill.distractors(subject, drill.optionCount - 1, List.of(), Set.of(label.apply(code)),
                label, node -> drill.alike(node) && !drill.outline.title(node).equalsIgnoreCase(code.title()),
                candidate -> drill.alike(candidate) && !Outline.normalise(candidate.title()).equals(title));
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Option right = new Option(code.code(), code.title(), label.apply(code),
                code.code() + " is titled '" + code.title() + "': " + drill.place(subject) + ".");
        List<Option> options = wrong.stream().map(other -> new Option(other.code(), other.title(), label.apply(other),
                other.code() + " is titled '" + other.title() + "', "
                        + drill.relation(subject, drill.outline.ordinal(other.code()).orElseThrow()) + "."))
                .toList();
        String prompt = asksForTitle
                ? "What is the title of " + code.code() + "?"
                : "Which code is titled '" + code.title() + "'?";
        return Optional.of(drill.question(this, prompt, subject, right, options));
    }
}
