package dev.weft;

/**
 * What a {@link Parallelizable} method spends its time on, which decides how many of its calls Weft
 * runs at once.
 *
 * <p>CPU-bound work gains nothing from more workers than cores: extra workers only queue for the
 * same cores. Work that mostly waits (for a disk, a database, the network) gains from many waiting
 * calls at once, far more than the number of cores, because a waiting call costs almost nothing.
 */
public enum Workload {
    /**
     * Let the runtime find out: it measures the CPU time of the first calls against their wall time
     * and treats calls that mostly wait as {@link #IO}, the others as {@link #CPU}.
     */
    AUTO,

    /** Computation: at most one worker per core, so no two workers compete for one core. */
    CPU,

    /**
     * Waiting: concurrency in the hundreds, on virtual threads where the JDK has them (21 and later)
     * and on a bounded elastic pool of platform threads otherwise.
     */
    IO
}
