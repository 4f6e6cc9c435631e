package dev.weft.benchmarks.compiletime;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * What a processor adds to a build, as fractions: each round's build with the processor against that
 * same round's build without one, so that what slows the machine for a while slows both.
 *
 * @param thread on the CPU time of the thread that runs javac
 * @param jvm on the CPU time of the whole JVM
 * @param wall on the elapsed time
 */
public record Overhead(Spread thread, Spread jvm, Spread wall) {

    /** {@code without} and {@code with} hold one timing per round, in the same order. */
    static Overhead between(List<Timing> without, List<Timing> with) {
        return new Overhead(added(without, with, Timing::threadMillis), added(without, with, Timing::jvmMillis),
                added(without, with, Timing::wallMillis));
    }

    private static Spread added(List<Timing> without, List<Timing> with, ToDoubleFunction<Timing> figure) {
        return Spread.of(IntStream.range(0, without.size())
                .mapToObj(round -> figure.applyAsDouble(with.get(round)) / figure.applyAsDouble(without.get(round)) - 1)
                .toList());
    }
}
