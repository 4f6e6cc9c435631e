package dev.weft.benchmarks.workloads;

import dev.weft.Parallelizable;

/** A task far too small to be worth a thread: what fan-out's batching must make cheap. */
public final class TrivialTask {
    private TrivialTask() {}

    @Parallelizable
    public static int square(int x) {
        return x * x;
    }
}
