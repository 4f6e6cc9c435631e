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
            Thread thread = new Numbered(task, prefix, nextId.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The number that ends {@code thread}'s name if it is one of these threads; 0 for any other thread. */
    static int number(Thread thread) {
        return thread instanceof Numbered numbered ? numbered.number : 0;
    }

    private static final class Numbered extends Thread {
        private final int number;

        Numbered(Runnable task, String prefix, int number) {
            super(task, prefix + number);
            this.number = number;
        }
    }
}
