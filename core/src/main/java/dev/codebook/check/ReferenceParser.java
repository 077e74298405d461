package dev.codebook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code references out of the text of a Tabular note. The Tabular writes them in parentheses, mostly as
 * clean lists ({@code (B56.-, B57.-)}), with a few dozen spellings of the same ideas: a dash family written
 * {@code E10.-}, {@code D29.2.-} or {@code S92.-with}; a range written {@code I70.2--I70.7-}, {@code F10.- -F19.-},
 * {@code I01.0 -I01.9} or {@code S00.- to S09.-}; list items separated by commas, "and" or a stray full stop. These are
 * brought to one spelling first, then read as a list with an optional "with" condition. A code outside a list (in
 * running text, or in a parenthesis that is not a list) is read as a reference of its own, without condition.
 */
final class ReferenceParser {

    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?";
    private static final String ITEM = "(" + CODE + ")(?:-(" + CODE + "))?-?";
    private static final String ITEM_SHAPE = CODE + "(?:-" + CODE + ")?-?";
    private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern HAS_CODE = Pattern.compile("(?<![A-Za-z0-9])" + CODE + "(?![A-Za-z0-9])");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\.(?=\\s))\\s*");
    private static final Pattern ONE_ITEM = Pattern.compile(ITEM);
    /** A list of items, then perhaps "with" and a condition; "i.e." may lead it. */
    private static final Pattern LIST = Pattern.compile("(?:i\\.e\\.|e\\.g\\.)?\\s*(" + ITEM_SHAPE + "(?:"
            + SEPARATOR.pattern() + ITEM_SHAPE + ")*),?\\s*(?:\\bwith\\b\\s*(.+?))?\\s*,?\\s*");
    /** A code in running text; "vitamin B12" names a vitamin, not category B12. */
    private static final Pattern LOOSE = Pattern.compile("(?<![A-Za-z0-9.])(?<![Vv]itamin )" + ITEM + "(?![A-Za-z0-9])");

    private static final Pattern DOT_DASH = Pattern.compile("(?<=[0-9A-Z])\\.-");
    private static final Pattern DOUBLE_DASH = Pattern.compile("-\\s*-");
    private static final Pattern SPACED_DASH = Pattern.compile("(?<=[0-9A-Z])\\s*-\\s*(?=[A-Z][0-9])|(?<=-)\\s+(?=[A-Z][0-9])");
    private static final Pattern TO = Pattern.compile("(?<=[0-9A-Z-])\\s+to\\s+(?=[A-Z][0-9])");
    private static final Pattern TRAILING_DOT = Pattern.compile("(?<=[A-Z][0-9][0-9A-Z])\\.(?=\\s|$|,)");

    private ReferenceParser() {
    }

    /** The references in a note's text, in order of appearance. */
    static List<CodeReference> parse(String text) {
        List<CodeReference> found = new ArrayList<>();
        if (!mayNameCode(text)) {
            return found;
        }
        StringBuilder outside = new StringBuilder(text);
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            if (!mayNameCode(group.group(1)) || !HAS_CODE.matcher(group.group(1)).find()) {
                continue;
            }
            String normal = normalise(group.group(1).strip());
            Matcher list = LIST.matcher(normal);
            if (list.matches()) {
                items(list.group(1), Optional.ofNullable(list.group(2)).map(String::strip), found);
            } else {
                loose(normal, found);
            }
            for (int i = group.start(); i < group.end(); i++) {
                outside.setCharAt(i, ' ');
            }
        }
        String rest = outside.toString();
        if (mayNameCode(rest)) {
            loose(normalise(rest), found);
        }
        return found;
    }

    /** A letter followed by a digit somewhere: what every code starts with. Most notes have none; regexes cost. */
    private static boolean mayNameCode(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char before = text.charAt(i - 1);
                if (before >= 'A' && before <= 'Z') {
                    return true;
                }
            }
        }
        return false;
    }

    /** One spelling of the dash family, the range and the trailing dot. */
    static String normalise(String text) {
        String normal = DOT_DASH.matcher(text).replaceAll("-");
        String before;
        do {
            before = normal;
            normal = DOUBLE_DASH.matcher(normal).replaceAll("-");
        } while (!normal.equals(before));
        normal = SPACED_DASH.matcher(normal).replaceAll("-");
        normal = TO.matcher(normal).replaceAll("-");
        normal = DOUBLE_DASH.matcher(normal).replaceAll("-");
        return TRAILING_DOT.matcher(normal).replaceAll("");
    }

    private static void items(String list, Optional<String> condition, List<CodeReference> found) {
        for (String item : SEPARATOR.split(list)) {
            Matcher matcher = ONE_ITEM.matcher(item);
            if (matcher.matches()) {
                found.add(reference(matcher, condition));
            }
        }
    }

    private static void loose(String text, List<CodeReference> found) {
        Matcher matcher = LOOSE.matcher(text);
        while (matcher.find()) {
            found.add(reference(matcher, Optional.empty()));
        }
    }

    private static CodeReference reference(Matcher matcher, Optional<String> condition) {
        String first = matcher.group(1);
        String last = matcher.group(2) == null ? first : matcher.group(2);
        String named = first.equals(last) ? first : first + "-" + last;
        String written = condition.map(c -> named + " with " + c).orElse(named);
        return new CodeReference(written, first, last, condition);
    }
}
