package loop;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class CollectionShapes {
    static List<String> kept(String[] words) {
        List<String> out = new ArrayList<>();
        long letters = 0;
        for (@ParallelFor String word : words) {
            if (word.length() > 3) {
                out.add(word.toUpperCase());
            }
            int length = word.length();
            letters += length;
        }
        out.add("letters: " + letters);
        return out;
    }

    static Map<String, Integer> wordCount(String[] words) {
        Map<String, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < words.length; i++) {
            counts.merge(words[i], 1, Integer::sum);
        }
        return counts;
    }

    static Map<Integer, List<String>> byLength(List<String> words) {
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (@ParallelFor String word : words) {
            groups.computeIfAbsent(word.length(), key -> new ArrayList<>()).add(word);
        }
        return groups;
    }

    static String joined(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < a.length; i++) {
            sb.append(a[i]).append(' ');
        }
        return sb.toString();
    }

    static final List<List<Integer>> RESULTS = new ArrayList<>();

    /** Handed on only after the loop, where the body can no longer read it. */
    static List<Integer> handedOnAfter(int[] a) {
        List<Integer> out = new ArrayList<>();
        out.add(a.length);
        for (@ParallelFor int i = 0; i < a.length; i++) {
            out.add(a[i] * 2);
        }
        RESULTS.add(out);
        return out;
    }
}
