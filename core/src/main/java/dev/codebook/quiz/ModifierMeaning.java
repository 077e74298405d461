package dev.codebook.quiz;

import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "What does the HCPCS modifier LT mean?": the options are the descriptions of other modifiers, never two alike, so
 * exactly one is the subject's.
 */
final class ModifierMeaning extends QuestionKind {

    private static final int PROBES = 64;

    ModifierMeaning() {
        super("modifier_meaning", "What does this HCPCS modifier mean?", CodeSystem.HCPCS);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.kind(node) == Kind.MODIFIER;
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        int group = outline.parent(subject);
        if (group < 0) {
            return Optional.empty();
        }
        // Random probes among the group's modifiers rather than a pass over all of them: a few hundred per question.
        Set<String> meanings = new HashSet<>(Set.of(Outline.normalise(outline.title(subject))));
        List<Code> others = new ArrayList<>();
        int from = group + 1;
        int span = outline.end(group) - from;
        for (int probe = 0; probe < PROBES && others.size() < drill.optionCount - 1; probe++) {
            int node = from + drill.random.nextInt(span);
            if (outline.kind(node) == Kind.MODIFIER && meanings.add(Outline.normalise(outline.title(node)))) {
                others.add(drill.code(node));
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Code modifier = drill.code(subject);
        List<Option> wrong = others.stream()
                .map(other -> option(other, "'" + other.title() + "' is modifier " + other.code() + ", not "
                        + modifier.code() + "."))
                .toList();
        Option right = option(modifier, "Modifier " + modifier.code() + " means '" + modifier.title() + "'.");
        String prompt = "What does the HCPCS modifier " + modifier.code() + " mean?";
        return Optional.of(drill.question(this, prompt, subject, right, wrong));
    }

    private static Option option(Code modifier, String explanation) {
        return new Option(modifier.code(), modifier.title(), modifier.title(), explanation);
    }
}
