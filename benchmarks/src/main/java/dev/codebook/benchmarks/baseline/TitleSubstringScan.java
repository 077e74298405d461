package dev.codebook.benchmarks.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an application without a search engine does: keep every title in lower case and scan them all for the
 * query's words. The search benchmarks' naive baseline.
 */
public final class TitleSubstringScan {

    private final String[] titles;

    private TitleSubstringScan(String[] titles) {
        this.titles = titles;
    }

    /** Prepares the scan over {@code titles}; a hit is reported as the title's position in this list. */
    public static TitleSubstringScan of(List<String> titles) {
        return new TitleSubstringScan(titles.stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }

    /** The positions of the first {@code limit} titles, in list order, that contain every word of {@code query}. */
    public List<Integer> search(String query, int limit) {
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Integer> hits = new ArrayList<>(limit);
        for (int i = 0; i < titles.length && hits.size() < limit; i++) {
            if (containsAll(titles[i], words)) {
                hits.add(i);
            }
        }
        return hits;
    }

    private static boolean containsAll(String title, String[] words) {
        for (String word : words) {
            if (!title.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
