package dev.weft.benchmarks.compiletime;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How long one build took.
 *
 * @param wallMillis elapsed time
 * @param threadMillis CPU time of the thread that ran javac, and the processors with it: javac's own
 *     work, without the garbage collector's and the JIT compiler's threads
 * @param jvmMillis CPU time of the whole JVM, every thread included
 * @param processingMillis of {@code threadMillis}, the time in annotation processing from its first
 *     round on: the rounds, and javac entering the classes again for the next round and for the
 *     compilation proper, which it does for any processor
 * @param roundsMillis of {@code processingMillis}, the time inside the rounds, where the processors
 *     are loaded and run
 * @param jitMillis time the JIT compiler spent compiling during the build
 * @param othersMillis CPU time that other processes on the machine used during the build; NaN where
 *     the system does not tell
 */
public record Timing(double wallMillis, double threadMillis, double jvmMillis, double processingMillis,
        double roundsMillis, double jitMillis, double othersMillis) {

    /** The median of one figure of {@code timings}. */
    public static double median(List<Timing> timings, ToDoubleFunction<Timing> figure) {
        return Spread.median(timings.stream().map(figure::applyAsDouble).toList());
    }

    /** The JIT compiler's share of the JVM's CPU time in the median of {@code timings}. */
    static double jitShare(List<Timing> timings) {
        return median(timings, timing -> timing.jitMillis() / timing.jvmMillis());
    }
}
