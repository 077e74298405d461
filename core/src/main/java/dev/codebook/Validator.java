package dev.codebook;

import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.code.Validation;
import dev.codebook.code.Verdict;
import dev.codebook.internal.Systems;
import dev.codebook.internal.system.Diagnosis;
import dev.codebook.internal.system.SystemRules;
import dev.codebook.internal.table.CodeTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Decides the {@link Verdict} for an input and words the reason the way a coding reference would. */
final class Validator {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MAX_SUGGESTIONS = 5;
    private static final int MAX_ECHO = 40;
    /** A HCPCS group holds hundreds of codes: a header suggests its first children, not all of them. */
    private static final int MAX_CHILDREN = 25;

    private final CodeSet codes;
    private final CodeTable table;
    private final SystemRules rules;
    /** The codes the release's addenda delete, by key: a coder still typing one is told so. */
    private final Map<String, Change> deleted = new HashMap<>();

    Validator(CodeSet codes, CodeTable table, SystemRules rules) {
        this.codes = codes;
        this.table = table;
        this.rules = rules;
        // The addenda's deletions: codes no longer in the table (a discontinued HCPCS code stays, with its last day).
        codes.release().changes().stream()
                .filter(change -> change.type() == Change.Type.DELETED)
                .forEach(change -> deleted.put(CodeTable.key(change.code()), change));
    }

    /** The verdict for {@code input} on {@code date}: the dates of a code that has its own decide against it. */
    Validation validate(String input, LocalDate date) {
        return judge(input).on(date);
    }

    /**
     * The same check for another date of service. Only a code that may be reported at all (billable, or a modifier)
     * depends on the date; every other verdict stands whatever the date.
     */
    private Validation judge(String input) {
        if (input.isBlank()) {
            return invalid(input, Verdict.MALFORMED,
                    "empty input: " + rules.expected(), List.of());
        }
        OptionalInt asWritten = table.position(input);
        if (asWritten.isPresent()) {
            return found(input, asWritten.getAsInt());
        }
        Optional<String> key = rules.key(input);
        if (key.isEmpty()) {
            return invalid(input, Verdict.MALFORMED,
                    "'" + echo(input) + "' is not " + article() + " code: " + rules.problem(input)
                            + Systems.lookalike(input, codes.system()).map(hint -> "; " + hint).orElse(""),
                    List.of());
        }
        OptionalInt position = table.position(key.get());
        return position.isPresent() ? found(input, position.getAsInt()) : notFound(input, key.get());
    }

    private Validation found(String input, int position) {
        Code code = codes.codeAt(position);
        if (code.billable() || code.kind() == Kind.MODIFIER) {
            // Worded by Validation.on, which decides between in force, terminated and not yet effective.
            return validation(input, Optional.of(code),
                    code.kind() == Kind.MODIFIER ? Verdict.MODIFIER : Verdict.BILLABLE, "", List.of());
        }
        List<String> children = table.children(position).mapToObj(table::code).toList();
        if (table.children(position).anyMatch(table::isSeventhCharacterCode)) {
            return validation(input, Optional.of(code), Verdict.SEVENTH_CHARACTER_MISSING,
                    code.code() + " needs a 7th character: " + describe(code.seventhCharacters()), children);
        }
        int billable = table.billableCount(position);
        long modifiers = billable > 0 ? 0 : IntStream.range(position, table.subtreeEnd(position))
                .filter(p -> table.kind(p) == Kind.MODIFIER)
                .count();
        if (modifiers > 0) {
            return validation(input, Optional.of(code), Verdict.HEADER, code.code() + " is " + articled(code.kind())
                    + " of " + plural((int) modifiers, "modifier") + ", each reported with the code it modifies",
                    children.subList(0, Math.min(MAX_CHILDREN, children.size())));
        }
        String reason = billable == 0
                ? code.code() + " is " + articled(code.kind()) + ", not billable, and has no billable codes below it"
                : code.code() + " is " + articled(code.kind()) + ", not billable; " + plural(billable, "billable code")
                        + " below it, " + billableRange(position);
        return validation(input, Optional.of(code), Verdict.HEADER, reason,
                children.subList(0, Math.min(MAX_CHILDREN, children.size())));
    }

    private Validation notFound(String input, String key) {
        Change deletion = deleted.get(key);
        if (deletion != null) {
            List<String> nearest = nearest(key, longestExistingPrefix(key));
            return invalid(input, Verdict.UNKNOWN, deletion.code() + " was deleted from " + codes.release().label()
                    + " (it was: " + deletion.title() + ")" + nearestSuffix(nearest), nearest);
        }
        Optional<Diagnosis> misplaced = rules.misplacedCharacter(table, key);
        if (misplaced.isPresent()) {
            return diagnosed(input, key, misplaced.get());
        }
        if (!rules.isCodeShaped(key)) {
            return invalid(input, Verdict.UNKNOWN,
                    "'" + echo(input) + "' is not a chapter or block of " + codes.release().label(), List.of());
        }
        Optional<Validation> seventh = wrongSeventhCharacter(input, key);
        if (seventh.isPresent()) {
            return seventh.get();
        }
        List<Integer> padded = withPlaceholders(key);
        if (!padded.isEmpty()) {
            boolean padsToSeven = padded.stream().allMatch(table::isSeventhCharacterCode);
            List<String> corrected = padded.stream().map(table::code).toList();
            return invalid(input, Verdict.PLACEHOLDER_MISSING, rules.written(key) + " lacks the placeholder X"
                    + (padsToSeven ? " that pads a code to six characters before its 7th" : "") + ": the code is "
                    + String.join(" or ", corrected), corrected);
        }
        return unknown(input, key, Optional.empty());
    }

    /** A 7-character input whose first six name a code that takes a 7th character, but not this one. */
    private Optional<Validation> wrongSeventhCharacter(String input, String key) {
        if (key.length() != 7) {
            return Optional.empty();
        }
        String stem = key.substring(0, 6);
        while (!stem.isEmpty() && table.position(stem).isEmpty() && stem.endsWith("X")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        OptionalInt base = table.position(stem);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<SeventhCharacter> allowed = codes.seventhCharactersInForce(base.getAsInt());
        boolean takesSeventh = table.children(base.getAsInt()).anyMatch(table::isSeventhCharacterCode);
        if (!takesSeventh) {
            return Optional.empty();
        }
        char seventh = key.charAt(6);
        String baseCode = table.code(base.getAsInt());
        String reason = seventh + " is not a 7th character that " + baseCode + " takes; it takes "
                + describe(allowed) + definedButNotListed(base.getAsInt(), seventh);
        List<String> suggestions = table.children(base.getAsInt()).mapToObj(table::code).toList();
        return Optional.of(invalid(input, Verdict.SEVENTH_CHARACTER_NOT_ALLOWED, reason, suggestions));
    }

    /** When the release's definitions name the character but the release does not list it for this code. */
    private String definedButNotListed(int base, char seventh) {
        for (int p = base; p >= 0; p = table.parent(p)) {
            for (SeventhCharacter defined : table.ownSeventhCharacters(p)) {
                if (defined.character() == seventh) {
                    return " (" + seventh + ", " + defined.meaning() + ", is defined at " + defined.source()
                            + " but does not apply to " + table.code(base) + ")";
                }
            }
        }
        return "";
    }

    /** The positions of the codes the key names once the characters a coder may leave out are put back. */
    private List<Integer> withPlaceholders(String key) {
        List<Integer> found = new ArrayList<>();
        for (String form : rules.placeholderForms(key)) {
            table.position(form).ifPresent(found::add);
        }
        return found;
    }

    /** A system's diagnosis as a validation: an unknown code's reason gets the nearest codes, as any unknown does. */
    private Validation diagnosed(String input, String key, Diagnosis diagnosis) {
        return diagnosis.verdict() == Verdict.UNKNOWN
                ? unknown(input, key, Optional.of(diagnosis.reason()))
                : invalid(input, diagnosis.verdict(), diagnosis.reason(), diagnosis.suggestions());
    }

    /**
     * "X is not in the release", with why ({@code why} when the system's rules gave a reason, else what the release
     * and the rules say of the key) and the nearest codes.
     */
    private Validation unknown(String input, String key, Optional<String> why) {
        int prefix = longestExistingPrefix(key);
        List<String> nearest = nearest(key, prefix);
        StringBuilder reason = new StringBuilder(rules.written(key)).append(" is not in ")
                .append(codes.release().label());
        if (why.isPresent()) {
            reason.append(": ").append(why.get());
        } else if (prefix >= 0 && table.isBillable(prefix) && table.subtreeEnd(prefix) == prefix + 1) {
            reason.append(": ").append(table.code(prefix)).append(" has no subdivisions and is billable as it stands");
        } else {
            rules.whyUnknown(key, prefix >= 0).ifPresent(because -> reason.append(": ").append(because));
        }
        return invalid(input, Verdict.UNKNOWN, reason.append(nearestSuffix(nearest)).toString(), nearest);
    }

    /** "; nearest: A, B", or nothing when there are none. */
    private static String nearestSuffix(List<String> nearest) {
        return nearest.isEmpty() ? "" : "; nearest: " + String.join(", ", nearest);
    }

    private int longestExistingPrefix(String key) {
        for (int length = key.length() - 1; length >= 3; length--) {
            OptionalInt position = table.position(key.substring(0, length));
            if (position.isPresent()) {
                return position.getAsInt();
            }
        }
        return -1;
    }

    /**
     * Existing codes one edit away (a character changed, dropped, added, or two swapped), billable first, then
     * filled from the nearest existing ancestor's own codes; led by that ancestor when it is billable, the code an
     * input below a billable code most likely means.
     */
    private List<String> nearest(String key, int prefix) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < key.length(); i++) {
            String dropped = key.substring(0, i) + key.substring(i + 1);
            addIfPresent(found, dropped);
            if (i + 1 < key.length()) {
                addIfPresent(found, key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2));
            }
        }
        for (int i = 0; i <= key.length(); i++) {
            for (int c = 0; c < ALPHABET.length(); c++) {
                char ch = ALPHABET.charAt(c);
                if (i < key.length() && key.charAt(i) != ch) {
                    addIfPresent(found, key.substring(0, i) + ch + key.substring(i + 1));
                }
                addIfPresent(found, key.substring(0, i) + ch + key.substring(i));
            }
        }
        List<Integer> ranked = new ArrayList<>(found);
        ranked.sort((a, b) -> Boolean.compare(table.isBillable(b), table.isBillable(a)));
        Set<String> nearest = new LinkedHashSet<>();
        if (prefix >= 0 && table.isBillable(prefix)) {
            // The input extends a billable code (H10.131 below H10.13): the code the coder most likely means.
            nearest.add(table.code(prefix));
        }
        for (int i = 0; i < ranked.size() && nearest.size() < MAX_SUGGESTIONS; i++) {
            nearest.add(table.code(ranked.get(i)));
        }
        if (prefix >= 0 && nearest.size() < MAX_SUGGESTIONS) {
            nearest.add(table.code(prefix));
            table.children(prefix).limit(MAX_SUGGESTIONS).forEach(p -> {
                if (nearest.size() < MAX_SUGGESTIONS) {
                    nearest.add(table.code(p));
                }
            });
        }
        return List.copyOf(nearest);
    }

    private void addIfPresent(Set<Integer> found, String candidate) {
        if (candidate.length() >= 3 && rules.isCodeShaped(candidate)) {
            table.position(candidate).ifPresent(found::add);
        }
    }

    private String billableRange(int position) {
        int first = -1;
        int last = -1;
        for (int p = position; p < table.subtreeEnd(position); p++) {
            if (table.isBillable(p)) {
                if (first < 0) {
                    first = p;
                }
                last = p;
            }
        }
        return first == last ? table.code(first) : table.code(first) + " to " + table.code(last);
    }

    private Validation invalid(String input, Verdict verdict, String reason, List<String> suggestions) {
        return validation(input, Optional.empty(), verdict, reason, suggestions);
    }

    private Validation validation(String input, Optional<Code> code, Verdict verdict, String reason,
            List<String> suggestions) {
        return new Validation(input, codes.system(), Optional.of(codes.release().version()), code, verdict, reason,
                suggestions, codes.release().effectiveFrom());
    }

    private static String describe(List<SeventhCharacter> characters) {
        return characters.stream().map(s -> s.character() + " (" + s.meaning() + ")").collect(Collectors.joining(", "));
    }

    private String article() {
        String name = codes.system().displayName();
        return (name.matches("(?i)[aeiou].*") ? "an " : "a ") + name;
    }

    private static String articled(Kind kind) {
        return "a " + kind.label();
    }

    /** "1 billable code", "86 billable codes", "1,234 billable codes"; String.format only where grouping needs it. */
    private static String plural(int count, String noun) {
        String number = count < 1000 ? Integer.toString(count) : String.format(java.util.Locale.ROOT, "%,d", count);
        return number + " " + noun + (count == 1 ? "" : "s");
    }

    private static String echo(String input) {
        String stripped = input.strip();
        return stripped.length() <= MAX_ECHO ? stripped : stripped.substring(0, MAX_ECHO) + "...";
    }
}
