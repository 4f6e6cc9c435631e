package dev.weft.backend;

import java.util.concurrent.Executor;

/**
 * The platform threads that help callers with CPU-bound regions and loops: daemon threads named
 * {@code weft-worker-N}, ended after 30 idle seconds. A thread that runs out of work stays awake
 * for {@link #SPIN_MICROS} microseconds before it sleeps, so that the next region of a caller that
 * starts many in a row (a parallel loop inside a sequential one) finds it at once.
 */
public final class WorkerThreads {
    static final long SPIN_MICROS = 100;
    private static final GrowingPool POOL = new GrowingPool("weft-worker-", 30, SPIN_MICROS * 1_000);

    private WorkerThreads() {}

    /** Threads for regions of up to {@code width} workers (the caller counts as one of them). */
    public static Executor forWidth(int width) {
        return POOL.forWidth(width);
    }

    /**
     * The number {@code N} of the calling thread if it is {@code weft-worker-N}, 0 on any other
     * thread: a loop that gives each thread the same share of its iterations from one run to the
     * next keeps that share's data in the cache of the core that last worked on it.
     */
    public static int currentNumber() {
        return DaemonThreads.number(Thread.currentThread());
    }

    /**
     * Whether a worker thread is awake, running a region's work or looking for more: a region
     * started now gets a helper within a microsecond or so, instead of the tens of microseconds
     * that waking a sleeping thread takes.
     */
    public static boolean awake() {
        return POOL.awake();
    }

    /**
     * Wakes a worker thread, if none is awake, for regions about to start: a loop run many times in
     * a row, each run too short to wait for a thread to wake, then finds one awake from its next run on.
     */
    public static void wake() {
        POOL.wake();
    }
}
