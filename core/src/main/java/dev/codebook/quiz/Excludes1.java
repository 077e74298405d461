package dev.codebook.quiz;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two codes may be reported together under the Excludes1 notes of a release, read in both directions: an
 * Excludes1 note in force at either code that names the other forbids the pair.
 *
 * <p>The notes name codes in parentheses: a code ({@code (K52.9)}), a code and everything below it
 * ({@code (E10.-)}, {@code (A04.7-)}), a range ({@code (P70-P74)}, {@code (R10.1-R10.3-)}) or a list of these. A
 * reference that carries a condition ({@code (E08-E13 with .44)}), a code mentioned outside such a list, and a
 * reference to a code the release does not hold cannot be read with certainty; a pair they may concern is
 * {@link Verdict#UNRESOLVED}, never allowed by default.
 *
 * <pre>{@code
 * Excludes1.Finding finding = Excludes1.of(codebook.icd10cm()).check("E11.9", "E10.9"); // EXCLUDED
 * }</pre>
 */
public final class Excludes1 {

    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?";
    private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ITEM = Pattern.compile(
            "(" + CODE + ")(?:\\.?-)?(?:\\s*-\\s*(" + CODE + ")(?:\\.?-)?)?(\\s+with\\b.*)?");
    private static final Pattern LOOSE_CODE = Pattern.compile("\\b" + CODE + "\\b");

    /** The answer to "may these two codes be reported together?". */
    public enum Verdict {
        /** No Excludes1 note in force at either code names the other. */
        ALLOWED,
        /** An Excludes1 note in force at one of the codes names the other. */
        EXCLUDED,
        /** A note may concern the pair, but names it too loosely to decide (a condition, or a code not held). */
        UNRESOLVED
    }

    /**
     * A code range an Excludes1 note names: one code and everything below it when {@code first} equals
     * {@code last}, else the codes from {@code first} through everything below {@code last}.
     *
     * @param first     the first code named, canonical ("E10")
     * @param last      the last code named, canonical
     * @param certain   false when the reference carries a condition or stands outside a list of references
     */
    public record Reference(String first, String last, boolean certain) {
        public Reference {
            requireNonNull(first, "first");
            requireNonNull(last, "last");
        }
    }

    /**
     * The verdict on a pair, with the note that decides it.
     *
     * @param first   the first code, canonical
     * @param second  the second code, canonical
     * @param verdict allowed, excluded or unresolved
     * @param note    the Excludes1 note that excludes the pair, or leaves it unresolved; empty when allowed
     * @param reason  one sentence, naming the note and where it is stated
     */
    public record Finding(String first, String second, Verdict verdict, Optional<Note> note, String reason) {
        public Finding {
            requireNonNull(first, "first");
            requireNonNull(second, "second");
            requireNonNull(verdict, "verdict");
            requireNonNull(note, "note");
            requireNonNull(reason, "reason");
        }
    }

    private final CodeSet codes;
    private final Outline outline;
    /** Per node, what its own Excludes1 notes name, resolved to ordinals once. */
    private final Rule[][] rules;

    /** One reference of one note, resolved: the ordinals from {@code from} up to {@code to}, or -1 when not held. */
    private record Rule(Note note, Reference reference, int from, int to) {
    }

    /** A note in force at {@code holder} that names {@code other}, with how surely it does. */
    private record Hit(Rule rule, int holder, int other, Coverage coverage) {
    }

    enum Coverage { NONE, POSSIBLE, CERTAIN }

    private Excludes1(Outline outline) {
        this.codes = outline.codes;
        this.outline = outline;
        this.rules = new Rule[outline.size()][];
        for (int node = 0; node < outline.size(); node++) {
            List<Rule> own = new ArrayList<>();
            for (Note note : outline.excludes1Notes(node)) {
                for (Reference reference : references(note.text())) {
                    own.add(resolve(note, reference));
                }
            }
            rules[node] = own.toArray(Rule[]::new);
        }
    }

    /** The Excludes1 rules of a release. */
    public static Excludes1 of(CodeSet codes) {
        return Outline.of(codes).excludes1();
    }

    static Excludes1 of(Outline outline) {
        return new Excludes1(outline);
    }

    private Rule resolve(Note note, Reference reference) {
        OptionalInt first = outline.ordinal(reference.first());
        OptionalInt last = outline.ordinal(reference.last());
        if (first.isPresent() && last.isPresent() && first.getAsInt() <= last.getAsInt()) {
            return new Rule(note, reference, first.getAsInt(), outline.end[last.getAsInt()]);
        }
        return new Rule(note, reference, -1, -1);
    }

    /**
     * The code references in the text of an Excludes1 note, in order:
     * {@code "type 1 diabetes mellitus (E10.-)"} names E10 and everything below it.
     */
    public static List<Reference> references(String text) {
        List<Reference> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            List<Reference> items = new ArrayList<>();
            for (String item : group.group(1).split(",")) {
                Matcher matcher = ITEM.matcher(item.strip());
                if (!matcher.matches()) {
                    items = null;
                    break;
                }
                String first = canonical(matcher.group(1));
                String last = matcher.group(2) == null ? first : canonical(matcher.group(2));
                items.add(new Reference(first, last, matcher.group(3) == null));
            }
            if (items != null) {
                found.addAll(items);
                for (int i = group.start(); i < group.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher loose = LOOSE_CODE.matcher(rest);
        while (loose.find()) {
            String code = canonical(loose.group());
            found.add(new Reference(code, code, false));
        }
        return found;
    }

    /** "E10." and "E10" are both E10: a trailing dot comes from a dash the note put after it. */
    private static String canonical(String written) {
        return written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    }

    /**
     * Whether {@code first} and {@code second} may be reported together, checking the Excludes1 notes in force at
     * each against the other.
     *
     * @throws IllegalArgumentException when the release does not hold one of them
     */
    public Finding check(String first, String second) {
        int a = require(first);
        int b = require(second);
        String codeA = outline.code[a];
        String codeB = outline.code[b];
        Hit hit = search(a, b);
        if (hit == null) {
            return new Finding(codeA, codeB, Verdict.ALLOWED, Optional.empty(), codeB + " may be reported with "
                    + codeA + ": no Excludes1 note in force at either names the other.");
        }
        Note note = hit.rule().note();
        String holder = outline.code[hit.holder()];
        String other = outline.code[hit.other()];
        Reference reference = hit.rule().reference();
        if (hit.coverage() == Coverage.CERTAIN) {
            return new Finding(codeA, codeB, Verdict.EXCLUDED, Optional.of(note), other + " may not be reported with "
                    + holder + ": the Excludes1 note at " + note.source() + " reads '" + note.text() + "', and "
                    + other + (reference.first().equals(reference.last())
                            ? " falls under " + reference.first()
                            : " falls in " + reference.first() + "-" + reference.last()) + ".");
        }
        return new Finding(codeA, codeB, Verdict.UNRESOLVED, Optional.of(note), "the Excludes1 note at "
                + note.source() + " reads '" + note.text() + "', which may concern " + other
                + " but does not name it exactly.");
    }

    /** The verdict alone, for ordinals: what quizzes ask for every candidate distractor. */
    Verdict verdict(int a, int b) {
        Hit hit = search(a, b);
        return hit == null ? Verdict.ALLOWED
                : hit.coverage() == Coverage.CERTAIN ? Verdict.EXCLUDED : Verdict.UNRESOLVED;
    }

    /** A certain hit in either direction if there is one, else a possible one, else null. */
    private Hit search(int a, int b) {
        Hit possible = null;
        for (int direction = 0; direction < 2; direction++) {
            int holder = direction == 0 ? a : b;
            int other = direction == 0 ? b : a;
            for (int p = holder; p >= 0; p = outline.parent[p]) {
                for (Rule rule : rules[p]) {
                    Coverage coverage = coverage(rule, other);
                    if (coverage == Coverage.CERTAIN) {
                        return new Hit(rule, holder, other, coverage);
                    }
                    if (coverage == Coverage.POSSIBLE && possible == null) {
                        possible = new Hit(rule, holder, other, coverage);
                    }
                }
            }
        }
        return possible;
    }

    private Coverage coverage(Rule rule, int node) {
        if (rule.from() >= 0) {
            boolean inside = rule.from() <= node && node < rule.to();
            return !inside ? Coverage.NONE : rule.reference().certain() ? Coverage.CERTAIN : Coverage.POSSIBLE;
        }
        // Not held, or backwards: judge by the category alone, and never with certainty.
        String code = outline.code[node];
        String category = code.substring(0, Math.min(3, code.length()));
        return category.compareTo(rule.reference().first().substring(0, 3)) >= 0
                && category.compareTo(rule.reference().last().substring(0, 3)) <= 0
                ? Coverage.POSSIBLE : Coverage.NONE;
    }

    private int require(String input) {
        OptionalInt canonical = outline.ordinal(input);
        if (canonical.isPresent()) {
            return canonical.getAsInt();
        }
        return codes.code(input).flatMap(code -> {
            OptionalInt ordinal = outline.ordinal(code.code());
            return ordinal.isPresent() ? Optional.of(ordinal.getAsInt()) : Optional.empty();
        }).orElseThrow(() -> new IllegalArgumentException(codes.release().label() + " has no code '" + input + "'"));
    }

    /** The nodes a reference names for certain: ordinals from {@code from} up to {@code to}. */
    record Span(int from, int to) {
    }

    /** The spans the Excludes1 notes in force at the node name for certain. */
    List<Span> certainSpans(int node) {
        List<Span> spans = new ArrayList<>();
        for (int p = node; p >= 0; p = outline.parent[p]) {
            for (Rule rule : rules[p]) {
                if (rule.from() >= 0 && rule.reference().certain()) {
                    spans.add(new Span(rule.from(), rule.to()));
                }
            }
        }
        return spans;
    }
}
