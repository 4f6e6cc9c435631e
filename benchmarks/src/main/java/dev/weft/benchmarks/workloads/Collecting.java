package dev.weft.benchmarks.workloads;

import dev.weft.ParallelFor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loops that build a collection, as commonly written: a word count, a grouping and a
 * filter-and-collect. Each element costs a few hundred nanoseconds of pure computation (the key
 * of the word or of the group, the transform of a kept value), so that the work spread over the
 * cores outweighs combining the partial maps and lists.
 */
public final class Collecting {
    /** Rounds of the logistic map: a few hundred nanoseconds, two dependent multiplications a round. */
    private static final int ROUNDS = 150;
    private static final int GROUPS = 64;

    private Collecting() {}

    /** How often each stem occurs among the words. */
    public static Map<String, Integer> wordCount(String[] words) {
        Map<String, Integer> counts = new HashMap<>();
        for (@ParallelFor int i = 0; i < words.length; i++) {
            counts.merge(stem(words[i]), 1, Integer::sum);
        }
        return counts;
    }

    /** The values grouped by {@link #group}, each group in the values' order. */
    public static Map<Integer, List<Integer>> grouped(int[] values) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (@ParallelFor int x : values) {
            groups.computeIfAbsent(group(x), key -> new ArrayList<>()).add(x);
        }
        return groups;
    }

    /** The transforms of the kept values, in the values' order. */
    public static List<Double> keptTransforms(double[] xs) {
        List<Double> out = new ArrayList<>();
        for (@ParallelFor double x : xs) {
            if (keep(x)) {
                out.add(transform(x));
            }
        }
        return out;
    }

    /** A stand-in for stemming: the word without up to two of its last letters, never shorter than two. */
    public static String stem(String word) {
        int cut = (int) (chaos(unit(word.hashCode())) * 3);
        return word.substring(0, Math.max(2, word.length() - cut));
    }

    public static int group(int x) {
        return (int) (chaos(unit(x)) * GROUPS);
    }

    public static boolean keep(double x) {
        return x < 0.5;
    }

    public static double transform(double x) {
        return chaos(0.05 + 0.9 * x);
    }

    /** A seed for {@link #chaos} in (0.05, 0.95), away from the map's fixed points 0 and 1. */
    private static double unit(int seed) {
        return 0.05 + 0.9 * ((seed * 0x9E3779B9L & 0xFFFF_FFFFL) / 0x1p32);
    }

    /** The logistic map iterated: dependent multiplications that no compiler can skip or reorder. */
    private static double chaos(double seed) {
        double y = seed;
        for (int round = 0; round < ROUNDS; round++) {
            y = 3.99 * y * (1 - y);
        }
        return y;
    }
}
