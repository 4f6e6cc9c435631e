package dev.weft.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Inputs filled the same way on every run, so that runs compare. */
final class RandomData {
    private RandomData() {}

    static double[] doubles(int length, long seed) {
        return new SplittableRandom(seed).doubles(length).toArray();
    }

    static List<Integer> indices(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
