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
    static List<String> closest(String input, List<String> names) {
        String key = Dictionary.key(input);
        if (key.isEmpty() || key.length() > MAX_INPUT) {
            return List.of();
        }
        int limit = Math.max(2, key.length() / 4);
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String n : names) {
            String k = Dictionary.key(n);
            if (Math.abs(k.length() - key.length()) > limit) {
                continue;
            }
            int d = distance(key, k);
            if (d <= limit) {
                hits.merge(n, d, Math::min);
            }
        }
        return hits.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
