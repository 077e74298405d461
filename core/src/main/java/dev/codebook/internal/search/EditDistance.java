package dev.codebook.internal.search;

/** Edit distance between words, counting a swap of neighbouring letters as one edit (as typists make them). */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b} if it is at most {@code max}, else {@code max + 1}; gives up on
     * a pair as soon as no alignment can stay within {@code max}, which makes scanning a dictionary cheap.
     */
    static int within(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
