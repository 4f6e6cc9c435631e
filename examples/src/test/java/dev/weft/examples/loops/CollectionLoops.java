package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import dev.weft.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Loops that build collections, maps and strings: each a collection reduction. */
final class CollectionLoops {
    private CollectionLoops() {}

    /** A filter-and-collect, into a list that already holds something. */
    static List<Integer> kept(int[] in) {
        List<Integer> out = new ArrayList<>();
        out.add(-1);
        for (@ParallelFor int i = 0; i < in.length; i++) {
            if (in[i] % 3 == 0) {
                out.add(in[i] * 7);
            }
        }
        return out;
    }

    static List<String> keptWithSum(int[] in, long[] sum) {
        List<String> out = new ArrayList<>();
        long total = 0;
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 3) int x : in) {
            if (x > 0) {
                out.add("+" + x);
                out.addAll(List.of("/", String.valueOf(x % 10)));
            }
            total += x;
        }
        sum[0] = total;
        return out;
    }

    static String joined(int[] in) {
        StringBuilder sb = new StringBuilder("[");
        for (@ParallelFor(schedule = Schedule.GUIDED) int i = 0; i < in.length; i++) {
            sb.append(in[i]).append(',');
            if (in[i] < 0) {
                sb.append('-');
            }
        }
        return sb.append(']').toString();
    }

    static String counts(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            counts.merge(in[i] % 97, 1, Integer::sum);
        }
        return counts.toString();
    }

    /**
     * A count, a histogram and a sum over elements whose first half costs far more than the
     * second: the worker with the second half finishes early and takes pieces from the other's.
     */
    static String unevenCounts(int[] in) {
        Map<Integer, Integer> counts = new HashMap<>();
        int[] hist = new int[16];
        long sum = 0;
        for (@ParallelFor(minIterations = 1) int i = 0; i < in.length; i++) {
            int key = Math.floorMod(mixed(in[i], i < in.length / 2 ? 2_000 : 1), 97);
            counts.merge(key, 1, Integer::sum);
            hist[key % 16]++;
            sum += key;
        }
        return counts + " " + Arrays.toString(hist) + " " + sum;
    }

    /** {@code x} mixed {@code rounds} times: work whose result the key depends on, so that no compiler drops it. */
    static int mixed(int x, int rounds) {
        int h = x;
        for (int r = 0; r < rounds; r++) {
            h = h * 31 + r;
        }
        return h;
    }

    static String lambdaCountsWithMax(int[] in, int[] max) {
        var counts = new LinkedHashMap<String, Long>();
        int best = Integer.MIN_VALUE;
        for (@ParallelFor(schedule = Schedule.STATIC) int i = 0; i < in.length; i++) {
            counts.merge("k" + in[i] % 13, (long) in[i], (a, b) -> a + b);
            best = Math.max(best, in[i]);
        }
        max[0] = best;
        return counts.toString();
    }

    static String groups(int[] in) {
        Map<Integer, List<Integer>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (@ParallelFor int i = 0; i < in.length; i++) {
            groups.computeIfAbsent(in[i] % 11, key -> new ArrayList<>()).add(i);
        }
        return groups.toString();
    }

    static String seen(int[] in) {
        Set<Integer> seen = new HashSet<>();
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 3) int i = 0; i < in.length; i++) {
            seen.add(in[i] * 1_000_003);
        }
        return seen.toString();
    }

    static String lastAndFirst(int[] in) {
        Map<Integer, Integer> last = new LinkedHashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        for (@ParallelFor int i = 0; i < in.length; i++) {
            last.put(in[i] % 50, i);
            first.putIfAbsent(in[i] % 50, i);
        }
        return last + " " + first;
    }

    static String moreForms(List<Integer> in) {
        StringBuffer text = new StringBuffer();
        Set<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<Integer> both = new LinkedHashSet<>();
        Map<Integer, StringBuilder> digits = new LinkedHashMap<>();
        Map<Boolean, Set<Integer>> signs = new HashMap<>();
        Map<Integer, List<Integer>> ensured = new TreeMap<>();
        Map<String, Integer> byName = new TreeMap<>();
        for (@ParallelFor(schedule = Schedule.DYNAMIC, chunk = 5) int x : in) {
            text.append(x % 10);
            sorted.add((x % 3 == 0 ? "K" : "k") + x % 40);
            both.addAll(List.of(x % 101, -x % 7));
            digits.computeIfAbsent(x % 4, k -> new StringBuilder()).append(x % 10).append(';');
            signs.computeIfAbsent(x < 0, partial -> new LinkedHashSet<>()).add(x % 30);
            ensured.computeIfAbsent(x % 6, k -> new ArrayList<>());
            ensured.get(x % 6).add(x);
            String name = "k" + x % 9;
            byName.put(name.toUpperCase(), byName.getOrDefault(name.toUpperCase(), 0) + 1);
        }
        return text + " " + sorted + " " + both + " " + digits + " " + signs + " " + ensured + " " + byName;
    }
}
