package dev.weft.examples.lessons;

import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.Hardware;
import dev.weft.internal.MemorySize;
import dev.weft.Plan;

/**
 * How many tasks to run at once: one per core while N·m &lt; M, where m is what one task needs and
 * M what the machine can give. This lesson prints what Weft detected here and what it decides for
 * tasks of growing size: all cores while they fit in this JVM's heap, worker processes with heaps of
 * their own when they do not fit in the heap but fit in the machine's memory, and fewer workers
 * when even the machine cannot hold one per core.
 */
public final class MemoryRule {
    private MemoryRule() {}

    public static void print() {
        Plan plan = Weft.plan();
        Hardware hardware = plan.hardware();
        System.out.println("  " + plan.toString().replace(System.lineSeparator(), System.lineSeparator() + "  "));
        System.out.println();
        long heapShare = hardware.freeHeap() / Math.max(1, hardware.cores()) / 2;
        long pastTheHeap = hardware.freeHeap();
        long pastTheMachine = hardware.physicalMemory() / 2;
        decide(plan, "CPU-bound, 64 small tasks", Workload.CPU, "", 64);
        decide(plan, "I/O-bound, 1000 waiting tasks", Workload.IO, "", 1000);
        decide(plan, "m = " + MemorySize.format(heapShare) + " (fits this heap)", Workload.CPU, megabytes(heapShare), 64);
        decide(plan, "m = " + MemorySize.format(pastTheHeap) + " (too big for this heap)", Workload.CPU,
                megabytes(pastTheHeap), 64);
        decide(plan, "m = " + MemorySize.format(pastTheMachine) + " (half the machine)", Workload.CPU,
                megabytes(pastTheMachine), 64);
    }

    private static void decide(Plan plan, String tasks, Workload workload, String memoryPerTask, int count) {
        String decision;
        try {
            decision = plan.forTasks(workload, memoryPerTask, count, true).toString();
        } catch (IllegalStateException refused) {
            decision = "refused: " + refused.getMessage();
        }
        System.out.printf("  %-40s → %s%n", tasks, decision);
    }

    private static String megabytes(long bytes) {
        return Math.max(1, bytes >> 20) + "m";
    }
}
