package dev.codebook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "with" part of a code reference, read as a test on the characters of a code's key (the code without its dot).
 * Two shapes occur in the Tabular:
 * <ul>
 *   <li>characters that follow the codes named: {@code E08-E13 with .42} names E08.42, E09.42 ...; {@code B27.0-B27.9
 *       with 1} names B27.01 ... B27.91; alternatives and ranges: {@code with .17, .27, .97}, {@code with .51-.52};</li>
 *   <li>characters at a position: {@code with fifth or sixth character 5}, {@code with 7th character B or C},
 *       {@code with fifth to sixth characters 51}, {@code with final characters -23}.</li>
 * </ul>
 * A node is tested as a whole: it matches when every code below it does, fails when none can, and is undecided when
 * its key is too short to tell (then its children are tested).
 */
abstract class Condition {

    /** The outcome of testing one node. */
    enum Test { MATCH, FAIL, UNDECIDED }

    private static final Pattern SUFFIXES = Pattern.compile("[\\s.,0-9A-Z-]+");
    private static final Pattern SUFFIX = Pattern.compile("([0-9A-Z]+)(?:-\\.?([0-9A-Z]+))?");
    private static final String POSITION = "fourth|fifth|sixth|six|seventh|4th|5th|6th|7th|final";
    private static final Pattern POSITIONAL = Pattern.compile("(" + POSITION + ")(?:\\s+(or|to)\\s+(" + POSITION
            + "))?[\\s-]+characters?\\s+(.+)");
    private static final Pattern VALUE = Pattern.compile("-?([0-9A-Z]+)(?:-([0-9A-Z]))?");
    private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*(?:,|\\bor\\b)\\s*");
    private static final Map<String, Integer> POSITIONS = Map.of("fourth", 4, "4th", 4, "fifth", 5, "5th", 5,
            "sixth", 6, "six", 6, "6th", 6, "seventh", 7, "7th", 7);

    /** The condition these words state, or empty when they give no characters to test ("to indicate intent"). */
    static Optional<Condition> read(String words, int baseLength) {
        String text = words.strip();
        Matcher positional = POSITIONAL.matcher(text.toLowerCase(Locale.ROOT));
        if (positional.matches()) {
            return positional(positional, text.substring(positional.start(4)));
        }
        if (SUFFIXES.matcher(text).matches()) {
            List<String[]> ranges = new ArrayList<>();
            Matcher suffix = SUFFIX.matcher(text);
            while (suffix.find()) {
                String low = suffix.group(1);
                String high = suffix.group(2) == null ? low : suffix.group(2);
                if (high.length() != low.length()) {
                    return Optional.empty();
                }
                ranges.add(new String[] {low, high});
            }
            return ranges.isEmpty() ? Optional.empty() : Optional.of(new At(List.of(baseLength), ranges));
        }
        return Optional.empty();
    }

    private static Optional<Condition> positional(Matcher matcher, String values) {
        List<String[]> ranges = new ArrayList<>();
        for (String value : VALUE_SEPARATOR.split(values.replace(".", "").strip())) {
            Matcher one = VALUE.matcher(value);
            if (!one.matches()) {
                return Optional.empty();
            }
            String low = one.group(1);
            String high = one.group(2) == null ? low : one.group(2);
            if (high.length() != low.length()) {
                return Optional.empty();
            }
            ranges.add(new String[] {low, high});
        }
        if (matcher.group(1).equals("final")) {
            return Optional.of(new Final(ranges));
        }
        int first = POSITIONS.get(matcher.group(1));
        if (matcher.group(2) == null) {
            return Optional.of(new At(List.of(first - 1), ranges));
        }
        int second = POSITIONS.get(matcher.group(3));
        // "fifth to sixth characters 51" is one test of two characters; "fifth or sixth character 5" two tests.
        return Optional.of(matcher.group(2).equals("to") ? new At(List.of(first - 1), ranges)
                : new At(List.of(first - 1, second - 1), ranges));
    }

    /** Tests the key of a node; {@code leaf} says whether it has no nodes below. */
    abstract Test test(String key, boolean leaf);

    static boolean inRanges(String characters, List<String[]> ranges) {
        for (String[] range : ranges) {
            if (characters.length() == range[0].length() && characters.compareTo(range[0]) >= 0
                    && characters.compareTo(range[1]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Characters starting at one of some offsets of the key fall in one of the ranges. */
    private static final class At extends Condition {
        private final List<Integer> offsets;
        private final List<String[]> ranges;
        private final int width;

        At(List<Integer> offsets, List<String[]> ranges) {
            this.offsets = offsets;
            this.ranges = ranges;
            this.width = ranges.get(0)[0].length();
        }

        @Override
        Test test(String key, boolean leaf) {
            boolean undecided = false;
            for (int offset : offsets) {
                if (key.length() < offset + width) {
                    undecided = true;
                } else if (inRanges(key.substring(offset, offset + width), ranges)) {
                    return Test.MATCH;
                }
            }
            return undecided && !leaf ? Test.UNDECIDED : Test.FAIL;
        }
    }

    /** The key of a code ends with the characters: "I69. with final characters -23" names I69.023, I69.123 ... */
    private static final class Final extends Condition {
        private final List<String[]> ranges;

        Final(List<String[]> ranges) {
            this.ranges = ranges;
        }

        @Override
        Test test(String key, boolean leaf) {
            if (!leaf) {
                return Test.UNDECIDED;
            }
            int width = ranges.get(0)[0].length();
            return key.length() > width && inRanges(key.substring(key.length() - width), ranges)
                    ? Test.MATCH : Test.FAIL;
        }
    }
}
