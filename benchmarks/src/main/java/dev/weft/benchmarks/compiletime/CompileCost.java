package dev.weft.benchmarks.compiletime;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Times {@code javac} on a generated project of plain classes, with and without Weft's processor on
 * the processor path, and with idle processors in its place; and again with some of the loops annotated.
 *
 * <p>{@code javac} runs in this JVM through {@code javax.tools}, as Maven runs it, and each build
 * loads the processor afresh from the processor path, as every build does. It is measured as compiled
 * code: untimed rounds of every build come first, until the JIT compiler is mostly done with javac.
 * Then each timed round runs every build once, starting from a different one each round. No garbage
 * collection is forced between builds: a full collection shrinks the heap, and the next build paid
 * for growing it again, in the kernel; a young collection after a build costs little, its garbage
 * being dead.
 *
 * <p>Besides the wall time and the JVM's CPU time, a build is timed by the CPU time of the thread
 * that runs javac: javac and its processors run on that one thread, and its time leaves out the JIT
 * compiler's and the garbage collector's threads, which vary from build to build with what was
 * compiled or collected before.
 *
 * <p>Usage: {@code CompileCost <processor-path directory> <output json> [classes] [annotated] [runs]}.
 */
public final class CompileCost {
    /** The JIT compiler's share of a build's CPU time below which javac counts as warmed up. */
    private static final double WARM_JIT_SHARE = 0.1;
    /** Warm-up rounds at most, so that a machine busy with other work still ends the measurement. */
    private static final int MAX_WARM_UP_ROUNDS = 5;

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private CompileCost() {}

    public static void main(String[] args) throws IOException {
        Path processorPath = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int annotated = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 7;

        Path work = Files.createTempDirectory("weft-compile-cost");
        try {
            List<Path> processorJars = jars(processorPath);
            String classPath = processorJars.stream()
                    .filter(jar -> jar.getFileName().toString().startsWith("weft-runtime"))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no weft-runtime jar in " + processorPath))
                    .toString();
            String weftProcessorPath = processorJars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            List<Path> plain = GeneratedProject.write(work.resolve("plain"), classes, 0);
            List<Path> withLoops = GeneratedProject.write(work.resolve("annotated"), classes, annotated);
            Path idleAny = IdleProcessor.writePath(work.resolve("idle-any"), IdleProcessor.AnyAnnotation.class);
            Path idleOne = IdleProcessor.writePath(work.resolve("idle-one"), IdleProcessor.OneAnnotation.class);
            List<Build> builds = List.of(
                    new Build(work, plain, classPath, null),
                    new Build(work, plain, classPath, weftProcessorPath),
                    new Build(work, plain, classPath, idleAny.toString()),
                    new Build(work, plain, classPath, idleOne.toString()),
                    new Build(work, withLoops, classPath, null),
                    new Build(work, withLoops, classPath, weftProcessorPath));
            int warmUpRounds = warmUp(builds);
            for (int round = 0; round < runs; round++) {
                // Each round starts one build later, so that no build always follows the same one.
                for (int i = 0; i < builds.size(); i++) {
                    Build build = builds.get((round + i) % builds.size());
                    build.timings.add(build.run());
                }
            }
            CompileCostResult result = new CompileCostResult(classes, annotated, warmUpRounds,
                    System.getProperty("java.version"), builds.get(0).timings, builds.get(1).timings,
                    builds.get(2).timings, builds.get(3).timings, builds.get(4).timings, builds.get(5).timings);
            result.write(output);
            System.out.printf("javac, %d classes: the processor adds %+.1f %% to the plain project's build"
                            + " (an idle processor %+.1f %%; annotation processing takes %.1f %% of the build,"
                            + " Weft's own code %.1f %%), %+.1f %% with %d annotated loops; javac's thread CPU,"
                            + " median of %d rounds%n",
                    classes, 100 * result.plainOverhead().thread().median(),
                    100 * result.idleAnyOverhead().thread().median(), 100 * result.plainProcessingShare().median(),
                    100 * result.plainOwnShare().median(), 100 * result.annotatedOverhead().thread().median(),
                    annotated, runs);
        } finally {
            delete(work);
        }
    }

    /** Runs rounds of every build, untimed, until javac is compiled code; returns how many. */
    private static int warmUp(List<Build> builds) throws IOException {
        int rounds = 0;
        double jitShare;
        do {
            List<Timing> round = new ArrayList<>();
            for (Build build : builds) {
                round.add(build.run());
            }
            // The median build's, not the round's: Weft's processor with loops to analyse, loaded
            // afresh in every build, has its code JIT-compiled afresh in every build too.
            jitShare = Timing.jitShare(round);
            rounds++;
        } while (jitShare > WARM_JIT_SHARE && rounds < MAX_WARM_UP_ROUNDS);
        return rounds;
    }

    /** One kind of build, a project compiled with or without a processor, and its timed runs. */
    private static final class Build {
        private final Path work;
        private final List<Path> sources;
        private final List<String> options;
        final List<Timing> timings = new ArrayList<>();

        Build(Path work, List<Path> sources, String classPath, String processorPath) {
            this.work = work;
            this.sources = sources;
            options = new ArrayList<>(List.of("--release", "17", "-cp", classPath));
            if (processorPath != null) {
                options.addAll(List.of("-processorpath", processorPath));
            }
        }

        /**
         * Compiles into a fresh directory, left in place until the end of the measurement: on this
         * benchmark's machine, the build after the deletion of a thousand class files took twice the
         * CPU time, the difference in the kernel.
         */
        Timing run() throws IOException {
            Path out = Files.createTempDirectory(work, "classes");
            List<String> command = new ArrayList<>(options);
            command.addAll(List.of("-d", out.toString()));
            ProcessingTime processing = new ProcessingTime();
            double othersBefore = machineCpuMillis() - OS.getProcessCpuTime() / 1e6;
            long jitBefore = JIT.getTotalCompilationTime();
            long cpuBefore = OS.getProcessCpuTime();
            long threadBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            boolean compiled;
            try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, null)) {
                JavacTask task = (JavacTask) JAVAC.getTask(null, files, null, command, null,
                        files.getJavaFileObjectsFromPaths(sources));
                task.addTaskListener(processing);
                compiled = task.call();
            }
            long wall = System.nanoTime() - start;
            long thread = THREADS.getCurrentThreadCpuTime() - threadBefore;
            long cpu = OS.getProcessCpuTime() - cpuBefore;
            long jit = JIT.getTotalCompilationTime() - jitBefore;
            double others = machineCpuMillis() - OS.getProcessCpuTime() / 1e6 - othersBefore;
            if (!compiled) {
                throw new IllegalStateException("javac failed: " + String.join(" ", command));
            }
            return new Timing(wall / 1e6, thread / 1e6, cpu / 1e6, processing.nanos / 1e6,
                    processing.roundNanos / 1e6, jit, others);
        }
    }

    /** The listening thread's CPU time in annotation processing from its first round on, and in the rounds. */
    private static final class ProcessingTime implements TaskListener {
        private long start = -1;
        private long roundStart;
        long nanos;
        long roundNanos;

        @Override
        public void started(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND) {
                roundStart = THREADS.getCurrentThreadCpuTime();
                if (start < 0) {
                    start = roundStart;
                }
            }
        }

        @Override
        public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND) {
                roundNanos += THREADS.getCurrentThreadCpuTime() - roundStart;
            } else if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING && start >= 0) {
                nanos = THREADS.getCurrentThreadCpuTime() - start;
            }
        }
    }

    /**
     * The CPU time every process on the machine has used so far, from Linux's {@code /proc/stat}
     * (user, nice, system, irq and softirq, in ticks of 10 ms); NaN where there is no such file.
     */
    private static double machineCpuMillis() {
        try {
            String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(ticks[field]);
            }
            return busy * 10.0;
        } catch (IOException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private static List<Path> jars(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
