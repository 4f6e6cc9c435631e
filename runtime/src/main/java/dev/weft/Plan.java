package dev.weft;

import dev.weft.internal.MemorySize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the runtime detected and decided: a pure function of the {@link Hardware} and the
 * {@link Settings}, and, for each fan-out, of the method's hints. Nothing here looks at the running
 * machine, so a plan can be computed, and tested, for any machine:
 *
 * <pre>{@code
 * Hardware big = new Hardware(64, 1L << 40, 32L << 30, 30L << 30, 21, true);
 * Decision d = Plan.of(big, Settings.DEFAULTS).forTasks(Workload.CPU, "2g", 1000);
 * System.out.println(d);   // threads x 15: N·m < M: 2.0 GiB per task and 30.0 GiB of free heap allow 15 at once
 * }</pre>
 *
 * <p>The rules, in order: a forced {@code weft.backend} is followed, or refused with an exception
 * when it cannot serve the call; I/O-bound work waits on the async backend, as many calls at once as
 * {@code weft.io.concurrency} says; CPU-bound work gets one worker per core, or
 * {@code weft.parallelism}; a method of {@link Workload#AUTO} starts as CPU-bound and is measured
 * (see {@link #measuresWorkload}); and no more calls run at once than their {@code memoryPerTask}
 * fits in the free heap (N·m &lt; M). When that leaves fewer workers than worker processes with
 * heaps of their own would get from physical memory, and the calls can cross to another JVM
 * (serializable), they go to the {@code processes} backend instead.
 *
 * @param hardware the machine
 * @param settings what the user configured
 * @param parallelism the workers a CPU-bound fan-out or a loop gets, the calling thread included
 * @param parallelismReason how {@code parallelism} follows from the cores and the settings
 * @param cluster the cluster the {@code hazelcast} backend runs fan-outs on, {@link Cluster#NOT_JOINED}
 *     until one is looked up
 */
public record Plan(Hardware hardware, Settings settings, int parallelism, String parallelismReason, Cluster cluster) {
    /** Waiting calls at once on JDK 17's platform threads when {@code weft.io.concurrency} is not set. */
    public static final int PLATFORM_THREADS_IO_CONCURRENCY = 256;
    /** Waiting calls at once on virtual threads when {@code weft.io.concurrency} is not set. */
    public static final int VIRTUAL_THREADS_IO_CONCURRENCY = 4096;


    /** Checks that nothing is missing and that there is at least one worker. */
    public Plan {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parallelismReason, "parallelismReason");
        Objects.requireNonNull(cluster, "cluster");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
    }

    /** The plan for a machine and a configuration. */
    public static Plan of(Hardware hardware, Settings settings) {
        int cores = hardware.cores();
        int asked = settings.parallelism();
        if (settings.backend() == Backend.SEQUENTIAL) {
            return new Plan(hardware, settings, 1, "weft.backend=sequential runs everything on the calling thread",
                    Cluster.NOT_JOINED);
        }
        if (asked > 0) {
            return new Plan(hardware, settings, asked, "weft.parallelism=" + asked, Cluster.NOT_JOINED);
        }
        if (asked < 0) {
            // joblib's n_jobs: -1 is every core, -2 all but one, never fewer than one worker.
            int workers = Math.max(1, cores + 1 + asked);
            return new Plan(hardware, settings, workers, "weft.parallelism=" + asked + " on " + cores
                    + (cores == 1 ? " core" : " cores") + (asked == -1 ? ": all of them" : ": counted back from them"),
                    Cluster.NOT_JOINED);
        }
        if (cores == 1) {
            return new Plan(hardware, settings, 1, "1 core: threads would only take turns on it", Cluster.NOT_JOINED);
        }
        return new Plan(hardware, settings, cores, "one worker per core", Cluster.NOT_JOINED);
    }

    /** This plan for fan-outs on {@code joined}, the cluster {@code weft.hazelcast.*} names. */
    public Plan withCluster(Cluster joined) {
        return new Plan(hardware, settings, parallelism, parallelismReason, joined);
    }

    /**
     * How a parallel loop runs: always on threads of this JVM, because its iterations share the
     * caller's arrays. A {@code weft.backend} of {@code processes} or {@code async} chooses how
     * fan-outs run; loops stay on threads, and the decision says so. Its workers are always
     * {@link #parallelism()}, which is what the loop runtime reads.
     */
    public Decision forLoops() {
        Backend forced = settings.backend();
        String reason = forced == Backend.PROCESSES || forced == Backend.ASYNC || forced == Backend.HAZELCAST
                ? Settings.BACKEND + "=" + forced.key() + " applies to fan-outs; a loop's iterations share the"
                        + " caller's arrays, so it runs on threads: " + parallelismReason
                : parallelismReason;
        return limitedTo(new Decision(Backend.THREADS, parallelism, reason), parallelism);
    }

    /**
     * How {@code count} calls of a method with these hints run, in this JVM.
     *
     * @see #forTasks(Workload, String, int, boolean)
     */
    public Decision forTasks(Workload workload, String memoryPerTask, int count) {
        return forTasks(workload, memoryPerTask, count, false);
    }

    /**
     * How {@code count} calls of a method with these hints run.
     *
     * @param memoryPerTask the annotation's text, {@code ""} when not given
     * @param serializable whether the calls can cross to a worker process or a cluster member: the
     *     task and its arguments serializable. Only then may work that does not fit in this heap go
     *     to processes with heaps of their own, and only then does {@code hazelcast} take it.
     * @throws UnsupportedOperationException when {@code weft.backend} forces a backend that cannot
     *     run these calls, saying so instead of running them elsewhere
     * @throws IllegalArgumentException when {@code memoryPerTask} is not a memory size
     */
    public Decision forTasks(Workload workload, String memoryPerTask, int count, boolean serializable) {
        long perTask = MemorySize.parse(memoryPerTask);
        Decision wanted = switch (settings.backend()) {
            case SEQUENTIAL -> new Decision(Backend.SEQUENTIAL, 1, parallelismReason);
            case THREADS -> fitInHeap(threads(Settings.BACKEND + "=threads, " + parallelismReason), perTask);
            case ASYNC -> fitInHeap(async(Settings.BACKEND + "=async"), perTask);
            case PROCESSES -> {
                if (!serializable) {
                    throw new UnsupportedOperationException(Settings.BACKEND + "=processes cannot run these tasks:"
                            + " a task crosses to a worker process only when it is serializable, such as a lambda"
                            + " cast to (Task<A, R> & Serializable) whose captured arguments are serializable;"
                            + " use auto, threads, async or sequential");
                }
                yield fitInMemory(new Decision(Backend.PROCESSES, parallelism,
                        Settings.BACKEND + "=processes (serializable tasks only), " + parallelismReason), perTask);
            }
            case HAZELCAST -> onCluster(serializable);
            case AUTO -> automatic(workload, perTask, serializable);
        };
        return limitedTo(wanted, count);
    }

    /**
     * Every task that can cross goes to the cluster, as many at once as its members have cores;
     * the others are refused, never run here instead.
     */
    private Decision onCluster(boolean serializable) {
        if (!serializable) {
            throw new UnsupportedOperationException(Settings.BACKEND + "=hazelcast cannot run these tasks: a task crosses"
                    + " to a cluster member only when the method's receiver, arguments and result are serializable"
                    + " (the processor's note on the method names the type that is not); make them Serializable,"
                    + " or use auto, threads, async or sequential for this call");
        }
        if (cluster.unavailable() != null) {
            throw new UnsupportedOperationException(cluster.unavailable());
        }
        if (cluster.members().isEmpty()) {
            return new Decision(Backend.HAZELCAST, parallelism, Settings.BACKEND + "=hazelcast: " + cluster.source());
        }
        return new Decision(Backend.HAZELCAST, cluster.cores(), Settings.BACKEND + "=hazelcast: " + cluster.summary());
    }

    private Decision automatic(Workload workload, long perTask, boolean serializable) {
        Decision wanted = switch (workload) {
            case IO -> async("I/O-bound");
            case CPU -> threads(parallelismReason);
            case AUTO -> threads("workload AUTO: runs as CPU-bound (" + parallelismReason
                    + ") and moves to async when its first tasks mostly wait");
        };
        Decision inHeap = fitInHeap(wanted, perTask);
        if (inHeap == wanted || !serializable || wanted.backend() != Backend.THREADS) {
            return inHeap;
        }
        Decision inProcesses = fitInMemory(new Decision(Backend.PROCESSES, parallelism, parallelismReason), perTask);
        boolean notEvenOneInHeap = hardware.freeHeap() < perTask;
        boolean oneInMemory = hardware.physicalMemory() >= perTask;
        if (inProcesses.workers() <= inHeap.workers() && !(notEvenOneInHeap && oneInMemory)) {
            return inHeap;
        }
        return new Decision(Backend.PROCESSES, inProcesses.workers(), inHeap.reason()
                + "; worker processes with heaps of their own run " + inProcesses.workers() + " (" + inProcesses.reason() + ")");
    }

    /**
     * Whether calls of a method with this workload are measured while they run: its first tasks'
     * CPU time against their wall time decides whether the rest run as {@link Workload#IO} or as
     * {@link Workload#CPU}. Only when both the method and {@code weft.backend} leave it open.
     */
    public boolean measuresWorkload(Workload workload) {
        return workload == Workload.AUTO && settings.backend() == Backend.AUTO;
    }

    private Decision threads(String reason) {
        return new Decision(Backend.THREADS, parallelism, reason);
    }

    /**
     * Waiting calls run many at once, as many as {@code weft.io.concurrency} allows; but a
     * {@code weft.parallelism} the user set is a ceiling for every kind of work, as joblib's
     * {@code n_jobs} is.
     */
    private Decision async(String why) {
        String on = " on " + (hardware.virtualThreads() ? "virtual threads" : "a bounded elastic pool of platform threads");
        if (settings.parallelism() != 0) {
            return new Decision(Backend.ASYNC, parallelism, why + ": " + parallelism + " calls wait at once ("
                    + parallelismReason + ")" + on);
        }
        return new Decision(Backend.ASYNC, ioConcurrency(), why + ": " + ioConcurrency()
                + " calls wait at once (" + Settings.IO_CONCURRENCY
                + (settings.ioConcurrency() == Settings.IO_CONCURRENCY_NOT_SET ? " not set" : "") + ")" + on);
    }

    /**
     * How many waiting calls run at once: {@code weft.io.concurrency}, or, when it is not set, as
     * many as the threads they wait on can afford. A virtual thread waits for a few hundred bytes,
     * so thousands are cheap; a platform thread holds a stack of its own, so hundreds are enough to
     * hide the latency of a disk or a remote service.
     */
    public int ioConcurrency() {
        if (settings.ioConcurrency() != Settings.IO_CONCURRENCY_NOT_SET) {
            return settings.ioConcurrency();
        }
        return hardware.virtualThreads() ? VIRTUAL_THREADS_IO_CONCURRENCY : PLATFORM_THREADS_IO_CONCURRENCY;
    }

    /** N·m < M: no more calls at once than their memory fits in the free heap. */
    private Decision fitInHeap(Decision wanted, long perTask) {
        if (perTask == 0 || hardware.freeHeap() / perTask >= wanted.workers()) {
            return wanted;
        }
        long fit = hardware.freeHeap() / perTask;
        int workers = (int) Math.max(1, fit);
        String reason = "N·m < M: " + MemorySize.format(perTask) + " per task and " + MemorySize.format(hardware.freeHeap())
                + " of free heap allow " + workers + " at once"
                + (fit == 0 ? " (one task alone needs more than the free heap: give the JVM a larger -Xmx)" : "");
        return new Decision(wanted.backend(), workers, reason);
    }

    /** N·m < M for worker processes: no more of them than their heaps fit in physical memory. */
    private Decision fitInMemory(Decision wanted, long perTask) {
        long memory = hardware.physicalMemory();
        if (perTask == 0 || memory < 0 || memory / perTask >= wanted.workers()) {
            return wanted;
        }
        int workers = (int) Math.max(1, memory / perTask);
        return new Decision(wanted.backend(), workers, "N·m < M: " + MemorySize.format(perTask) + " per task and "
                + MemorySize.format(memory) + " of physical memory allow " + workers + " worker processes at once");
    }

    /** One worker, whatever the backend, is the calling thread alone. */
    private static Decision limitedTo(Decision decision, int count) {
        if (decision.backend() == Backend.PROCESSES || decision.backend() == Backend.HAZELCAST) {
            // A worker process is there for its own heap, a member for its machine, even for a single task.
            return decision.workers() <= count
                    ? decision
                    : new Decision(decision.backend(), Math.max(1, count), decision.reason());
        }
        if (count <= 1 || decision.workers() == 1) {
            String reason = count <= 1 && decision.workers() > 1 ? "a single task runs on the calling thread" : decision.reason();
            return new Decision(Backend.SEQUENTIAL, 1, reason);
        }
        return decision.workers() <= count ? decision : new Decision(decision.backend(), count, decision.reason());
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
        lines.add(row(Settings.IO_CONCURRENCY, settings.ioConcurrency() == Settings.IO_CONCURRENCY_NOT_SET
                ? "not set (" + ioConcurrency() + " on " + (hardware.virtualThreads() ? "virtual" : "platform") + " threads)"
                : String.valueOf(settings.ioConcurrency())));
        lines.add(row(Settings.PROCESS_TIMEOUT, describe(settings.processTimeout())));
        if (settings.backend() == Backend.HAZELCAST) {
            ClusterSettings asked = settings.cluster();
            lines.add(row(ClusterSettings.MEMBERS, asked.members().isEmpty()
                    ? "not set" + (asked.embedded() ? " (an embedded local cluster)" : "") : String.join(",", asked.members())));
            lines.add(row(ClusterSettings.CONFIG, asked.config().isEmpty() ? "not set" : asked.config()));
            lines.add(row(ClusterSettings.RETRIES, String.valueOf(asked.retries())));
            lines.add("  cluster");
            lines.add(row("source", cluster.unavailable() != null ? "unavailable: " + cluster.unavailable() : cluster.source()));
            for (Cluster.Member member : cluster.members()) {
                lines.add(row("member", member.toString()));
            }
        }
        lines.add("  decisions");
        lines.add(row("loops", explain(this::forLoops)));
        for (Workload workload : List.of(Workload.CPU, Workload.IO, Workload.AUTO)) {
            lines.add(row(workload + " tasks", explain(() -> forTasks(workload, "", Integer.MAX_VALUE, true))));
        }
        if (settings.backend() == Backend.HAZELCAST) {
            lines.add(row("not serializable", explain(() -> forTasks(Workload.CPU, "", Integer.MAX_VALUE, false))));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String explain(Supplier<Decision> decision) {
        try {
            return decision.get().toString();
        } catch (UnsupportedOperationException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static String describe(Duration timeout) {
        if (timeout.isZero()) {
            return "none";
        }
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }

    private static String row(String name, String value) {
        return String.format(Locale.ROOT, "    %-22s %s", name, value);
    }
}
