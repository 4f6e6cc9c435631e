package dev.weft.internal;

import dev.weft.Schedule;
import java.util.Objects;

/**
 * What the processor knows about one {@code @ParallelFor} loop, written once into the companion
 * class as a constant and handed to {@link Loops} with every run of the loop; and what the runtime
 * has learnt about that loop since: how long one iteration takes, so that a loop known to be too
 * short to split runs inline without being timed again on every call.
 */
public final class LoopSpec {
    /** Every so many runs the loop is timed again, in case its iterations got dearer or cheaper. */
    private static final int RETIME_EVERY = 256;

    private final String loop;
    private final Schedule schedule;
    private final int chunk;
    private final int minIterations;
    private final int parallelism;
    /** Nanoseconds one iteration took when last timed; NaN before the first timing. */
    private volatile double nanosPerIteration = Double.NaN;
    /** Runs since the last timing; racy on purpose: a lost increment only delays a timing. */
    private int runsSinceTiming;

    /**
     * @param loop where the loop is, {@code Foo.java:42}: it names the loop in failures and progress
     * @param schedule the annotation's {@code schedule}
     * @param chunk the annotation's {@code chunk}, {@code 0} when the runtime chooses
     * @param minIterations the annotation's {@code minIterations}, {@code 0} for the adaptive threshold
     * @param parallelism the annotation's {@code parallelism}, {@code 0} to follow the plan
     */
    public LoopSpec(String loop, Schedule schedule, int chunk, int minIterations, int parallelism) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        if (chunk < 0 || minIterations < 0 || parallelism < 0) {
            throw new IllegalArgumentException("chunk, minIterations and parallelism must not be negative: " + loop);
        }
        this.chunk = chunk;
        this.minIterations = minIterations;
        this.parallelism = parallelism;
    }

    /** A loop with every decision left to the runtime. */
    public static LoopSpec of(String loop) {
        return new LoopSpec(loop, Schedule.AUTO, 0, 0, 0);
    }

    public String loop() {
        return loop;
    }

    public Schedule schedule() {
        return schedule;
    }

    public int chunk() {
        return chunk;
    }

    public int minIterations() {
        return minIterations;
    }

    public int parallelism() {
        return parallelism;
    }

    /** The time per iteration learnt so far, or NaN when the loop is due to be timed. */
    double knownNanosPerIteration() {
        if (++runsSinceTiming >= RETIME_EVERY) {
            return Double.NaN;
        }
        return nanosPerIteration;
    }

    void learnedNanosPerIteration(double nanos) {
        runsSinceTiming = 0;
        nanosPerIteration = nanos;
    }

    @Override
    public String toString() {
        return "LoopSpec[" + loop + ", " + schedule + ", chunk " + chunk + ", minIterations " + minIterations
                + ", parallelism " + parallelism + "]";
    }
}
