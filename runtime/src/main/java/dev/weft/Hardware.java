package dev.weft;

import dev.weft.backend.VirtualThreads;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The machine as this JVM sees it, read once: everything the plan is decided from.
 *
 * @param cores processors available to the JVM; within a container with a CPU limit, the limit
 * @param physicalMemory bytes of memory of the machine, or of the container when it has a limit;
 *     {@code -1} when the JVM cannot tell
 * @param maxHeap the most bytes the heap may grow to ({@code -Xmx})
 * @param freeHeap bytes of heap still available when the hardware was read: {@code maxHeap} less
 *     what is in use
 * @param javaVersion the feature release of the running JDK, such as 17 or 25
 * @param virtualThreads whether this JVM can start virtual threads (JDK 21 and later)
 */
public record Hardware(
        int cores, long physicalMemory, long maxHeap, long freeHeap, int javaVersion, boolean virtualThreads) {

    /** Reads this JVM's hardware. */
    public static Hardware detect() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        int java = Runtime.version().feature();
        return new Hardware(
                runtime.availableProcessors(),
                detectPhysicalMemory(),
                runtime.maxMemory(),
                runtime.maxMemory() - used,
                java,
                VirtualThreads.available());
    }

    private static long detectPhysicalMemory() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getTotalMemorySize(); // container-aware since JDK 14
        }
        return -1;
    }
}
