package dev.weft.backend;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Daemon platform threads for the helpers of regions: created on first use, grown to the widest
 * region asked for, and ended after they have been idle for a while, so an application that stops
 * using Weft goes back to the threads it had.
 *
 * <p>A helper that finds every thread busy waits in the queue rather than being turned away: a
 * region whose helpers were all refused would run on its caller alone, however wide it was meant
 * to be. A queued helper costs nothing when the work runs out first, because its region withdraws
 * it.
 */
final class GrowingPool {
    private final ThreadPoolExecutor pool;

    GrowingPool(String threadPrefix, long idleSeconds) {
        pool = new ThreadPoolExecutor(1, 1, idleSeconds, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                DaemonThreads.named(threadPrefix));
        pool.allowCoreThreadTimeOut(true);
    }

    /** Threads for regions of up to {@code width} workers (the caller counts as one of them). */
    Executor forWidth(int width) {
        int helpers = Math.max(1, width - 1);
        synchronized (pool) {
            if (pool.getMaximumPoolSize() < helpers) {
                pool.setMaximumPoolSize(helpers);
                pool.setCorePoolSize(helpers);
            }
        }
        return pool;
    }
}
