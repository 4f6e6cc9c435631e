package dev.weft.backend;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The platform threads that help callers with CPU-bound regions: daemon threads named
 * {@code weft-worker-N}, created on first use, grown to the widest region asked for, and ended
 * after they have been idle for a while, so an application that stops using Weft goes back to the
 * threads it had.
 */
public final class WorkerThreads {
    private static final long IDLE_SECONDS = 30;
    private static final ThreadPoolExecutor POOL = newPool();

    private WorkerThreads() {}

    /** Threads for regions of up to {@code width} workers (the caller counts as one of them). */
    public static Executor forWidth(int width) {
        int helpers = Math.max(1, width - 1);
        synchronized (POOL) {
            if (POOL.getMaximumPoolSize() < helpers) {
                POOL.setMaximumPoolSize(helpers);
                POOL.setCorePoolSize(helpers);
            }
        }
        return POOL;
    }

    private static ThreadPoolExecutor newPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("weft-worker-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
