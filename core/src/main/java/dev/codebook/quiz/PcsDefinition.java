package dev.codebook.quiz;

import dev.codebook.code.Axis;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Which root operation is 'taking out, without replacement, a portion of a body part'?": the definition the
 * ICD-10-PCS definitions give a table's root operation (or, outside Medical and Surgical, its type), against the other
 * root operations of the same section, each with a definition of its own.
 */
final class PcsDefinition extends QuestionKind {

    private static final int OPERATION = 2;

    PcsDefinition() {
        super("pcs_definition", "Which root operation does this ICD-10-PCS definition define?", CodeSystem.ICD10PCS);
    }

    /** A code stands for its table's root operation: quizzes ask about codes, each table's as often as it has. */
    @Override
    boolean canAsk(Outline outline, int node) {
        return PcsAxisValue.isPcsCode(outline, node);
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Code code = drill.code(subject);
        Code table = drill.codes.code(code.code().substring(0, 3)).orElseThrow();
        if (table.axes().size() <= OPERATION || table.axes().get(OPERATION).definition().isEmpty()) {
            return Optional.empty();
        }
        Axis asked = table.axes().get(OPERATION);
        String defined = asked.definition().orElseThrow();
        String definition = Character.toLowerCase(defined.charAt(0)) + defined.substring(1);
        List<Axis> others = new ArrayList<>(others(drill, table, asked));
        if (others.isEmpty()) {
            return Optional.empty();
        }
        drill.shuffle(others);
        String section = table.axes().get(0).value();
        String what = asked.name().equals("Operation") ? "root operation" : asked.name().toLowerCase(Locale.ROOT);
        List<Option> wrong = others.subList(0, Math.min(others.size(), drill.optionCount - 1)).stream()
                .map(other -> PcsAxisValue.option(other, "In " + section + ", " + other.explained() + "; not '"
                        + definition + "'."))
                .toList();
        Option right = PcsAxisValue.option(asked, "In " + section + ", " + asked.explained() + " (the " + what
                + " of table " + table.code() + ", which " + code.code() + " belongs to).");
        String prompt = "In the ICD-10-PCS section " + section + ", which " + what + " is defined as '" + definition
                + "'?";
        return Optional.of(drill.question(this, prompt, subject, right, wrong));
    }

    /**
     * The other values of the section at this place that the definitions define, one per character, value and
     * definition: options differ in all three, so exactly one is right.
     */
    private static List<Axis> others(Drill drill, Code table, Axis asked) {
        Set<Character> characters = new HashSet<>(Set.of(asked.character()));
        Set<String> values = new HashSet<>(Set.of(Outline.normalise(asked.value())));
        Set<String> definitions = new HashSet<>(Set.of(Outline.normalise(asked.definition().orElseThrow())));
        Map<String, Axis> found = new LinkedHashMap<>();
        drill.codes.codes().within(table.code().substring(0, 1)).kind(Kind.ROOT_OPERATION).stream().forEach(other -> {
            if (other.axes().size() > OPERATION) {
                Axis axis = other.axes().get(OPERATION);
                if (axis.definition().isPresent() && characters.add(axis.character())
                        && values.add(Outline.normalise(axis.value()))
                        && definitions.add(Outline.normalise(axis.definition().get()))) {
                    found.put(axis.value(), axis);
                }
            }
        });
        return new ArrayList<>(found.values());
    }
}
