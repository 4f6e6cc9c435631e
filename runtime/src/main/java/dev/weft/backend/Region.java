package dev.weft.backend;

import dev.weft.internal.Exceptions;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One parallel region: the same worker loop run by the calling thread and by helper threads, each
 * taking work from a shared source until none is left.
 *
 * <pre>{@code
 * AtomicInteger next = new AtomicInteger();
 * Region.run(WorkerThreads.forWidth(4), 4, region -> {
 *     for (int i; !region.cancelled() && (i = next.getAndIncrement()) < n; ) {
 *         out[i] = f(in[i]);
 *     }
 * });
 * }</pre>
 *
 * <p>Every thread is accounted for. {@link #run} returns only when each helper has either finished
 * or been withdrawn before it started, so no helper ever touches the caller's data after the call
 * returned. A helper still queued behind another region when the work runs out is withdrawn
 * instead of waited for: the caller never waits for work it could do itself, which is also why a
 * region cannot deadlock on a busy pool.
 *
 * <p>Failure: the first exception a worker throws cancels the region. The other workers stop taking
 * work, and every other thread still running the region's work, the caller included, is
 * interrupted so that a blocked task stops early. {@link #run} rethrows that first exception
 * unchanged once all the helpers have stopped. Later exceptions are attached to it as suppressed,
 * except the {@link InterruptedException}s and {@link CancellationException}s that the
 * cancellation itself caused. An interrupt the region sent to the caller is cleared before
 * {@link #run} returns, as is one sent to a helper before its thread goes back to its pool. (Java
 * has one interrupt flag per thread: an interrupt from outside that reaches the caller after the
 * region's own cannot be told apart from it, and is cleared with it.)
 *
 * <p>Interruption: if the caller is interrupted while it works or waits for the helpers, the
 * region is cancelled, the helpers are interrupted and waited for, and a
 * {@link CancellationException} is thrown with the caller's interrupt status set again.
 *
 * <p>Nesting: a region started by a thread that is already working in a region runs on that thread
 * alone, so parallel code inside parallel tasks never multiplies the number of busy threads.
 */
public final class Region {

    /** A worker's loop: take work while {@link Region#cancelled()} is false and work remains. */
    @FunctionalInterface
    public interface Worker {
        /** Takes and does work until none is left or {@code region} is cancelled; may throw anything. */
        void work(Region region) throws Exception;
    }

    /** How long the caller waits awake for a helper to finish before it parks. */
    private static final long AWAIT_SPIN_NANOS = 50_000;
    private static final ThreadLocal<Boolean> WORKING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Thread caller;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** The helpers started, the first {@link #started} of them; another thread reads them when a worker fails. */
    private final Helper[] helpers;
    private volatile int started;
    private volatile boolean cancelled;
    /** Guarded by {@code this}: whether the caller is inside the worker, where it may be interrupted. */
    private boolean callerWorking;
    /** Guarded by {@code this}: the region interrupted the caller, so the caller clears it again. */
    private boolean callerInterruptedByRegion;
    /** Read and written by the caller only. */
    private boolean callerInterruptedFromOutside;

    private Region(Thread caller, int helpers) {
        this.caller = caller;
        this.helpers = new Helper[helpers];
    }

    /** Whether the calling thread is already working inside a region. */
    public static boolean insideRegion() {
        return WORKING.get();
    }

    /**
     * Runs {@code worker} on the calling thread and on up to {@code width - 1} helpers taken from
     * {@code helpers}, and returns when all of them have stopped. A nested call, or a width of one,
     * runs the worker on the calling thread alone.
     *
     * @throws CancellationException when the caller was interrupted; its interrupt status is set
     * @throws RuntimeException the first exception a worker threw, unchanged, even a checked one
     */
    public static void run(Executor helpers, int width, Worker worker) {
        boolean parallel = width > 1 && !insideRegion();
        Region region = new Region(Thread.currentThread(), parallel ? width - 1 : 0);
        if (parallel) {
            region.startHelpers(helpers, worker);
        }
        region.runOnCaller(worker);
        region.awaitHelpers();
        region.finish();
    }

    /**
     * True once a worker has failed or the caller was interrupted: workers stop taking work. Checked
     * by the caller, it also notices an interrupt the caller's own tasks did not react to.
     */
    public boolean cancelled() {
        if (!cancelled && Thread.currentThread() == caller && caller.isInterrupted()) {
            callerInterrupted(null);
        }
        return cancelled;
    }

    private void startHelpers(Executor pool, Worker worker) {
        for (int i = 0; i < helpers.length && !cancelled; i++) {
            Helper helper = new Helper(worker);
            helpers[i] = helper;
            started = i + 1;
            try {
                pool.execute(helper);
            } catch (RejectedExecutionException poolFull) {
                started = i;
                break; // fewer helpers: the caller and those already started share the work
            }
        }
    }

    private void runOnCaller(Worker worker) {
        synchronized (this) {
            callerWorking = true;
        }
        Throwable thrown = runWorker(worker);
        boolean interruptedByRegion;
        synchronized (this) {
            callerWorking = false;
            interruptedByRegion = callerInterruptedByRegion;
            callerInterruptedByRegion = false;
            if (interruptedByRegion) {
                Thread.interrupted();
            }
        }
        if (thrown instanceof InterruptedException interrupted && !interruptedByRegion) {
            callerInterrupted(interrupted);
        } else if (thrown != null) {
            fail(thrown);
        }
    }

    private void awaitHelpers() {
        for (int i = 0, n = started; i < n; i++) {
            helpers[i].withdrawOrAwait();
        }
    }

    private void finish() {
        if (callerInterruptedFromOutside) {
            caller.interrupt();
        }
        Throwable first = failure.get();
        if (first != null) {
            throw Exceptions.rethrow(first);
        }
    }

    /** Runs the worker with this thread marked as working in a region; returns what it threw. */
    private Throwable runWorker(Worker worker) {
        try {
            runNested(() -> {
                worker.work(this);
                return null;
            });
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /**
     * Runs {@code work} on the calling thread as part of parallel work: a region it starts runs on
     * this thread alone, as a nested one does. A worker process runs its tasks so, for its JVM does
     * not know of the region that sent them there.
     */
    public static <T> T runNested(Callable<T> work) throws Exception {
        boolean outermost = !WORKING.get();
        WORKING.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            if (outermost) {
                WORKING.remove();
            }
        }
    }

    private void fail(Throwable t) {
        if (failure.compareAndSet(null, t)) {
            cancelled = true;
            interruptOthers();
        } else if (!isCancellationEcho(t) && failure.get() != t) {
            failure.get().addSuppressed(t);
        }
    }

    private static boolean isCancellationEcho(Throwable t) {
        return t instanceof InterruptedException || t instanceof CancellationException;
    }

    private void interruptOthers() {
        for (int i = 0, n = started; i < n; i++) {
            helpers[i].interrupt();
        }
        synchronized (this) {
            // A caller already interrupted was interrupted from outside: that interrupt is its own to keep.
            if (callerWorking && Thread.currentThread() != caller && !caller.isInterrupted()) {
                callerInterruptedByRegion = true;
                caller.interrupt();
            }
        }
    }

    /**
     * Cancels the region because its caller was interrupted. Called on the caller's thread only,
     * with the caller's interrupt status either still set or consumed by {@code cause}.
     */
    private void callerInterrupted(InterruptedException cause) {
        synchronized (this) {
            if (callerInterruptedByRegion) {
                return; // the region's own interrupt, seen before the region's cancelled flag
            }
        }
        callerInterruptedFromOutside = true;
        CancellationException cancellation = new CancellationException(
                "Interrupted while running parallel work; the remaining work was cancelled");
        cancellation.initCause(cause);
        fail(cancellation);
    }

    /**
     * A helper's run, with the small state machine that lets the caller either withdraw it before
     * it starts or wait for it to finish, and interrupt it only while it is running.
     */
    private final class Helper implements Runnable {
        private static final int QUEUED = 0, RUNNING = 1, DONE = 2;

        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private final Worker worker;
        private volatile Thread runner;

        Helper(Worker worker) {
            this.worker = worker;
        }

        @Override
        public void run() {
            runner = Thread.currentThread();
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return; // withdrawn while queued
            }
            try {
                if (!cancelled) {
                    Throwable thrown = runWorker(worker);
                    if (thrown != null) {
                        fail(thrown);
                    }
                }
            } finally {
                // An interrupt meant for this region must not leak into the pool's next task.
                synchronized (this) {
                    state.set(DONE);
                }
                Thread.interrupted();
                LockSupport.unpark(caller);
            }
        }

        /**
         * Withdraws the helper if it has not started, or waits until it has finished. An interrupt
         * of the caller meanwhile cancels the region; its status is cleared so that the caller can
         * go on waiting for the helpers, and set again once they have all stopped.
         */
        void withdrawOrAwait() {
            if (state.compareAndSet(QUEUED, DONE)) {
                return;
            }
            // A helper still running is most often finishing its last piece of work: waiting for it
            // awake costs less than being woken, which takes tens of microseconds.
            long began = System.nanoTime();
            while (state.get() != DONE && System.nanoTime() - began < AWAIT_SPIN_NANOS && !caller.isInterrupted()) {
                Thread.onSpinWait();
            }
            while (state.get() != DONE) {
                if (Thread.interrupted()) {
                    callerInterrupted(null);
                }
                LockSupport.park(this);
            }
        }

        /** Interrupts the helper only while it still runs this region's work. */
        synchronized void interrupt() {
            if (state.get() == RUNNING) {
                runner.interrupt();
            }
        }
    }
}
