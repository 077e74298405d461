package dev.codebook.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The built-in {@link SimilarTitles}: ranks the codes of a scope by how many content words their titles share with
 * the subject's, nearer codes first among equals. Reads only the subject's rarest words and, for a common word, only
 * the codes nearest the subject, so that a question costs microseconds however wide the scope.
 */
final class WordOverlap implements SimilarTitles {

    /** How many title occurrences one look-up reads at most. */
    private static final int BUDGET = 200;
    /** How many of the subject's rarest words it reads: they tell titles apart, common ones barely do. */
    private static final int WORDS = 4;

    private final Outline outline;
    private final int from;
    private final int to;

    WordOverlap(Outline outline, int from, int to) {
        this.outline = outline;
        this.from = from;
        this.to = to;
    }

    @Override
    public List<String> similarTo(String code, int limit) {
        OptionalInt found = outline.ordinal(code);
        if (found.isEmpty() || limit <= 0) {
            return List.of();
        }
        int subject = found.getAsInt();
        int[][] wordPostings = outline.titleWordPostings(subject);
        int[][] slices = new int[wordPostings.length][];
        Integer[] order = new Integer[wordPostings.length];
        for (int w = 0; w < wordPostings.length; w++) {
            slices[w] = Outline.slice(wordPostings[w], from, to);
            order[w] = w;
        }
        Arrays.sort(order, Comparator.comparingInt(w -> slices[w][1] - slices[w][0]));
        int[] seen = new int[BUDGET];
        int count = 0;
        for (int rank = 0; rank < Math.min(WORDS, order.length); rank++) {
            int w = order[rank];
            int[] postings = wordPostings[w];
            int start = slices[w][0];
            int stop = slices[w][1];
            int room = BUDGET - count;
            if (room <= 0) {
                break;
            }
            if (stop - start > room) {
                // A common word: keep the window of codes nearest the subject.
                int at = Arrays.binarySearch(postings, start, stop, subject);
                int centre = at >= 0 ? at : -at - 1;
                start = Math.max(start, Math.min(centre - room / 2, stop - room));
                stop = start + room;
            }
            for (int i = start; i < stop; i++) {
                if (postings[i] != subject) {
                    seen[count++] = postings[i];
                }
            }
        }
        return best(Arrays.copyOf(seen, count), subject, limit);
    }

    /** The most often seen codes, nearer the subject first among equals. */
    private List<String> best(int[] seen, int subject, int limit) {
        Arrays.sort(seen);
        int[] top = new int[Math.min(limit, seen.length)];
        int[] topCounts = new int[top.length];
        int size = 0;
        for (int i = 0; i < seen.length;) {
            int j = i;
            while (j < seen.length && seen[j] == seen[i]) {
                j++;
            }
            int node = seen[i];
            int count = j - i;
            i = j;
            // Insertion into the short ranked list: more shared words first, then nearer codes, then code order.
            int at = size;
            while (at > 0 && ranksBefore(count, node, topCounts[at - 1], top[at - 1], subject)) {
                at--;
            }
            if (at < top.length) {
                int moved = Math.min(size, top.length - 1) - at;
                System.arraycopy(top, at, top, at + 1, moved);
                System.arraycopy(topCounts, at, topCounts, at + 1, moved);
                top[at] = node;
                topCounts[at] = count;
                size = Math.min(size + 1, top.length);
            }
        }
        List<String> codes = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            codes.add(outline.code(top[k]));
        }
        return codes;
    }

    private static boolean ranksBefore(int count, int node, int otherCount, int other, int subject) {
        if (count != otherCount) {
            return count > otherCount;
        }
        int distance = Math.abs(node - subject);
        int otherDistance = Math.abs(other - subject);
        return distance != otherDistance ? distance < otherDistance : node < other;
    }
}
