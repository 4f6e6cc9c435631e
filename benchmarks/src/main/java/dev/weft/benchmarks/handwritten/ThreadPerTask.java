package dev.weft.benchmarks.handwritten;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The usual hand-written answer to many waiting tasks: a thread for each. */
public final class ThreadPerTask {
    private ThreadPerTask() {}

    /**
     * Virtual threads where the JDK has them (21+), else one platform thread per task. Found
     * reflectively because this module compiles for Java 17.
     */
    public static ExecutorService newExecutor() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            return Executors.newCachedThreadPool(DaemonThreads.named("thread-per-task-"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a virtual-thread executor", e);
        }
    }

}
