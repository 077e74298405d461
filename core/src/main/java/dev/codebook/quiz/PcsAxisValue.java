package dev.codebook.quiz;

import dev.codebook.code.Axis;
import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "In 0DTJ4ZZ, what does the 5th character (Approach) 4 mean?": the options are the values other characters take at
 * the same place, drawn from the same PCS table row (same first four characters) for the approach, device and
 * qualifier, or from the same table (same first three) for the body part, where each character has one meaning.
 */
final class PcsAxisValue extends QuestionKind {

    /** The first character asked about: the body part; section, body system and root operation name the table. */
    private static final int FIRST_ASKED = 3;
    private static final String UNNAMED = "(not named by the titles)";

    PcsAxisValue() {
        super("pcs_axis", "What does this character of an ICD-10-PCS code mean?", CodeSystem.ICD10PCS);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return isPcsCode(outline, node);
    }

    /** A seven-character code: what ICD-10-PCS questions ask about. */
    static boolean isPcsCode(Outline outline, int node) {
        return outline.kind(node) == Kind.CODE && outline.code(node).length() == 7;
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Code code = drill.code(subject);
        if (code.axes().size() != 7) {
            return Optional.empty();
        }
        List<Integer> places = new ArrayList<>(List.of(3, 4, 5, 6));
        drill.shuffle(places);
        for (int place : places) {
            Axis asked = code.axes().get(place);
            if (asked.value().contains(UNNAMED)) {
                continue;
            }
            List<Axis> others = others(drill, code, place);
            if (!others.isEmpty()) {
                return Optional.of(question(drill, subject, code, place, others));
            }
        }
        return Optional.empty();
    }

    /** The other named values at {@code place}, one per character and one per meaning, none the subject's. */
    private static List<Axis> others(Drill drill, Code code, int place) {
        String row = code.code().substring(0, place < FIRST_ASKED + 1 ? FIRST_ASKED : FIRST_ASKED + 1);
        Axis asked = code.axes().get(place);
        Set<Character> characters = new HashSet<>(Set.of(asked.character()));
        Set<String> meanings = new HashSet<>(Set.of(Outline.normalise(asked.value())));
        Map<Character, Axis> found = new LinkedHashMap<>();
        drill.codes.codes().within(row).kind(Kind.CODE).stream().forEach(other -> {
            if (other.axes().size() == 7) {
                Axis axis = other.axes().get(place);
                if (!axis.value().contains(UNNAMED) && characters.add(axis.character())
                        && meanings.add(Outline.normalise(axis.value()))) {
                    found.put(axis.character(), axis);
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    private Question question(Drill drill, int subject, Code code, int place, List<Axis> others) {
        Axis asked = code.axes().get(place);
        String ordinal = (place + 1) + "th";
        drill.shuffle(others);
        String where = place == FIRST_ASKED ? "table " + code.code().substring(0, 3)
                : "body part " + code.code().substring(0, 4);
        List<Option> wrong = others.subList(0, Math.min(others.size(), drill.optionCount - 1)).stream()
                .map(axis -> option(axis, "In " + where + ", the " + ordinal + " character (" + axis.name() + ") "
                        + axis.character() + " means '" + axis.value() + "', not " + asked.character() + "."))
                .toList();
        Option right = option(asked, "In " + code.code() + " (" + code.title() + "), the " + ordinal + " character ("
                + asked.name() + ") " + asked.character() + " means '" + asked.value() + "': "
                + code.explanation() + ".");
        String prompt = "In " + code.code() + ", what does the " + ordinal + " character (" + asked.name() + ") "
                + asked.character() + " mean?";
        return drill.question(this, prompt, subject, right, wrong);
    }

    /** An option naming a value by its character and meaning. */
    static Option option(Axis axis, String explanation) {
        return new Option(String.valueOf(axis.character()), axis.value(), axis.value(), explanation);
    }
}
