package dev.weft.backend;

import java.util.concurrent.Executor;

/**
 * The platform threads that help callers with CPU-bound regions and loops: daemon threads named
 * {@code weft-worker-N}, ended after 30 idle seconds.
 */
public final class WorkerThreads {
    private static final GrowingPool POOL = new GrowingPool("weft-worker-", 30);

    private WorkerThreads() {}

    /** Threads for regions of up to {@code width} workers (the caller counts as one of them). */
    public static Executor forWidth(int width) {
        return POOL.forWidth(width);
    }
}
