package dev.weft.benchmarks.report;

import dev.weft.Weft;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine the figures come from, read where the report is written: the script writes it right
 * after the measurements, on the same machine.
 *
 * @param cores the processors the JVM sees
 * @param cpu the processor's model, or the architecture where the model cannot be read
 * @param memoryBytes physical memory
 * @param os name and version
 * @param vms the virtual machines that ran the measurements
 * @param weftPlan what Weft's runtime decides on this machine
 */
record Machine(int cores, String cpu, long memoryBytes, String os, List<String> vms, String weftPlan) {

    static Machine describe(List<Measurement> measurements) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel().orElse(System.getProperty("os.arch")),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                measurements.stream().map(Measurement::vm).distinct().toList(),
                Weft.plan().toString());
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException notLinux) {
            return Optional.empty();
        }
    }
}
