package dev.codebook.builder.icd10pcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives what the 3rd to 7th characters of ICD-10-PCS codes stand for from the release's own code titles.
 *
 * <p>The method rests on minimal pairs: two codes that differ in one character only (0DTJ4ZZ, 0DTJ0ZZ) have titles
 * that differ only where that character is spelled out ("Resection of Appendix, Percutaneous Endoscopic Approach" /
 * "Resection of Appendix, Open Approach"). Cutting the words the two titles share at the start and at the end leaves
 * the words each character stands for; connecting words (of, with, into, ...) and commas at the edges are trimmed.
 * Each phrase is a vote for the value of that character at that position within a scope: the body system (first two
 * characters) for the root operation, the table (first three) for the body part, approach, device and qualifier,
 * since PCS defines their values table by table. A value is the longest voted phrase that occurs, word for word, in
 * the title of every code with that character there, ties going to the most votes: it is consistent with every title
 * by construction. Pairs cut the words two values share ("Right Subclavian Artery" / "Left Subclavian Artery" leave
 * "Right"), so the phrase then takes the words that follow it in every title of the group, up to a comma or a word
 * that joins the next axis (with, to, using, ...).
 *
 * <p>When no pair in the scope names a value (a table with a single body part, say), the votes of the same character
 * at the same position in wider scopes are used: for a body part, the body system's other tables, then the section;
 * otherwise the section. A {@code Z} whose pairs show it adds no words is its section's "no value" ("No Device",
 * "No Qualifier"). When still nothing fits:
 * <ul>
 *   <li>a root operation is the words all its titles start with ("Bypass");</li>
 *   <li>a {@code Z} is its section's "no value": PCS uses Z for none;</li>
 *   <li>otherwise it is the longest run of words of the title that no other character of the code explains, when
 *       that run occurs in every title of the group.</li>
 * </ul>
 * Values that none of these names are left unnamed and reported (FY2025: 2,728 of the 394,740 3rd to 7th characters,
 * such as the approach of "Change Traction Apparatus on Head", which its title does not state), so that an
 * explanation never claims what the titles do not say.
 */
final class AxisValues {

    /** A word or a comma; a token keeps one leading space when blanks precede it, so phrases keep the titles' spacing. */
    private static final Pattern TOKEN = Pattern.compile("(\\s*)([^\\s,]+|,)");
    private static final Set<String> CONNECTING = Set.of("of", "to", "with", "from", "into", "in", "on", "using",
            "and", "for", "by", "the", "a", "an", ",");
    private static final int FIRST = 2;
    private static final int LAST = 6;
    private static final int BODY_PART = 3;
    private static final int APPROACH = 4;
    /** Words that end a value when it is extended: they join it to the next axis ("Appendix, ...", "... with"). */
    private static final Set<String> BOUNDARIES = Set.of(",", "of", "to", "with", "from", "into", "in", "on", "using",
            "for", "by", "the", "a", "an", "Approach");

    /** One character value at one position, within a scope (a prefix of the code). */
    private record Key(String scope, int at, char value) {
    }

    private final Map<String, String[]> titles;
    private final Map<String, Key[]> keys = new HashMap<>();
    private final Map<Key, List<String>> groups = new HashMap<>();
    private final Map<Key, Map<String, Integer>> votes = new HashMap<>();
    private final Map<Key, String> names = new HashMap<>();

    private AxisValues(Map<String, String> titlesByCode) {
        titles = new HashMap<>(titlesByCode.size() * 2);
        titlesByCode.forEach((code, title) -> titles.put(code, tokens(title)));
    }

    /** Derives the values of every character of every code, from a release's codes and titles. */
    static AxisValues derive(Map<String, String> titlesByCode) {
        AxisValues values = new AxisValues(titlesByCode);
        values.collectVotes();
        values.nameFromVotes();
        values.nameTheRest();
        return values;
    }

    /** What character {@code at} (0-based, 2 to 6) of {@code code} stands for, if the titles name it. */
    Optional<String> value(String code, int at) {
        return Optional.ofNullable(names.get(key(code, at)));
    }

    private void collectVotes() {
        for (int at = FIRST; at <= LAST; at++) {
            Map<String, List<String>> pairs = new HashMap<>();
            for (String code : titles.keySet()) {
                Key key = key(code, at);
                keys.computeIfAbsent(code, c -> new Key[LAST - FIRST + 1])[at - FIRST] = key;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
                pairs.computeIfAbsent(code.substring(0, at) + '_' + code.substring(at + 1), k -> new ArrayList<>())
                        .add(code);
            }
            for (List<String> differingOnlyHere : pairs.values()) {
                for (int i = 0; i < differingOnlyHere.size(); i++) {
                    for (int j = i + 1; j < differingOnlyHere.size(); j++) {
                        vote(differingOnlyHere.get(i), differingOnlyHere.get(j), at);
                    }
                }
            }
        }
        for (List<String> group : groups.values()) {
            group.sort(null);
        }
    }

    private void vote(String first, String second, int at) {
        String[] a = titles.get(first);
        String[] b = titles.get(second);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int end = 0;
        while (end < a.length - start && end < b.length - start && a[a.length - 1 - end].equals(b[b.length - 1 - end])) {
            end++;
        }
        count(keys.get(first)[at - FIRST], trimmed(a, start, a.length - end, at));
        count(keys.get(second)[at - FIRST], trimmed(b, start, b.length - end, at));
    }

    private void count(Key key, String phrase) {
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(phrase, 1, Integer::sum);
    }

    private void nameFromVotes() {
        Map<Key, Map<String, Integer>> wider = new HashMap<>();
        votes.forEach((key, phrases) -> {
            for (Key scope : widerScopes(key)) {
                Map<String, Integer> merged = wider.computeIfAbsent(scope, k -> new HashMap<>());
                phrases.forEach((phrase, count) -> merged.merge(phrase, count, Integer::sum));
            }
        });
        for (Map.Entry<Key, List<String>> group : groups.entrySet()) {
            Key key = group.getKey();
            List<Map<String, Integer>> sources = new ArrayList<>();
            sources.add(votes.getOrDefault(key, Map.of()));
            widerScopes(key).forEach(scope -> sources.add(wider.getOrDefault(scope, Map.of())));
            for (Map<String, Integer> phrases : sources) {
                Optional<String> best = longestInEveryTitle(phrases, group.getValue());
                if (best.isPresent()) {
                    names.put(key, key.at() == APPROACH ? best.get() : extended(best.get(), group.getValue()));
                    break;
                }
                if (key.value() == 'Z' && mostVoted(phrases).filter(String::isEmpty).isPresent()) {
                    names.put(key, noValue(key));
                    break;
                }
            }
        }
    }

    private void nameTheRest() {
        for (Map.Entry<Key, List<String>> group : groups.entrySet()) {
            Key key = group.getKey();
            if (names.containsKey(key)) {
                continue;
            }
            Optional<String> name = key.at() == FIRST ? commonStart(group.getValue()) : Optional.empty();
            if (name.isEmpty() && key.value() == 'Z') {
                name = Optional.of(noValue(key));
            }
            if (name.isEmpty()) {
                name = unexplainedWords(key, group.getValue());
            }
            name.ifPresent(value -> names.put(key, value));
        }
    }

    /**
     * The phrase with the words that follow it in every title of the group. Pairs cut the words two values share
     * ("Right Subclavian Artery" / "Left Subclavian Artery" leave "Right"), so the longest voted phrase may stop short
     * of its value; the words after it that every title repeats, up to a word that joins the next axis, belong to it.
     * "and" and "or" join words of one value ("Bursa and Ligament") and are kept when a word follows them.
     */
    private String extended(String phrase, List<String> codes) {
        String[] words = tokens(phrase);
        List<String[]> titles = new ArrayList<>(codes.size());
        List<Integer> ends = new ArrayList<>(codes.size());
        for (String code : codes) {
            String[] title = this.titles.get(code);
            titles.add(title);
            ends.add(indexOf(title, words) + words.length);
        }
        StringBuilder value = new StringBuilder(phrase);
        int added = 0;
        while (true) {
            String next = sameTokenEverywhere(titles, ends, added);
            if (next == null || BOUNDARIES.contains(next.strip())) {
                return value.toString();
            }
            if (next.strip().equals("and") || next.strip().equals("or")) {
                String after = sameTokenEverywhere(titles, ends, added + 1);
                if (after == null || BOUNDARIES.contains(after.strip()) || CONNECTING.contains(after.strip())) {
                    return value.toString();
                }
                value.append(next);
                added++;
                next = after;
            }
            value.append(next);
            added++;
        }
    }

    /** The token {@code offset} places after each title's end of the phrase, when it is the same in every title. */
    private static String sameTokenEverywhere(List<String[]> titles, List<Integer> ends, int offset) {
        String token = null;
        for (int i = 0; i < titles.size(); i++) {
            int at = ends.get(i) + offset;
            if (at >= titles.get(i).length || token != null && !titles.get(i)[at].equals(token)) {
                return null;
            }
            token = titles.get(i)[at];
        }
        return token;
    }

    private Optional<String> longestInEveryTitle(Map<String, Integer> phrases, List<String> codes) {
        record Candidate(String phrase, int words, int votes) {
        }
        return phrases.entrySet().stream()
                .filter(phrase -> !phrase.getKey().isEmpty())
                .map(phrase -> new Candidate(phrase.getKey(), tokens(phrase.getKey()).length, phrase.getValue()))
                .sorted(Comparator.comparingInt(Candidate::words).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::votes).reversed())
                        .thenComparing(Candidate::phrase))
                .map(Candidate::phrase)
                .filter(phrase -> inEveryTitle(phrase, codes))
                .findFirst();
    }

    private static Optional<String> mostVoted(Map<String, Integer> phrases) {
        return phrases.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** The words every title of the group starts with: how titles name their root operation. */
    private Optional<String> commonStart(List<String> codes) {
        String[] first = titles.get(codes.get(0));
        int length = first.length;
        for (String code : codes) {
            String[] other = titles.get(code);
            int same = 0;
            while (same < length && same < other.length && other[same].equals(first[same])) {
                same++;
            }
            length = same;
        }
        String phrase = trimmed(first, 0, length, FIRST);
        return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase);
    }

    /** The longest run of words in the group's first title that the code's other characters leave unexplained. */
    private Optional<String> unexplainedWords(Key key, List<String> codes) {
        String code = codes.get(0);
        String[] title = titles.get(code);
        boolean[] explained = new boolean[title.length];
        for (int at = FIRST; at <= LAST; at++) {
            String other = at == key.at() ? null : names.get(key(code, at));
            int from = other == null ? -1 : indexOf(title, tokens(other));
            if (from >= 0) {
                Arrays.fill(explained, from, from + tokens(other).length, true);
            }
        }
        String best = null;
        int start = 0;
        while (start < title.length) {
            int end = start;
            while (end < title.length && !explained[end]) {
                end++;
            }
            String run = trimmed(title, start, end, key.at());
            if (!run.isEmpty() && inEveryTitle(run, codes)
                    && (best == null || tokens(run).length > tokens(best).length)) {
                best = run;
            }
            start = end + 1;
        }
        return Optional.ofNullable(best);
    }

    private boolean inEveryTitle(String phrase, List<String> codes) {
        String[] words = tokens(phrase);
        for (String code : codes) {
            if (indexOf(titles.get(code), words) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the words occur together in the title; the first word may follow a blank in the title or not. */
    private static int indexOf(String[] title, String[] words) {
        outer:
        for (int i = 0; i + words.length <= title.length; i++) {
            for (int j = 0; j < words.length; j++) {
                boolean same = j == 0 ? title[i].strip().equals(words[0].strip()) : title[i + j].equals(words[j]);
                if (!same) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The phrase without connecting words and commas at its edges. Titles add "Approach" after some approaches
     * ("Open Approach") but not others ("Via Natural or Artificial Opening"): the approach itself is without it.
     */
    private static String trimmed(String[] words, int from, int to, int at) {
        int start = from;
        int end = to;
        while (start < end && CONNECTING.contains(words[start].strip())) {
            start++;
        }
        while (end > start && (CONNECTING.contains(words[end - 1].strip())
                || at == APPROACH && words[end - 1].strip().equals("Approach") && end - 1 > start)) {
            end--;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i < end; i++) {
            phrase.append(words[i]);
        }
        return phrase.toString().strip();
    }

    private static String noValue(Key key) {
        return "No " + PcsSections.axisNames(key.scope().charAt(0)).get(key.at());
    }

    private static Key key(String code, int at) {
        return new Key(code.substring(0, at == FIRST ? 2 : 3), at, code.charAt(at));
    }

    private static List<Key> widerScopes(Key key) {
        String scope = key.scope();
        return key.at() == BODY_PART && scope.length() == 3
                ? List.of(new Key(scope.substring(0, 2), key.at(), key.value()),
                        new Key(scope.substring(0, 1), key.at(), key.value()))
                : List.of(new Key(scope.substring(0, 1), key.at(), key.value()));
    }

    private static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group(1).isEmpty() || tokens.isEmpty() ? matcher.group(2) : " " + matcher.group(2));
        }
        return tokens.toArray(String[]::new);
    }

}
