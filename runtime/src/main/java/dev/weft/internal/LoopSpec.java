package dev.weft.internal;

import dev.weft.Schedule;
import dev.weft.backend.WorkerThreads;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the processor knows about one {@code @ParallelFor} loop, written once into the companion
 * class as a constant and handed to {@link Loops} with every run of the loop; and what the runtime
 * has learnt about that loop since: how long one iteration takes, so that a loop known to be too
 * short to split runs inline without being timed again on every call.
 */
public final class LoopSpec {
    /**
     * A run known to take less than this in all runs to the end on the calling thread when the
     * worker threads are asleep: waking helpers costs tens of microseconds.
     */
    private static final long INLINE_NANOS = 100_000;
    /**
     * As {@link #INLINE_NANOS}, when a worker thread is awake (see
     * {@link dev.weft.backend.WorkerThreads#awake}): a helper then starts within a microsecond or
     * so, and a run this long gains from being split. A loop run many times in a row, inside a
     * sequential loop, keeps its helpers awake from one run to the next.
     */
    private static final long AWAKE_INLINE_NANOS = 12_000;
    /**
     * A loop whose last run split keeps splitting down to this share of the threshold: see
     * {@link #runsShort}.
     */
    private static final double STAY_SPLIT = 0.75;
    /**
     * A shorter timing says more about the clock than about the loop: it counts as this long, so
     * that a few iterations timed at next to nothing never pass for a loop of any length.
     */
    private static final long SHORTEST_TIMING_NANOS = 1_000;
    /**
     * A bucket takes the twin's short path where its longest runs would take this many times less
     * than the threshold: see {@link #learn}.
     */
    private static final int CLEARLY_SHORT = 4;
    /** How long a loop that was short must time long in all before the runtime believes it: see {@link #relearn}. */
    static final long DOUBT_NANOS = 5_000_000;
    /** The loops whose threshold is learnt, held weakly: a companion's class may be unloaded. */
    private static final Set<LoopSpec> LEARNING = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * Runs are learnt about by their length: bucket {@code b} holds the runs of {@code 2^b} to
     * {@code 2^(b+1) - 1} iterations. One cost per iteration learnt from runs of one length and
     * applied to runs of any other would misjudge a loop whose iterations cost more in its longer
     * runs, as a row elimination's do: learnt on its last, short rows, it would run its first,
     * long ones inline too. Runs of 2^31 iterations and more are never known to be short.
     */
    private static final int BUCKETS = 31;

    private final String loop;
    private final Schedule schedule;
    private final int chunk;
    private final int minIterations;
    private final int parallelism;
    /** Per bucket, the bits of the nanoseconds one iteration took when last timed; NaN before the first timing. */
    private final AtomicLongArray nanosPerIteration = new AtomicLongArray(BUCKETS + 1);
    /** Per bucket, what the runs timed long since its runs were last timed short took in all, racy as {@link #shortAsleep}. */
    private final long[] doubtedNanos = new long[BUCKETS + 1];
    /**
     * Per bucket, the {@link LoopClock} tick of its last timing, plain and racy as
     * {@link #shortAsleep}. A timing that races with a tick may outlive it: its runs are then
     * timed again a tick later.
     */
    private final int[] timedAt = new int[BUCKETS + 1];
    /**
     * The buckets whose runs are known to be short while the helpers sleep, one bit each: learnt
     * and cleared on every {@link LoopClock} tick, so that the loop is timed again in case its
     * iterations got dearer. Twins read it on every run, and it is plain and racy on purpose: an
     * int is never torn, a thread that sees it a while late decides on the previous timing, and
     * anything more than one plain read would cost a short loop a good part of its own time.
     */
    private int shortAsleep;
    /** As {@link #shortAsleep}, for the runs that are short even when a helper is awake: learnt from {@link #AWAKE_INLINE_NANOS}. */
    private int shortAwake;
    /** Whether the last run the runtime decided on split: plain and racy, a hint for {@link #runsShort}. */
    private boolean splitLast;

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
        for (int b = 0; b <= BUCKETS; b++) {
            nanosPerIteration.set(b, Double.doubleToRawLongBits(Double.NaN));
        }
        if (minIterations == 0) {
            LEARNING.add(this);
        }
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

    /**
     * Whether a run over the indices from {@code low} to {@code high}, every {@code step}-th of
     * them, is known to be too short to split: below {@code minIterations}, or as long as runs the
     * runtime has timed at under {@link #INLINE_NANOS}, or {@link #AWAKE_INLINE_NANOS} while a
     * worker thread is awake (a run too short even for that is answered with one plain read); a
     * run short only while the helpers sleep wakes one for the runs that come after it.
     * Generated twins ask this before anything else and then run the loop as written, so that a
     * short loop costs what the original costs; a run it answers {@code false} for goes through
     * {@link Loops}. Once a {@link LoopClock} tick since the last timing, the answer is
     * {@code false} until a run has timed the loop again.
     */
    public boolean runsInline(long low, long high, long step) {
        if (high <= low) {
            return true;
        }
        long iterations = iterations(low, high, step);
        if (Long.compareUnsigned(iterations, minIterations) < 0) {
            return true;
        }
        int bucket = bucket(iterations);
        if (bucket >= BUCKETS || (shortAsleep >>> bucket & 1) == 0) {
            return false;
        }
        if ((shortAwake >>> bucket & 1) != 0) {
            return true;
        }
        if (WorkerThreads.awake()) {
            return false;
        }
        // Too short to wait for a helper to wake, long enough to split with one awake: the runs
        // after this one, as a loop inside a sequential loop has, find one awake.
        WorkerThreads.wake();
        return true;
    }

    /**
     * As {@link #runsInline}, for a loop with a floating-point reduction that each iteration
     * updates once at most: also whether the run is short enough for its iterations to be chunks
     * of their own, which a twin checks for such a loop only where its schedule makes them so. The
     * loop as written then adds up exactly what a parallel run would, in the same order.
     */
    public boolean runsInlineExactly(long low, long high, long step) {
        // The span over the step may be one short of the count, as for an inclusive bound: below 256, not up to.
        return runsInline(low, high, step) && Long.compareUnsigned(iterations(low, high, step),
                Chunking.SINGLE_ITERATION_CHUNKS_UP_TO) < 0;
    }

    /** The span over the step: the iteration count, or one less (for a bound included, a step that does not divide). */
    private static long iterations(long low, long high, long step) {
        // The difference is exact as an unsigned number even where it overflows a long.
        long span = high - low;
        return step == 1 ? span : Long.divideUnsigned(span, step);
    }

    /** The bucket of runs of {@code iterations}, an unsigned count: {@link #BUCKETS} for the longest. */
    private static int bucket(long iterations) {
        return Math.min(BUCKETS, 63 - Long.numberOfLeadingZeros(iterations | 1));
    }

    /** The most iterations a run of {@code bucket} has: a bucket is short when its longest runs are. */
    private static long longest(int bucket) {
        return (2L << bucket) - 1;
    }

    /** Forgets every learnt threshold, on a {@link LoopClock} tick: each loop is timed again. */
    static void expireAll() {
        synchronized (LEARNING) {
            LEARNING.forEach(spec -> {
                spec.shortAsleep = 0;
                spec.shortAwake = 0;
            });
        }
    }

    /** The time per iteration learnt so far for runs of {@code iterations}, or NaN when they are due to be timed. */
    double knownNanosPerIteration(long iterations) {
        int bucket = bucket(iterations);
        return timedAt[bucket] == LoopClock.ticks() ? lastNanosPerIteration(bucket) : Double.NaN;
    }

    private double lastNanosPerIteration(int bucket) {
        return Double.longBitsToDouble(nanosPerIteration.get(bucket));
    }

    /** Whether the last timing of runs as long, however old, says that {@code iterations} are short while the helpers sleep. */
    boolean wasShort(long iterations) {
        return isShort(lastNanosPerIteration(bucket(iterations)), iterations, false);
    }

    /**
     * Whether {@code iterations} of {@code perIteration} nanoseconds take less than
     * {@link #AWAKE_INLINE_NANOS} where {@code helpersAwake}, less than {@link #INLINE_NANOS}
     * otherwise; never for NaN.
     */
    static boolean isShort(double perIteration, long iterations, boolean helpersAwake) {
        return perIteration * iterations < (helpersAwake ? AWAKE_INLINE_NANOS : INLINE_NANOS);
    }

    /** What {@code iterations} that took {@code nanos} on one thread say one takes; NaN for none. */
    static double perIteration(long nanos, long iterations) {
        return iterations > 0 ? (double) Math.max(nanos, SHORTEST_TIMING_NANOS) / iterations : Double.NaN;
    }

    /**
     * Learns from a run of {@code iterations} timed on the calling thread at {@code nanos}, as
     * {@link #learn} does, except where runs as long were short when last timed and this one says
     * it is long. Such a run went through the runtime, whose code (the chunk method, the range) the
     * twin's short path never runs: after a stretch of short runs that code may never have been
     * compiled, and run many times slower than the loop as written. The runs stay due to be timed
     * instead, and the runs that time long are believed once they add up to {@link #DOUBT_NANOS}:
     * by then the compiler has caught up, or the loop is long indeed and has lost little time.
     */
    void relearn(long nanos, long iterations) {
        double perIteration = perIteration(nanos, iterations);
        if (wasShort(iterations) && !isShort(perIteration, iterations, false)) {
            int bucket = bucket(iterations);
            doubtedNanos[bucket] += nanos;
            if (doubtedNanos[bucket] < DOUBT_NANOS) {
                return;
            }
        }
        learn(perIteration, iterations);
    }

    /** Learns the time one iteration takes in runs as long as {@code iterations}, from {@link #perIteration}; a NaN teaches nothing. */
    void learn(double perIteration, long iterations) {
        if (Double.isNaN(perIteration)) {
            return;
        }
        int bucket = bucket(iterations);
        nanosPerIteration.set(bucket, Double.doubleToRawLongBits(perIteration));
        doubtedNanos[bucket] = 0;
        if (minIterations == 0 && bucket < BUCKETS) {
            int bit = 1 << bucket;
            // Racy read-modify-writes: a bit another thread learns meanwhile may be lost, and is learnt again.
            // Only a bucket whose longest run is well short takes the twin's short path: runs near
            // where splitting starts to pay go through the runtime, which times them one by one, as
            // a bucket's runs may cost twice as much an iteration at one end as at the other (the
            // rows below each pivot of an elimination get fewer and shorter at once).
            long clearlyShort = longest(bucket) * CLEARLY_SHORT;
            shortAsleep = isShort(perIteration, clearlyShort, false) ? shortAsleep | bit : shortAsleep & ~bit;
            shortAwake = isShort(perIteration, clearlyShort, true) ? shortAwake | bit : shortAwake & ~bit;
        }
        timedAt[bucket] = LoopClock.ticks();
    }

    /**
     * Whether a run of {@code iterations} at {@code perIteration} is short enough to run on the
     * calling thread. A loop whose last run split keeps splitting down to a shorter run than one
     * that ran inline starts to: switching moves the data from one core's cache to the other's,
     * and runs near the threshold, timed a little long one time and a little short the next,
     * would otherwise switch back and forth.
     */
    boolean runsShort(double perIteration, long iterations, boolean helpersAwake) {
        double nanos = perIteration * iterations;
        long threshold = helpersAwake ? AWAKE_INLINE_NANOS : INLINE_NANOS;
        return nanos < (splitLast ? STAY_SPLIT * threshold : threshold);
    }

    /**
     * Records whether the run the runtime just decided on splits. Written only when that changes,
     * so that a loop run from several threads at once does not share a written cache line.
     */
    void ranSplit(boolean split) {
        if (splitLast != split) {
            splitLast = split;
        }
    }

    @Override
    public String toString() {
        return "LoopSpec[" + loop + ", " + schedule + ", chunk " + chunk + ", minIterations " + minIterations
                + ", parallelism " + parallelism + "]";
    }
}
