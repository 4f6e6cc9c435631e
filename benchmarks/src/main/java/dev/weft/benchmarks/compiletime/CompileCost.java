package dev.weft.benchmarks.compiletime;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Times {@code javac} on a generated project of plain classes, with and without Weft's processor on
 * the processor path, and with a processor that does nothing; and again with some of the loops annotated.
 *
 * <p>{@code javac} runs in this JVM, as it does inside Maven, after warm-up builds so that it is
 * measured as compiled code. Each build loads the processor afresh from the processor path, as
 * every build does. Besides the wall time, the JVM's CPU time is taken: other work on a shared
 * machine stretches the wall time of a build but hardly its CPU time.
 *
 * <p>Usage: {@code CompileCost <processor-path directory> <output json> [classes] [annotated] [runs]}.
 */
public final class CompileCost {
    private static final int WARM_UP_ROUNDS = 2;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CompileCost() {}

    public static void main(String[] args) throws IOException {
        Path processorPath = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int annotated = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;

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
            String idleProcessorPath = IdleProcessor.writePath(work.resolve("idle-processor")).toString();
            List<Build> builds = List.of(
                    new Build(work, plain, classPath, null),
                    new Build(work, plain, classPath, weftProcessorPath),
                    new Build(work, plain, classPath, idleProcessorPath),
                    new Build(work, withLoops, classPath, null),
                    new Build(work, withLoops, classPath, weftProcessorPath));
            // The rounds interleave the builds so that a slow moment falls on all of them alike.
            for (int round = 0; round < WARM_UP_ROUNDS + runs; round++) {
                for (Build build : builds) {
                    build.run(round >= WARM_UP_ROUNDS);
                }
            }
            CompileCostResult result = new CompileCostResult(classes, annotated, runs, System.getProperty("java.version"),
                    builds.get(0).median(), builds.get(1).median(), builds.get(2).median(), builds.get(3).median(),
                    builds.get(4).median());
            result.write(output);
            System.out.printf("javac, %d classes: the processor adds %+.1f %% to the plain project's build, %+.1f %% with %d annotated loops%n",
                    classes, 100 * result.plainOverhead(), 100 * result.annotatedOverhead(), annotated);
        } finally {
            delete(work);
        }
    }

    /** One kind of build, a project compiled with or without Weft's processor, and its timings. */
    private static final class Build {
        private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

        private final Path work;
        private final List<String> arguments;
        private final List<Timing> timings = new ArrayList<>();

        Build(Path work, List<Path> sources, String classPath, String processorPath) throws IOException {
            this.work = work;
            Path argFile = Files.createTempFile(work, "sources", ".txt");
            Files.write(argFile, sources.stream().map(Path::toString).toList());
            arguments = new ArrayList<>(List.of("--release", "17", "-cp", classPath, "@" + argFile));
            if (processorPath != null) {
                arguments.addAll(List.of("-processorpath", processorPath));
            }
        }

        /** Compiles into a fresh directory, keeping the timing when {@code timed}. */
        void run(boolean timed) throws IOException {
            Path out = Files.createTempDirectory(work, "classes");
            List<String> command = new ArrayList<>(arguments);
            command.addAll(List.of("-d", out.toString()));
            long cpuBefore = OS.getProcessCpuTime();
            long start = System.nanoTime();
            int exit = JAVAC.run(null, null, null, command.toArray(String[]::new));
            Timing timing = new Timing((System.nanoTime() - start) / 1e6, (OS.getProcessCpuTime() - cpuBefore) / 1e6);
            if (exit != 0) {
                throw new IllegalStateException("javac failed with exit code " + exit + ": " + String.join(" ", command));
            }
            delete(out);
            if (timed) {
                timings.add(timing);
            }
        }

        Timing median() {
            return new Timing(median(timings.stream().map(Timing::wallMillis).toList()),
                    median(timings.stream().map(Timing::cpuMillis).toList()));
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
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
