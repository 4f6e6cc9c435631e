package dev.weft.backend;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that help callers with I/O-bound regions, where most of each task's time is spent
 * waiting, so that hundreds of tasks at once cost little.
 *
 * <p>On JDK 21 and later, a new virtual thread for each helper: they cost a few hundred bytes while
 * they wait, so nothing is pooled. On JDK 17, a bounded elastic pool of daemon platform threads
 * named {@code weft-async-N}: threads are started as helpers are asked for, up to the widest region
 * asked for, and end after a short idle time. A helper the pool cannot take is not queued: the
 * region's other workers do its share.
 */
public final class AsyncThreads {
    private static final long IDLE_SECONDS = 10;
    private static final Executor EXECUTOR = VirtualThreads.factory()
            .<Executor>map(factory -> task -> factory.newThread(task).start())
            .orElseGet(AsyncThreads::elasticPool);

    private AsyncThreads() {}

    /** Threads for I/O-bound regions of up to {@code width} workers (the caller counts as one of them). */
    public static Executor forWidth(int width) {
        if (EXECUTOR instanceof ThreadPoolExecutor pool) {
            int helpers = Math.max(1, width - 1);
            synchronized (pool) {
                if (pool.getMaximumPoolSize() < helpers) {
                    pool.setMaximumPoolSize(helpers);
                }
            }
        }
        return EXECUTOR;
    }

    private static ThreadPoolExecutor elasticPool() {
        return new ThreadPoolExecutor(
                0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), DaemonThreads.named("weft-async-"));
    }
}
