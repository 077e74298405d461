package dev.codebook.builder.icd10pcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the characters no official file names stand for from the codes' titles, by the wording the titles
 * follow: each title is composed ({@link TitleComposer}) with those labels left open, and the composition is matched
 * against the title. "Destruction of Renal Sympathetic Nerve(s) using Radiofrequency Ablation, Percutaneous Approach,
 * New Technology Group 10", of a table no release's tables define, reads as Destruction, Renal Sympathetic Nerve(s),
 * Percutaneous, Radiofrequency Ablation and New Technology Group 10, where minimal pairs ({@link AxisValues}) find no
 * pair to cut in a table of one or two codes, and take a title's first words for its root operation.
 *
 * <p>A title worded otherwise than the composer words it reads nothing, and a value is kept only when every code that
 * reads it at that place reads it alike: a wording the composer does not know cannot split a title silently wrong.
 */
final class TitleReading {

    /** Marks an open label in a composed title: a character no label holds. */
    private static final char OPEN = '\u0000';
    private static final Pattern OPENING = Pattern.compile(OPEN + "([2-6])" + OPEN);
    private static final int FIRST = 2;
    private static final int BODY_PART = 3;
    private static final int APPROACH = 4;
    private static final int QUALIFIER = 6;
    /** Every title of the new-technology section ends with the group that added its code. */
    private static final Pattern GROUP = Pattern.compile(".*, (New Technology Group [0-9]+)");
    /** The group that reads any open label: the fewest words up to what the composer says next. */
    private static final String ANY = "(.+?)";

    /**
     * One character value at one position, within a scope: the body system for a root operation, the table for a body
     * part, and for the last three characters the table or, where its codes read a value apart, the row of the body
     * part (tables label such values row by row: device 1 of XXE is one method for the brain, another for the heart).
     */
    private record Key(String scope, int at, char value) {
        static Key of(String code, int at) {
            return new Key(code.substring(0, at == FIRST ? 2 : 3), at, code.charAt(at));
        }

        static Optional<Key> ofRow(String code, int at) {
            return at > BODY_PART ? Optional.of(new Key(code.substring(0, 4), at, code.charAt(at))) : Optional.empty();
        }
    }

    private final Map<Character, Set<String>> operations;
    /**
     * The group that reads an approach: one of those the tables name for the titles read, longest first, so that a
     * body part's words after a comma are not taken for one.
     */
    private final String approach;
    private final Map<Key, String> values = new HashMap<>();
    private final Set<Key> conflicting = new HashSet<>();

    private TitleReading(Map<Character, Set<String>> operations, String approach) {
        this.operations = operations;
        this.approach = approach;
    }

    /**
     * Reads the titles of {@code titles}, given for each code its seven labels as far as they are known ({@code
     * known}: empty where no file names the character; the section and body system always named), and per section
     * the root operations its tables name, which the title of a table no release defines opens with.
     */
    static TitleReading read(Map<String, String> titles, Function<String, List<Optional<String>>> known,
            Map<Character, Set<String>> operations) {
        Set<String> approaches = new HashSet<>();
        for (String code : titles.keySet()) {
            known.apply(code).get(APPROACH).ifPresent(approaches::add);
        }
        TitleReading reading = new TitleReading(operations, approaches.isEmpty() ? ANY : approaches.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "((?:", ")(?: Approach)?)")));
        titles.forEach((code, title) -> reading.read(code, title, known.apply(code)));
        return reading;
    }

    /** What character {@code at} (2 to 6) of {@code code} stands for, if its titles read it alike. */
    Optional<String> value(String code, int at) {
        Key key = Key.of(code, at);
        if (!conflicting.contains(key)) {
            return Optional.ofNullable(values.get(key));
        }
        return Key.ofRow(code, at).filter(row -> !conflicting.contains(row)).map(values::get);
    }

    private void read(String code, String title, List<Optional<String>> known) {
        List<String> labels = new ArrayList<>(known.size());
        for (int at = 0; at < known.size(); at++) {
            int position = at;
            labels.add(known.get(at).orElseGet(() -> OPEN + Integer.toString(position) + OPEN));
        }
        if (labels.subList(0, FIRST).stream().anyMatch(label -> label.indexOf(OPEN) >= 0)) {
            return;
        }
        Map<Integer, String> read = new HashMap<>();
        Matcher group = GROUP.matcher(title);
        if (code.charAt(0) == 'X' && known.get(QUALIFIER).isEmpty() && group.matches()) {
            // Known before composing: where the composer says a qualifier depends on what it is.
            labels.set(QUALIFIER, group.group(1));
            read.put(QUALIFIER, group.group(1));
        }
        // A table no release defines: its root operation is one of its section's, the one the title opens with.
        Optional<String> operation = known.get(FIRST).isPresent() ? Optional.empty()
                : operations.getOrDefault(code.charAt(0), Set.of()).stream()
                        .filter(name -> title.startsWith(name + " ")).max(Comparator.comparingInt(String::length));
        operation.ifPresent(name -> labels.set(FIRST, name));
        String composed = TitleComposer.compose(code.charAt(0), labels);
        // Where the fifth character is an approach, a title says one the tables name.
        String fifth = PcsSections.axisNames(code.charAt(0)).get(APPROACH).equals("Approach") ? approach : ANY;
        Map<Integer, String> open = match(composed, title, fifth);
        // Titles join a device to the body part with "using" or "with", table by table.
        Map<Integer, String> matched = open.isEmpty()
                ? match(composed.replace(" using " + OPEN, " with " + OPEN), title, fifth) : open;
        // A value that holds what another character is named is the title worded otherwise, read across two.
        if (!matched.isEmpty() && matched.values().stream().noneMatch(value -> holdsAnother(value, labels))) {
            operation.ifPresent(name -> read.put(FIRST, name));
            read.putAll(matched);
        }
        read.forEach((at, value) -> {
            keep(Key.of(code, at), value);
            Key.ofRow(code, at).ifPresent(row -> keep(row, value));
        });
    }

    private void keep(Key key, String value) {
        String before = values.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            conflicting.add(key);
        }
    }

    /**
     * Whether {@code value} holds, as whole words, the label of a body part, approach, device or qualifier of {@code
     * labels} that names something (not a root operation's: devices are named for what they do, "Fusion Device").
     */
    static boolean holdsAnother(String value, List<String> labels) {
        String words = " " + value.replace(",", " ") + " ";
        return labels.stream().skip(BODY_PART)
                .filter(label -> label.indexOf(OPEN) < 0 && !label.startsWith("No ") && !label.equals("None"))
                .anyMatch(label -> words.contains(" " + label.replace(",", " ") + " "));
    }

    /**
     * The open labels of {@code composed}, read off {@code title}, the fifth character by the group {@code fifth};
     * none when the title is worded otherwise.
     */
    private static Map<Integer, String> match(String composed, String title, String fifth) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher opening = OPENING.matcher(composed);
        int from = 0;
        while (opening.find()) {
            int at = Integer.parseInt(opening.group(1));
            if (order.contains(at)) {
                return Map.of(); // said twice: the composer's wording, not one reading of the title
            }
            regex.append(Pattern.quote(composed.substring(from, opening.start())))
                    .append(at == APPROACH ? fifth : ANY);
            order.add(at);
            from = opening.end();
        }
        if (order.isEmpty()) {
            return Map.of();
        }
        regex.append(Pattern.quote(composed.substring(from)));
        Matcher matched = Pattern.compile(regex.toString()).matcher(title);
        if (!matched.matches()) {
            return Map.of();
        }
        Map<Integer, String> read = new HashMap<>();
        for (int group = 1; group <= order.size(); group++) {
            String value = matched.group(group).strip();
            int at = order.get(group - 1);
            // A plain approach is said with the word "Approach" after its label.
            read.put(at, at == APPROACH && value.endsWith(" Approach")
                    ? value.substring(0, value.length() - " Approach".length()) : value);
        }
        return read;
    }
}
