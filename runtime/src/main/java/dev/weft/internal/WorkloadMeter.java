package dev.weft.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Finds out whether a method of {@code Workload.AUTO} computes or waits: it adds up the CPU time and
 * the wall time of the first tasks, and once it has seen enough of them, gives its verdict. Tasks
 * that spent at least three quarters of their time waiting are I/O-bound; anything busier stays on
 * the CPU backend, which is the safe side when a loaded machine slows computation down. Tasks too
 * short to wait for anything stay there too, whatever their ratio: moving them would cost more than
 * they take.
 */
final class WorkloadMeter {
    /** Less waiting than this per task is noise, not I/O. */
    private static final long MIN_WAIT_NANOS_PER_TASK = 50_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME_READABLE = THREADS.isCurrentThreadCpuTimeSupported();

    private final int sample;
    private int measured;
    private long cpuNanos;
    private long wallNanos;
    private volatile boolean sampled;
    private volatile boolean mostlyWaiting;

    /** A meter that decides after {@code sample} tasks. */
    WorkloadMeter(int sample) {
        this.sample = sample;
    }

    /** Whether the sample is still being taken: a volatile read, as it is asked before every task. */
    boolean measuring() {
        return !sampled;
    }

    /** Whether the tasks measured so far, a whole sample of them, mostly waited. */
    boolean mostlyWaiting() {
        return mostlyWaiting;
    }

    /** Runs one task, measuring it while the sample is being taken. */
    void run(Indexed body, int index) throws Exception {
        if (!CPU_TIME_READABLE || !measuring()) {
            body.run(index);
            return;
        }
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        body.run(index);
        long cpuAfter = THREADS.getCurrentThreadCpuTime();
        if (cpuBefore >= 0 && cpuAfter >= 0) { // -1 on a thread whose CPU time the JVM does not track
            record(cpuAfter - cpuBefore, System.nanoTime() - wallBefore);
        }
    }

    /** Adds one task's times; the task that completes the sample settles the verdict. */
    synchronized void record(long cpu, long wall) {
        if (measured >= sample) {
            return;
        }
        cpuNanos += cpu;
        wallNanos += wall;
        measured++;
        if (measured == sample) {
            mostlyWaiting = cpuNanos * 4 <= wallNanos && wallNanos - cpuNanos >= sample * MIN_WAIT_NANOS_PER_TASK;
            sampled = true;
        }
    }
}
