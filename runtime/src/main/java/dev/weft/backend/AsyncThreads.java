package dev.weft.backend;

import java.util.concurrent.Executor;

/**
 * The threads that help callers with I/O-bound regions, where most of each task's time is spent
 * waiting, so that hundreds of tasks at once cost little.
 *
 * <p>On JDK 21 and later, a new virtual thread for each helper: they cost a few hundred bytes while
 * they wait, so nothing is pooled. On JDK 17, a bounded elastic pool of daemon platform threads
 * named {@code weft-async-N}: grown to the widest region asked for (which {@code weft.io.concurrency}
 * bounds), ended after 10 idle seconds.
 */
public final class AsyncThreads {
    private static final Executor VIRTUAL = VirtualThreads.factory()
            .<Executor>map(factory -> task -> factory.newThread(task).start())
            .orElse(null);
    private static final GrowingPool ELASTIC = VIRTUAL == null ? new GrowingPool("weft-async-", 10, 0) : null;

    private AsyncThreads() {}

    /** Threads for I/O-bound regions of up to {@code width} workers (the caller counts as one of them). */
    public static Executor forWidth(int width) {
        return VIRTUAL != null ? VIRTUAL : ELASTIC.forWidth(width);
    }
}
