package dev.weft.backend;

import dev.weft.internal.Exceptions;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One parallel region: the same worker loop run by the calling thread and by helper threads, each
 * taking work from a shared source until none is left.
 *
 * <p>Every thread is accounted for. {@link #run} returns only when each helper has either finished
 * or been withdrawn before it started, so no helper ever touches the caller's data after the call
 * returned. A helper still queued behind another region when the work runs out is withdrawn
 * instead of waited for: the caller never waits for work it could do itself, which is also why a
 * region cannot deadlock on a busy pool.
 *
 * <p>Failure: the first exception a worker throws cancels the region. The other workers stop taking
 * work, helpers are interrupted so that a blocked task stops early, and {@link #run} rethrows that
 * first exception unchanged once all the helpers have stopped. Later exceptions are attached to it
 * as suppressed, except the {@link InterruptedException}s that the cancellation itself caused.
 *
 * <p>Interruption: if the caller is interrupted while it waits for the helpers, the region is
 * cancelled, the helpers are interrupted and waited for, and a {@link CancellationException} is
 * thrown with the caller's interrupt status set again.
 *
 * <p>Nesting: a region started by a thread that is already working in a region runs on that thread
 * alone, so parallel code inside parallel tasks never multiplies the number of busy threads.
 */
public final class Region {

    /** A worker's loop: take work while {@link Region#cancelled()} is false and work remains. */
    @FunctionalInterface
    public interface Worker {
        void work(Region region) throws Exception;
    }

    private static final ThreadLocal<Boolean> WORKING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final List<Helper> helpers = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    private Region() {}

    /** Whether the calling thread is already working inside a region. */
    public static boolean insideRegion() {
        return WORKING.get();
    }

    /**
     * Runs {@code worker} on the calling thread and on up to {@code width - 1} helpers taken from
     * {@code helpers}, and returns when all of them have stopped. A nested call, or a width of one,
     * runs the worker on the calling thread alone.
     */
    public static void run(Executor helpers, int width, Worker worker) {
        Region region = new Region();
        if (width <= 1 || insideRegion()) {
            region.runWorker(worker);
        } else {
            region.runWithHelpers(helpers, width - 1, worker);
        }
        Throwable first = region.failure.get();
        if (first != null) {
            throw Exceptions.rethrow(first);
        }
    }

    /** True once a worker has failed or the caller was interrupted: workers stop taking work. */
    public boolean cancelled() {
        return cancelled;
    }

    private void runWithHelpers(Executor pool, int count, Worker worker) {
        Thread caller = Thread.currentThread();
        for (int i = 0; i < count && !cancelled; i++) {
            Helper helper = new Helper(worker, caller);
            helpers.add(helper);
            try {
                pool.execute(helper);
            } catch (RejectedExecutionException poolFull) {
                helpers.remove(helper);
                break; // fewer helpers: the caller and those already started share the work
            }
        }
        runWorker(worker);
        boolean callerInterrupted = false;
        for (Helper helper : helpers) {
            callerInterrupted |= helper.withdrawOrAwait();
        }
        if (callerInterrupted) {
            caller.interrupt();
        }
    }

    private void runWorker(Worker worker) {
        boolean outermost = !WORKING.get();
        WORKING.set(Boolean.TRUE);
        try {
            worker.work(this);
        } catch (Throwable t) {
            fail(t);
        } finally {
            if (outermost) {
                WORKING.remove();
            }
        }
    }

    private void fail(Throwable t) {
        if (failure.compareAndSet(null, t)) {
            cancelled = true;
            for (Helper helper : helpers) {
                helper.interrupt();
            }
        } else if (!(t instanceof InterruptedException) && failure.get() != t) {
            failure.get().addSuppressed(t);
        }
    }

    /** Cancels the region because its caller was interrupted while waiting. */
    private void callerInterrupted() {
        fail(new CancellationException("Interrupted while waiting for parallel work; the remaining work was cancelled"));
    }

    /**
     * A helper's run, with the small state machine that lets the caller either withdraw it before
     * it starts or wait for it to finish, and interrupt it only while it is running.
     */
    private final class Helper implements Runnable {
        private static final int QUEUED = 0, RUNNING = 1, DONE = 2;

        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private final Worker worker;
        private final Thread caller;
        private volatile Thread runner;

        Helper(Worker worker, Thread caller) {
            this.worker = worker;
            this.caller = caller;
        }

        @Override
        public void run() {
            runner = Thread.currentThread();
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return; // withdrawn while queued
            }
            try {
                if (!cancelled) {
                    runWorker(worker);
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
         * Withdraws the helper if it has not started, or waits until it has finished.
         *
         * @return whether the caller was interrupted while waiting; its status is cleared so that
         *     it can go on waiting for the other helpers, and set again once they have all stopped
         */
        boolean withdrawOrAwait() {
            if (state.compareAndSet(QUEUED, DONE)) {
                return false;
            }
            boolean callerWasInterrupted = false;
            while (state.get() != DONE) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    callerWasInterrupted = true;
                    callerInterrupted();
                }
            }
            return callerWasInterrupted;
        }

        /** Interrupts the helper only while it still runs this region's work. */
        synchronized void interrupt() {
            if (state.get() == RUNNING) {
                runner.interrupt();
            }
        }
    }
}
