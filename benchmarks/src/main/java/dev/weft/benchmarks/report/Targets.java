package dev.weft.benchmarks.report;

import dev.weft.benchmarks.compiletime.CompileCostResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The speed Weft aims at, checked against the figures of one run. */
final class Targets {
    private static final List<String> TINY_SIZES = List.of("16", "100", "1000");
    /** The benchmarks measured at the tiny sizes, with what the verdict calls them. */
    private static final List<Map.Entry<String, String>> TINY_LOOPS =
            List.of(Map.entry("SaxpyBenchmark", "saxpy"), Map.entry("DotProductBenchmark", "dot product"));
    /** The loops that build a collection, with what the verdicts call them. */
    private static final List<Map.Entry<String, String>> COLLECTING_LOOPS = List.of(
            Map.entry("WordCountBenchmark", "word count"),
            Map.entry("GroupingBenchmark", "grouping into lists"),
            Map.entry("FilterCollectBenchmark", "filter-and-collect"));

    private Targets() {}

    static List<Verdict> check(List<Workload> workloads, Optional<CompileCostResult> compileCost) {
        List<Verdict> verdicts = new ArrayList<>();
        String mandelbrotOriginal = "Mandelbrot: Weft at least 1.9× as fast as the original";
        String mandelbrotStreams = "Mandelbrot: Weft at least as fast as a parallel stream";
        Optional<Workload> mandelbrot = find(workloads, "MandelbrotBenchmark", Map.of());
        verdicts.add(speedup(mandelbrotOriginal, mandelbrot, Workload.ORIGINAL, 1.9));
        verdicts.add(speedup(mandelbrotStreams, mandelbrot, "parallelStream", 1.0));
        verdicts.add(speedup("sparse matrix × vector: Weft at least 1.5× as fast as the original",
                find(workloads, "SparseMultiplyBenchmark", Map.of()), Workload.ORIGINAL, 1.5));
        verdicts.add(speedup("LU row elimination: Weft at least 1.2× as fast as the original",
                find(workloads, "LuFactorBenchmark", Map.of()), Workload.ORIGINAL, 1.2));
        for (Map.Entry<String, String> loop : COLLECTING_LOOPS) {
            Optional<Workload> workload = find(workloads, loop.getKey(), Map.of());
            verdicts.add(speedup(loop.getValue() + ": Weft at least 1.7× as fast as the original",
                    workload, Workload.ORIGINAL, 1.7));
            verdicts.add(speedup(loop.getValue() + ": Weft at least as fast as a parallel stream",
                    workload, "parallelStream", 1.0));
        }
        verdicts.add(tinyLoops(workloads));
        verdicts.add(timeRatio("100 000 trivial tasks: Weft at most 1.5× the plain loop's time",
                find(workloads, "TrivialFanOutBenchmark", Map.of()), 1.5));
        verdicts.add(ioTasks(workloads));
        verdicts.add(compileCost(compileCost));
        return verdicts;
    }

    private static Verdict speedup(String target, Optional<Workload> workload, String variant, double atLeast) {
        Optional<Double> speedup = workload.flatMap(w -> w.weftSpeedupOver(w.variant(variant)));
        return speedup.map(s -> new Verdict(target, Figures.ratio(s), s >= atLeast))
                .orElse(Verdict.notMeasured(target, "not measured in this run"));
    }

    private static Verdict timeRatio(String target, Optional<Workload> workload, double atMost) {
        Optional<Double> ratio = workload.flatMap(w -> w.weftSpeedupOver(w.original())).map(s -> 1 / s);
        return ratio.map(r -> new Verdict(target, Figures.ratio(r) + " the original's time", r <= atMost))
                .orElse(Verdict.notMeasured(target, "not measured in this run"));
    }

    private static Verdict tinyLoops(List<Workload> workloads) {
        String target = "tiny loops (saxpy and dot product of 16, 100, 1 000): Weft at most 1.1× the original's time";
        List<String> measured = new ArrayList<>();
        boolean met = true;
        for (Map.Entry<String, String> loop : TINY_LOOPS) {
            for (String size : TINY_SIZES) {
                Optional<Double> ratio = find(workloads, loop.getKey(), Map.of("size", size))
                        .flatMap(w -> w.weftSpeedupOver(w.original())).map(s -> 1 / s);
                if (ratio.isEmpty()) {
                    return Verdict.notMeasured(target, loop.getValue() + " of " + size + " not measured in this run");
                }
                measured.add(loop.getValue() + " " + size + ": " + Figures.ratio(ratio.get()));
                met &= ratio.get() <= 1.1;
            }
        }
        return new Verdict(target, String.join(", ", measured), met);
    }

    private static Verdict ioTasks(List<Workload> workloads) {
        String target = "10 000 × 100 ms I/O tasks: Weft under 1 s on JDK 21+";
        return workloads.stream()
                .filter(w -> w.benchmark().equals("IoFanOutBenchmark") && w.jdk() >= 21)
                .findFirst()
                .flatMap(Workload::weft)
                .map(weft -> new Verdict(target, Figures.format(weft.nanos()) + " on JDK " + weft.jdk(),
                        weft.nanos() < 1e9))
                .orElse(Verdict.notMeasured(target, "no JDK 21+ run"));
    }

    private static Verdict compileCost(Optional<CompileCostResult> result) {
        String target = "javac on 1 000 classes without annotations: the processor adds under 5 %";
        // Annotation processing is a floor for what the processor adds, measured far more surely than the
        // comparison of whole builds: a median of those below 5 % with processing above is noise.
        return result.map(r -> new Verdict(target, Figures.percent(r.plainOverhead().thread()) + " of javac's CPU time;"
                        + " annotation processing takes " + Figures.share(r.plainProcessingShare()) + " of it,"
                        + " Weft's own code " + Figures.share(r.plainOwnShare()),
                        r.plainOverhead().thread().median() < 0.05 && r.plainProcessingShare().median() < 0.05))
                .orElse(Verdict.notMeasured(target, "not measured in this run"));
    }

    /** The workload on the lowest JDK measured: the one every workload ran on. */
    private static Optional<Workload> find(List<Workload> workloads, String benchmark, Map<String, String> params) {
        return workloads.stream()
                .filter(w -> w.benchmark().equals(benchmark) && w.params().equals(params))
                .min((a, b) -> Integer.compare(a.jdk(), b.jdk()));
    }
}
