package dev.weft.backend;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Daemon platform threads for the helpers of regions: created on first use, grown to the widest
 * region asked for, and ended after they have been idle for a while, so an application that stops
 * using Weft goes back to the threads it had.
 *
 * <p>A helper that finds every thread busy waits in the queue rather than being turned away: a
 * region whose helpers were all refused would run on its caller alone, however wide it was meant
 * to be. A queued helper costs nothing when the work runs out first, because its region withdraws
 * it.
 *
 * <p>A pool may keep its idle threads awake for a moment: a thread that finds no work looks for
 * more for {@code spinNanos} before it sleeps. A region started meanwhile, as the next run of a
 * loop run many times in a row is, finds its helper at once instead of waking it, which takes
 * tens of microseconds.
 */
final class GrowingPool {
    /**
     * A spinning thread yields its core this often. A thread just woken may be put on the core of
     * the thread that woke it, which an idle core takes over from only a while later: spinning
     * there without yielding would keep the waker from running for the whole spin.
     */
    private static final int YIELD_EVERY_SPINS = 256;
    private final ThreadPoolExecutor pool;
    /** The pool's threads that are not asleep waiting for work: running a task, or looking for one. */
    private final AtomicInteger awake = new AtomicInteger();

    GrowingPool(String threadPrefix, long idleSeconds, long spinNanos) {
        pool = new ThreadPoolExecutor(1, 1, idleSeconds, TimeUnit.SECONDS, new AwakeQueue(spinNanos),
                counted(DaemonThreads.named(threadPrefix)));
        pool.allowCoreThreadTimeOut(true);
    }

    /** Threads counted as awake from their start to their end, but while they sleep in the queue. */
    private ThreadFactory counted(ThreadFactory threads) {
        return task -> threads.newThread(() -> {
            awake.incrementAndGet();
            try {
                task.run();
            } finally {
                awake.decrementAndGet();
            }
        });
    }

    /** Whether one of the pool's threads is awake: a region started now gets a helper within a microsecond or so. */
    boolean awake() {
        return awake.get() > 0;
    }

    /**
     * The pool's queue, where a thread that finds no work spins for a while before it sleeps. A task
     * offered while a thread spins is handed to it through one slot, bypassing the queue's locks and
     * signals: those cost a region of two workers more than its helper's own work does when the work
     * takes a few microseconds, as each run of a loop inside a sequential loop may.
     */
    private final class AwakeQueue extends LinkedBlockingQueue<Runnable> {
        private final long spinNanos;
        /** The threads spinning in {@link #spin}, which look in {@link #handOff} for a task. */
        private final AtomicInteger spinning = new AtomicInteger();
        /** A task for whichever spinning thread takes it first. */
        private final AtomicReference<Runnable> handOff = new AtomicReference<>();

        AwakeQueue(long spinNanos) {
            this.spinNanos = spinNanos;
        }

        @Override
        public boolean offer(Runnable task) {
            if (spinning.get() > 0 && handOff.compareAndSet(null, task)) {
                // The spinners may all have stopped since: a thread that stops spinning looks in
                // the slot once more after it is no longer counted, so either it takes the task
                // (or queues it, leaving with another), or this sees it gone and takes it back.
                if (spinning.get() > 0 || !handOff.compareAndSet(task, null)) {
                    return true;
                }
            }
            return super.offer(task);
        }

        @Override
        public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            Runnable task = spin();
            if (task != null) {
                return task;
            }
            awake.decrementAndGet();
            try {
                return super.poll(timeout, unit);
            } finally {
                awake.incrementAndGet();
            }
        }

        @Override
        public Runnable take() throws InterruptedException {
            Runnable task = spin();
            if (task != null) {
                return task;
            }
            awake.decrementAndGet();
            try {
                return super.take();
            } finally {
                awake.incrementAndGet();
            }
        }

        /** Looks for work for {@code spinNanos}, as long as the thread is not interrupted. */
        private Runnable spin() {
            if (spinNanos <= 0) {
                return null;
            }
            long began = System.nanoTime();
            int spins = 0;
            Runnable task = null;
            spinning.incrementAndGet();
            try {
                while (System.nanoTime() - began < spinNanos && !Thread.currentThread().isInterrupted()) {
                    task = takeHandedOff();
                    if (task == null) {
                        task = poll();
                    }
                    if (task != null) {
                        break;
                    }
                    if (++spins % YIELD_EVERY_SPINS == 0) {
                        Thread.yield();
                    } else {
                        Thread.onSpinWait();
                    }
                }
            } finally {
                spinning.decrementAndGet();
            }
            // A task handed over as this thread stopped counting as spinning is this thread's to
            // take, or, where it leaves with another, to put in the queue for the next thread.
            Runnable handedOff = takeHandedOff();
            if (task == null) {
                return handedOff;
            }
            if (handedOff != null) {
                super.offer(handedOff);
            }
            return task;
        }

        private Runnable takeHandedOff() {
            return handOff.get() == null ? null : handOff.getAndSet(null);
        }
    }

    /**
     * Has a thread awake within tens of microseconds, for the regions expected next: when none is,
     * an empty task starts one (a thread created if need be), which then stays awake looking for
     * more work as any thread does after a task.
     */
    void wake() {
        if (awake.get() == 0) {
            pool.execute(() -> {});
            // The thread woken is often queued on this thread's core, while the other cores idle,
            // and waits there for this thread's time slice to end: a millisecond or more, measured
            // from a caller that works on. Yielding once lets it run, and the idle cores take it over.
            Thread.yield();
        }
    }

    /** Threads for regions of up to {@code width} workers (the caller counts as one of them). */
    Executor forWidth(int width) {
        int helpers = Math.max(1, width - 1);
        if (pool.getMaximumPoolSize() >= helpers) {
            return pool; // grown already: no lock, as a region started many times a second asks every time
        }
        synchronized (pool) {
            if (pool.getMaximumPoolSize() < helpers) {
                pool.setMaximumPoolSize(helpers);
                pool.setCorePoolSize(helpers);
            }
        }
        return pool;
    }
}
