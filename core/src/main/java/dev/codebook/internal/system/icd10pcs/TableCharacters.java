package dev.codebook.internal.system.icd10pcs;

import dev.codebook.code.Kind;
import dev.codebook.code.Verdict;
import dev.codebook.internal.system.Diagnosis;
import dev.codebook.internal.table.CodeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The ICD-10-PCS rule behind a code that does not exist: which character is not valid where it stands. A code's
 * first three characters name its table; each later character must be one the table uses at that position, and the
 * approach, device and qualifier one the table uses with the code's body part.
 */
final class TableCharacters {

    private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th", "6th", "7th"};
    private static final int TABLE = 3;
    private static final int BODY_PART = 4;
    private static final int MAX_SUGGESTIONS = 5;

    private final CodeTable table;

    TableCharacters(CodeTable table) {
        this.table = table;
    }

    /** The first character of {@code key} that is not valid at its position, said as a coder would; else empty. */
    Optional<Diagnosis> misplaced(String key) {
        for (int at = 0; at < Math.min(key.length(), TABLE); at++) {
            if (table.position(key.substring(0, at + 1)).isEmpty()) {
                int parent = at == 0 ? -1 : table.position(key.substring(0, at)).getAsInt();
                String context = parent < 0 ? "" : " in " + table.kind(parent).label() + " " + described(parent);
                return Optional.of(notValid(key, at, context, characters(table.children(parent), at)));
            }
        }
        if (key.length() <= TABLE) {
            return Optional.empty();
        }
        int tablePosition = table.position(key.substring(0, TABLE)).getAsInt();
        OptionalInt bodyPart = table.position(key.substring(0, BODY_PART));
        for (int at = TABLE; at < key.length(); at++) {
            String inTable = characters(codesUnder(tablePosition), at);
            if (inTable.indexOf(key.charAt(at)) < 0) {
                return Optional.of(notValid(key, at, " in table " + described(tablePosition), inTable));
            }
        }
        if (key.length() < 7) {
            return Optional.empty();
        }
        for (int at = BODY_PART; at < key.length() && bodyPart.isPresent(); at++) {
            String withBodyPart = characters(codesUnder(bodyPart.getAsInt()), at);
            if (withBodyPart.indexOf(key.charAt(at)) < 0) {
                return Optional.of(notValid(key, at, " with body part " + described(bodyPart.getAsInt())
                        + " (the table " + key.substring(0, TABLE) + " takes it with other body parts)",
                        withBodyPart));
            }
        }
        return Optional.of(new Diagnosis(Verdict.UNKNOWN, "each of its characters is valid in table "
                + key.substring(0, TABLE) + ", but not in this combination", List.of()));
    }

    private Diagnosis notValid(String key, int at, String context, String valid) {
        List<String> suggestions = new ArrayList<>();
        if (key.length() == 7) {
            for (char replacement : valid.toCharArray()) {
                String candidate = key.substring(0, at) + replacement + key.substring(at + 1);
                if (suggestions.size() < MAX_SUGGESTIONS && table.position(candidate).isPresent()) {
                    suggestions.add(candidate);
                }
            }
        }
        String reason = key.charAt(at) + " is not valid as the " + ORDINALS[at] + " character (" + axisName(key, at)
                + ")" + context + "; valid there: " + valid.chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining(", "));
        return new Diagnosis(Verdict.CHARACTER_NOT_VALID, reason, suggestions);
    }

    /** "0DT (Resection)": a node with the value its own last character stands for. */
    private String described(int position) {
        return table.code(position) + " (" + table.title(position) + ")";
    }

    /** The axis name of a position, in the words of the section the key falls in. */
    private String axisName(String key, int at) {
        for (int length = Math.min(key.length(), BODY_PART); length >= 1; length--) {
            OptionalInt node = table.position(key.substring(0, length));
            if (node.isPresent()) {
                OptionalInt code = codesUnder(node.getAsInt()).findFirst();
                if (code.isPresent()) {
                    return table.axes(code.getAsInt()).get(at).name();
                }
            }
        }
        return at == 0 ? "Section" : "character " + (at + 1);
    }

    private IntStream codesUnder(int position) {
        return IntStream.range(position, table.subtreeEnd(position)).filter(p -> table.kind(p) == Kind.CODE);
    }

    /** The distinct characters at {@code at} of the given nodes' codes, in order. */
    private String characters(IntStream positions, int at) {
        TreeSet<Character> found = new TreeSet<>();
        positions.forEach(p -> {
            String code = table.code(p);
            if (code.length() > at) {
                found.add(code.charAt(at));
            }
        });
        return found.stream().map(String::valueOf).collect(Collectors.joining());
    }
}
