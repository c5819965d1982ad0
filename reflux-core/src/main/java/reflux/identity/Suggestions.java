package reflux.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Close dictionary names for an unresolved input, by edit distance over lookup keys. Stateless. */
final class Suggestions {

    private static final int MAX_INPUT = 80;
    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** Up to three names whose key is within max(2, length/4) edits of the input's key, closest first. */
    static List<String> closest(String input, Dictionary dictionary) {
        return closest(input, dictionary.allNames(), dictionary.allKeys());
    }

    /** {@link #closest(String, Dictionary)} over names and their {@link Dictionary#key}s (same positions). */
    static List<String> closest(String input, List<String> names, List<String> keys) {
        String key = Dictionary.key(input);
        if (key.isEmpty() || key.length() > MAX_INPUT) {
            return List.of();
        }
        int limit = Math.max(2, key.length() / 4);
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String k = keys.get(i);
            if (Math.abs(k.length() - key.length()) > limit) {
                continue;
            }
            int d = distanceWithin(key, k, limit);
            if (d <= limit) {
                hits.merge(names.get(i), d, Math::min);
            }
        }
        return hits.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b} when it is at most {@code limit}, otherwise some number
     * above {@code limit}: only the diagonal band |i − j| ≤ limit is filled (a cell outside it costs more than
     * {@code limit} edits), and the scan stops as soon as a whole row of the band exceeds {@code limit}.
     */
    static int distanceWithin(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= limit ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[0] = i <= limit ? i : over;
            if (from > 1) {
                cur[from - 1] = over;
            }
            int best = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                best = Math.min(best, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = over;
            }
            if (best > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
