package dev.weft.examples.lessons;

import dev.weft.ParallelFor;
import dev.weft.Parallelizable;
import dev.weft.Workload;
import dev.weft.examples.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * When not to parallelize: work too short to pay for handing it to other threads. Weft keeps it
 * close to sequential: a million trivial tasks are claimed in growing batches, so they cost about
 * what a plain loop costs, and a loop of a few dozen cheap iterations runs inline on the calling
 * thread, as written, for a few nanoseconds a call more than the original (the check, and the
 * parallel path's code that the JIT compiles around it).
 */
public final class ShortTasks {
    static final int TASKS = 1_000_000;
    static final int TINY_LOOP = 64;
    static final int TINY_LOOP_CALLS = 200_000;

    private ShortTasks() {}

    @Parallelizable(workload = Workload.CPU)
    static long square(int x) {
        return (long) x * x;
    }

    /** A loop too short to be worth splitting: Weft runs it on the calling thread. */
    static long sumOfSquares(int[] values) {
        long sum = 0;
        for (@ParallelFor int i = 0; i < values.length; i++) {
            sum += (long) values[i] * values[i];
        }
        return sum;
    }

    public static List<Comparison<List<Long>>> examples() {
        List<Integer> inputs = IntStream.range(0, TASKS).boxed().toList();
        int[] tiny = IntStream.range(0, TINY_LOOP).toArray();
        return List.of(
                Comparison.of(TASKS / 1000 + "k trivial tasks", 2,
                        () -> {
                            List<Long> squares = new ArrayList<>(inputs.size());
                            for (int x : inputs) {
                                squares.add(square(x));
                            }
                            return squares;
                        },
                        () -> ShortTasksParallel.squareAll(inputs),
                        Comparison.equal()),
                Comparison.of(TINY_LOOP_CALLS / 1000 + "k calls of a " + TINY_LOOP + "-iteration loop", 2,
                        () -> List.of(repeat(() -> sumOfSquares(tiny))),
                        () -> List.of(repeat(() -> ShortTasksParallel.sumOfSquares(tiny))),
                        Comparison.equal()));
    }

    private static long repeat(LongSupplier call) {
        long total = 0;
        for (int i = 0; i < TINY_LOOP_CALLS; i++) {
            total += call.getAsLong();
        }
        return total;
    }
}
