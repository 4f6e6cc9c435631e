package dev.weft.backend;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Weft's platform threads: daemons, so they never keep an application alive, named for thread dumps. */
final class DaemonThreads {
    private DaemonThreads() {}

    /** Threads named {@code prefix1}, {@code prefix2}, ... */
    static ThreadFactory named(String prefix) {
        AtomicInteger nextId = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, prefix + nextId.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
