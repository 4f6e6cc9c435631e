package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collection reductions into hash maps whose keys share buckets: a {@link HashMap} iterates the
 * keys of a bucket in the order they came in, and puts a new key after them where {@code put}
 * adds it, before them where {@code merge} or {@code computeIfAbsent} does. The keys here are
 * multiples of 16, which all fall into the first buckets of a small table.
 */
final class BucketOrderLoops {
    private BucketOrderLoops() {}

    static int key(int value) {
        return Math.floorMod(value, 12) * 16;
    }

    static Map<Integer, List<Integer>> grouped(int[] in) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            groups.computeIfAbsent(key(in[i]), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The group held in a local, as often written. */
    static Map<Integer, List<Integer>> groupedThroughALocal(int[] in) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int value : in) {
            List<Integer> group = groups.computeIfAbsent(key(value), k -> new ArrayList<>());
            group.add(value);
            group.add(-value);
        }
        return groups;
    }

    /** The grouping written before {@code computeIfAbsent}: a new key put as {@code put} puts it. */
    static Map<Integer, List<Integer>> groupedByGetAndPut(int[] in) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            int k = key(in[i]);
            List<Integer> group = groups.get(k);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(k, group);
            }
            group.add(i);
        }
        return groups;
    }

    /** The same into builders, with the check written the other way round. */
    static Map<Integer, StringBuilder> joinedByGetAndPut(int[] in) {
        Map<Integer, StringBuilder> joined = new HashMap<>();
        for (@ParallelFor int value : in) {
            int k = key(value);
            StringBuilder text = joined.get(k);
            if (null == text) {
                text = new StringBuilder();
                joined.put(k, text);
            }
            text.append(value).append(',');
        }
        return joined;
    }

    /** A count written with {@code containsKey}, as before {@code getOrDefault}. */
    static Map<Integer, Integer> countedByContains(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int value : in) {
            int k = key(value);
            if (!counts.containsKey(k)) {
                counts.put(k, 1);
            } else {
                counts.put(k, counts.get(k) + 1);
            }
        }
        return counts;
    }

    /** A count written with {@code get} and a null check, as before {@code merge}. */
    static Map<Integer, Integer> countedByGet(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int value : in) {
            int k = key(value);
            Integer count = counts.get(k);
            if (count == null) {
                counts.put(k, 1);
            } else {
                counts.put(k, count + 1);
            }
        }
        return counts;
    }

    static Map<Integer, StringBuilder> joinedByKey(int[] in) {
        Map<Integer, StringBuilder> joined = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            joined.computeIfAbsent(key(in[i]), k -> new StringBuilder()).append(in[i]).append(',');
        }
        return joined;
    }

    /** A count written with {@code put} and {@code getOrDefault}, as often without {@code merge}. */
    static Map<Integer, Integer> counted(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            counts.put(in[i] % 12 * 16, counts.getOrDefault(in[i] % 12 * 16, 0) + 1);
        }
        return counts;
    }

    static Map<Integer, Long> summed(int[] in) {
        Map<Integer, Long> sums = new HashMap<>();
        for (@ParallelFor int value : in) {
            int k = key(value);
            sums.put(k, (long) value + sums.getOrDefault(k, 0L));
        }
        return sums;
    }

    static Map<Integer, String> concatenated(int[] in) {
        Map<Integer, String> texts = new HashMap<>();
        for (@ParallelFor int value : in) {
            int k = key(value);
            texts.put(k, texts.getOrDefault(k, "") + value % 10);
        }
        return texts;
    }

    static Map<Integer, Integer> merged(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int value : in) {
            counts.merge(key(value), 1, Integer::sum);
        }
        return counts;
    }
}
