package dev.weft.internal;

import dev.weft.Weft;
import dev.weft.Workload;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the fan-out tests share: specs, inputs, a scope with a fixed number of workers, thread lookups. */
final class Tasks {
    static final TaskSpec CPU = new TaskSpec("dev.weft.Example.compute(Integer)", Workload.CPU, "");

    private Tasks() {}

    static List<Integer> range(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toList());
    }

    static Weft.Scope workers(int parallelism) {
        return Weft.configure().backend("threads").parallelism(parallelism).apply();
    }

    /** Blocks until the thread is interrupted, the way a task waiting for I/O would. */
    static void blockUntilInterrupted() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    /** Blocks until interrupted, then reports it to {@code onInterrupt} and throws on. */
    static void blockUntilInterrupted(Runnable onInterrupt) throws InterruptedException {
        try {
            blockUntilInterrupted();
        } catch (InterruptedException e) {
            onInterrupt.run();
            throw e;
        }
    }

    /** The live threads whose names say they are Weft's. */
    static List<Thread> weftThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("weft-"))
                .collect(Collectors.toList());
    }

    /** Waits until the threads that run asynchronous fan-outs have ended. */
    static void joinFanOutThreads() throws InterruptedException {
        for (Thread thread : weftThreads()) {
            if (thread.getName().startsWith("weft-fanout-")) {
                thread.join();
            }
        }
    }
}
