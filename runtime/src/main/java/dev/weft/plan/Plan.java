package dev.weft.plan;

import dev.weft.Workload;
import dev.weft.hardware.Hardware;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the runtime detected and decided: a pure function of the {@link Hardware} and the
 * {@link Settings}, and, for each fan-out, of the method's hints.
 *
 * @param hardware the machine
 * @param settings what the user configured
 * @param parallelism the workers a CPU-bound fan-out or a loop gets, the calling thread included
 * @param parallelismReason how {@code parallelism} follows from the cores and the settings
 */
public record Plan(Hardware hardware, Settings settings, int parallelism, String parallelismReason) {

    public Plan {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(settings, "settings");
    }

    /** The plan for a machine and a configuration. */
    public static Plan of(Hardware hardware, Settings settings) {
        int cores = hardware.cores();
        int asked = settings.parallelism();
        if (settings.backend() == Backend.SEQUENTIAL) {
            return new Plan(hardware, settings, 1, "weft.backend=sequential runs everything on the calling thread");
        }
        if (asked > 0) {
            return new Plan(hardware, settings, asked, "weft.parallelism=" + asked);
        }
        if (asked < 0) {
            // joblib's n_jobs: -1 is every core, -2 all but one, never fewer than one worker.
            int workers = Math.max(1, cores + 1 + asked);
            return new Plan(hardware, settings, workers,
                    "weft.parallelism=" + asked + " on " + cores + " cores (" + (asked == -1 ? "all cores" : "counted back from the cores") + ")");
        }
        return new Plan(hardware, settings, cores, "one worker per core");
    }

    /**
     * How {@code count} calls of a method with these hints run.
     *
     * @param memoryPerTask the annotation's text, {@code ""} when not given
     */
    public Decision forTasks(Workload workload, String memoryPerTask, int count) {
        if (parallelism == 1) {
            return new Decision(Backend.SEQUENTIAL, 1, parallelismReason);
        }
        long perTask = MemorySize.parse(memoryPerTask);
        if (perTask > 0) {
            long fit = hardware.freeHeap() / perTask;
            if (fit < parallelism) {
                int workers = (int) Math.max(1, fit);
                return new Decision(workers == 1 ? Backend.SEQUENTIAL : Backend.THREADS, workers,
                        "N·m < M: " + MemorySize.format(perTask) + " per task and "
                                + MemorySize.format(hardware.freeHeap()) + " of free heap allow " + workers
                                + " at once");
            }
        }
        return new Decision(Backend.THREADS, parallelism, parallelismReason);
    }

    /**
     * Everything detected and decided, one fact a line: the hardware, the settings, and how loops
     * and each kind of fan-out run, with the reason.
     */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        lines.add("Weft plan");
        lines.add("  hardware");
        lines.add(row("cores", hardware.cores() + " (as this JVM sees them, container limits included)"));
        lines.add(row("physical memory", MemorySize.format(hardware.physicalMemory())));
        lines.add(row("heap", MemorySize.format(hardware.maxHeap()) + " max, "
                + MemorySize.format(hardware.freeHeap()) + " free at startup"));
        lines.add(row("JDK", hardware.javaVersion()
                + (hardware.virtualThreads() ? ", virtual threads available" : ", no virtual threads")));
        lines.add("  settings");
        lines.add(row(Settings.BACKEND, settings.backend().key()));
        lines.add(row(Settings.PARALLELISM, settings.parallelism() == 0 ? "not set" : String.valueOf(settings.parallelism())));
        lines.add(row(Settings.PROGRESS, settings.progress().key()));
        lines.add("  decisions");
        lines.add(row("loops", new Decision(parallelism == 1 ? Backend.SEQUENTIAL : Backend.THREADS,
                parallelism, parallelismReason).toString()));
        for (Workload workload : Workload.values()) {
            lines.add(row(workload + " tasks", forTasks(workload, "", Integer.MAX_VALUE).toString()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String row(String name, String value) {
        return String.format(Locale.ROOT, "    %-18s %s", name, value);
    }
}
