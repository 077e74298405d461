package dev.codebook.quiz;

import dev.codebook.code.CodeSystem;
import java.util.Optional;
import java.util.Set;

/**
 * A sort of question a quiz can ask, such as "which title does this code have?". The kinds this version asks are
 * listed in {@link QuestionKinds}; choose among them with {@link QuizBuilder#kinds}.
 *
 * <p>Each kind picks its subjects from the quiz's scope, finds distractors a learner could plausibly pick, and checks
 * every option against the release before it asks, so that exactly one option is right. A new kind (the ICD-10-PCS
 * axis values, HCPCS modifiers) is a new subclass in this package, listed in {@link QuestionKinds#all()}.
 */
public abstract class QuestionKind {

    private final String id;
    private final String description;
    private final Set<CodeSystem> systems;

    /** A kind that asks about codes of the given systems, or of any system when none are given. */
    QuestionKind(String id, String description, CodeSystem... systems) {
        this.id = id;
        this.description = description;
        this.systems = Set.of(systems);
    }

    /** The kind's name in JSON and on the command line: "code_to_title". */
    public final String id() {
        return id;
    }

    /** One sentence on what the kind asks. */
    public final String description() {
        return description;
    }

    /** Whether the kind can ask about codes of this system. */
    public final boolean appliesTo(CodeSystem system) {
        return systems.isEmpty() || systems.contains(system);
    }

    /** Whether the node may be this kind's subject, wherever a quiz's scope lies; asked once per node and release. */
    abstract boolean canAsk(Outline outline, int node);

    /** Asks about the subject, or answers empty when the release offers no unambiguous question about it. */
    abstract Optional<Question> ask(Drill drill, int subject);

    @Override
    public final String toString() {
        return id;
    }
}
