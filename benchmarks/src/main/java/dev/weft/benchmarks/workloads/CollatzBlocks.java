package dev.weft.benchmarks.workloads;

import dev.weft.Parallelizable;
import dev.weft.Workload;

/**
 * CPU-heavy tasks: the longest Collatz sequence among a block of starting numbers, one block per
 * task. Sequences lengthen slowly with their start, so later blocks cost somewhat more.
 */
public final class CollatzBlocks {
    public static final int BLOCK_SIZE = 20_000;

    private CollatzBlocks() {}

    /** The most steps any start in {@code [block · BLOCK_SIZE + 1, (block + 1) · BLOCK_SIZE]} takes to reach 1. */
    @Parallelizable(workload = Workload.CPU)
    public static int longestChain(int block) {
        int longest = 0;
        for (long start = (long) block * BLOCK_SIZE + 1; start <= (long) (block + 1) * BLOCK_SIZE; start++) {
            longest = Math.max(longest, steps(start));
        }
        return longest;
    }

    static int steps(long start) {
        int steps = 0;
        for (long n = start; n != 1; n = (n & 1) == 0 ? n >>> 1 : 3 * n + 1) {
            steps++;
        }
        return steps;
    }
}
