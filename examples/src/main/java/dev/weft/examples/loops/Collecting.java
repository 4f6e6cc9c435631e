package dev.weft.examples.loops;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loops that build a collection: a word count, a grouping and a filter-and-collect. Each is a
 * collection reduction: every chunk fills a map or list of its own, and the twin adds them to the
 * result in the loop's order, so the result, its order included, is the sequential loop's.
 */
public final class Collecting {
    private Collecting() {}

    static Map<String, Integer> wordCount(String[] words) {
        Map<String, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < words.length; i++) {
            counts.merge(words[i], 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The indices of the points, grouped by the quarter of the costly transform they fall in: the
     * per-element work dominates, as it must for a grouping to gain from more cores. Grouping
     * cheap keys mostly allocates, and runs at the speed of the garbage collector.
     */
    static Map<Integer, List<Integer>> byTransformQuarter(double[] xs) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            groups.computeIfAbsent((int) Math.floor(transform(xs[i]) * 4), key -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The costly transform of every point whose transform is positive. */
    static List<Double> positiveTransforms(double[] xs) {
        List<Double> out = new ArrayList<>();
        for (@ParallelFor int i = 0; i < xs.length; i++) {
            double y = transform(xs[i]);
            if (y > 0) {
                out.add(y);
            }
        }
        return out;
    }

    /** A few hundred nanoseconds of arithmetic: the per-element work dominates. */
    static double transform(double x) {
        double y = x;
        for (int k = 0; k < 40; k++) {
            y = Math.sin(y + k) * 1.5;
        }
        return y;
    }
}
