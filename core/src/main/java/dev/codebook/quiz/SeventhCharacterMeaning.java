package dev.codebook.quiz;

import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.SeventhCharacter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "What does the A in S72.001A mean?": the options are the meanings the defining category gives its 7th characters,
 * each meaning offered once, so exactly one is the meaning the code carries.
 */
final class SeventhCharacterMeaning extends QuestionKind {

    SeventhCharacterMeaning() {
        super("seventh_character", "What does the 7th character of this code mean?", CodeSystem.ICD10CM);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return outline.seventhCharacterCode(node);
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Code code = drill.code(subject);
        SeventhCharacter carried = code.seventhCharacter().orElseThrow();
        String base = drill.outline.code(drill.outline.parent(subject));
        Map<Character, SeventhCharacter> defined = new LinkedHashMap<>();
        for (String holder : List.of(carried.source(), base)) {
            drill.codes.code(holder).ifPresent(node -> node.seventhCharacters()
                    .forEach(seventh -> defined.putIfAbsent(seventh.character(), seventh)));
        }
        Set<String> meanings = new HashSet<>();
        meanings.add(Outline.normalise(carried.meaning()));
        List<SeventhCharacter> others = new ArrayList<>();
        for (SeventhCharacter seventh : defined.values()) {
            if (meanings.add(Outline.normalise(seventh.meaning()))) {
                others.add(seventh);
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        drill.shuffle(others);
        List<Option> wrong = others.subList(0, Math.min(others.size(), drill.optionCount - 1)).stream()
                .map(seventh -> option(seventh, explainOther(drill, base, seventh)))
                .toList();
        Option right = option(carried, "In " + code.code() + " (" + code.title() + "), the 7th "
                + "character " + carried.character() + " means '" + carried.meaning() + "', as defined at "
                + carried.source() + ".");
        String prompt = "What does the 7th character " + carried.character() + " of " + code.code() + " mean?";
        return Optional.of(drill.question(this, prompt, subject, right, wrong));
    }

    private static Option option(SeventhCharacter seventh, String explanation) {
        return new Option(String.valueOf(seventh.character()), seventh.meaning(), seventh.meaning(), explanation);
    }

    private static String explainOther(Drill drill, String base, SeventhCharacter seventh) {
        String at = "'" + seventh.meaning() + "' is the meaning of the 7th character " + seventh.character()
                + " at " + seventh.source();
        Optional<Code> withIt = drill.codes.code(base + seventh.character());
        return withIt.isPresent() && withIt.get().seventhCharacter().isPresent()
                ? at + ": it makes " + withIt.get().code() + " (" + withIt.get().title() + ")."
                : at + ", which " + base + " does not take.";
    }
}
