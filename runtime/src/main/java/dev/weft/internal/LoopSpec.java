package dev.weft.internal;

import dev.weft.Schedule;
import java.util.Objects;

/**
 * What the processor knows about one {@code @ParallelFor} loop, written once into the companion
 * class as a constant and handed to {@link Loops} with every run of the loop.
 *
 * @param loop where the loop is, {@code Foo.java:42}: it names the loop in failures
 * @param schedule the annotation's {@code schedule}
 * @param chunk the annotation's {@code chunk}, {@code 0} when the runtime chooses
 * @param minIterations the annotation's {@code minIterations}, {@code 0} for the adaptive threshold
 * @param parallelism the annotation's {@code parallelism}, {@code 0} to follow the plan
 */
public record LoopSpec(String loop, Schedule schedule, int chunk, int minIterations, int parallelism) {
    public LoopSpec {
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(schedule, "schedule");
        if (chunk < 0 || minIterations < 0 || parallelism < 0) {
            throw new IllegalArgumentException("chunk, minIterations and parallelism must not be negative: " + loop);
        }
    }

    /** A loop with every decision left to the runtime. */
    public static LoopSpec of(String loop) {
        return new LoopSpec(loop, Schedule.AUTO, 0, 0, 0);
    }
}
