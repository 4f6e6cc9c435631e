package dev.weft.benchmarks.workloads;

import dev.weft.Parallelizable;
import dev.weft.Workload;

/** An I/O-bound task stood in for by a sleep: it waits and hardly computes. */
public final class SleepingTask {
    public static final long MILLIS = 100;

    private SleepingTask() {}

    @Parallelizable(workload = Workload.IO)
    public static int sleepThenEcho(int id) throws InterruptedException {
        Thread.sleep(MILLIS);
        return id;
    }
}
