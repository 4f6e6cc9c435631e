package dev.weft.benchmarks.handwritten;

/** One chunk of a loop over {@code [from, to)}, returning its part of a sum (0 for plain loops). */
@FunctionalInterface
public interface RangeSum {
    double sum(int from, int to);
}
