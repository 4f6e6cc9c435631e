package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builders and containers declared before the loop and emptied by each iteration before it uses
 * them, as code that reuses them to spare the allocation is written.
 */
final class ReusedObjects {
    /** What a row usually holds: the lists start that large. */
    private static final int ROW = 12;

    private ReusedObjects() {}

    /** Each row as text, built in one builder the loop empties for each row. */
    static String[] rowsAsText(int[][] rows) {
        String[] out = new String[rows.length];
        var sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            sb.setLength(0);
            sb.append('[');
            for (int v : rows[i]) sb.append(v).append(';');
            out[i] = "row " + i + ": " + sb.append(']');
        }
        return out;
    }

    /** How many distinct values each row holds: a hash set used by key alone. */
    static int[] distinctCounts(int[][] rows) {
        int[] out = new int[rows.length];
        Set<Integer> seen = new HashSet<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            seen.clear();
            for (int v : rows[i]) {
                if (!seen.contains(v)) {
                    seen.add(v);
                }
            }
            out[i] = seen.size();
        }
        return out;
    }

    /** Each row's median, through a list sorted by Collections.sort. */
    static int[] medians(int[][] rows) {
        int[] out = new int[rows.length];
        List<Integer> sorted = new ArrayList<>(ROW + 4);
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            sorted.clear();
            for (int v : rows[i]) sorted.add(v);
            Collections.sort(sorted);
            out[i] = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
        return out;
    }

    /** Each row's values by how often they occur, most often first, ties by value: a tree map walked by its entries. */
    static String[] frequencies(int[][] rows) {
        String[] out = new String[rows.length];
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            counts.clear();
            for (int v : rows[i]) counts.merge(v, 1, Integer::sum);
            int best = 0;
            int most = -1;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    most = e.getKey();
                }
            }
            out[i] = most + "x" + best + " of " + counts.size();
        }
        return out;
    }

    /** Each row without repeats, in the order values first appear, joined. */
    static String[] firstOccurrences(int[][] rows) {
        String[] out = new String[rows.length];
        LinkedHashSet<String> firsts = new LinkedHashSet<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            firsts.clear();
            for (int v : rows[i]) firsts.add(Integer.toString(v % 7));
            out[i] = String.join(",", firsts) + "|" + List.copyOf(firsts).size();
        }
        return out;
    }

    /** The deepest nesting of each row read as brackets (even opens, odd closes), with a deque as the stack. */
    static int[] depths(int[][] rows) {
        int[] out = new int[rows.length];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            stack.clear();
            int deepest = 0;
            for (int v : rows[i]) {
                if (v % 2 == 0) {
                    stack.push(v);
                    deepest = Math.max(deepest, stack.size());
                } else if (!stack.isEmpty()) {
                    stack.pop();
                }
            }
            out[i] = deepest * 1000 + stack.stream().mapToInt(Integer::intValue).sum() % 1000;
        }
        return out;
    }

    /** The sum of each row's values that occur more than once: a hash map counted by key, then read by key. */
    static long[] repeatedSums(int[][] rows) {
        long[] out = new long[rows.length];
        Map<Integer, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            counts.clear();
            for (int v : rows[i]) counts.merge(v, 1, Integer::sum);
            long sum = 0;
            for (int v : rows[i]) {
                if (counts.get(v) > 1) {
                    sum += v;
                }
            }
            out[i] = sum;
        }
        return out;
    }

    /** One builder for two loops and a last one that runs as written, each emptying it first. */
    static String[] positivesThenNegatives(int[][] rows) {
        String[] out = new String[2 * rows.length];
        StringBuilder sb = new StringBuilder();
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            sb.setLength(0);
            for (int v : rows[i]) sb.append(v).append(' ');
            out[i] = sb.toString();
        }
        for (@ParallelFor int i = 0; i < rows.length; i++) {
            sb.setLength(0);
            for (int v : rows[i]) sb.append(-v).append(' ');
            out[rows.length + i] = sb.toString();
        }
        for (int k = 0; k < Math.min(2, rows.length); k++) {
            sb.setLength(0);
            out[k] = sb.append(out[k].length()).toString();
        }
        return out;
    }
}
