package dev.weft.benchmarks.report;

import dev.weft.benchmarks.compiletime.CompileCostResult;
import dev.weft.benchmarks.compiletime.Overhead;
import dev.weft.benchmarks.compiletime.Timing;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** BENCHMARKS.md, written from one run's figures. */
final class MarkdownReport {
    /** Left where a figure needs a reason the script cannot know; filled in by hand after a run. */
    static final String ANALYSIS_PLACEHOLDER = "_Why: analysis to be written by hand from this run's figures._";

    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {}

    /**
     * @param pass {@code quick} or {@code full}, as the script ran
     * @param settings the JMH options the script used, in words
     */
    static String render(String pass, String settings, ZonedDateTime date, Machine machine, List<Measurement> measurements,
            Optional<CompileCostResult> compileCost) {
        List<Workload> workloads = Workload.group(measurements).stream()
                .sorted(Comparator.comparingInt((Workload w) -> Catalog.order(w.benchmark()))
                        .thenComparingInt(Workload::jdk)
                        .thenComparingDouble(MarkdownReport::size))
                .toList();
        MarkdownReport report = new MarkdownReport();
        report.introduction(pass, machine);
        report.machine(date, settings, machine);
        report.targets(Targets.check(workloads, compileCost));
        report.summary(workloads);
        report.details(workloads);
        compileCost.ifPresent(report::compileCost);
        return report.out.toString();
    }

    private void introduction(String pass, Machine machine) {
        line("# Benchmarks");
        line();
        if (pass.equals("quick")) {
            line("> Figures from a quick pass of `benchmarks/run` (one fork, short iterations) on a " + machine.cores()
                    + "-core machine: they show the shape of things, not final numbers, and a machine busy with other "
                    + "work adds noise. The authoritative run may be repeated later with `benchmarks/run --full`.");
        } else {
            line("> Figures from a full run of `benchmarks/run --full`.");
        }
        line();
        line("Every workload is written once as the sequential original and then each parallel way: Weft's generated "
                + "code, parallel streams, and hand-written `ExecutorService` and `ForkJoinPool` code. A time is JMH's "
                + "average per operation; a ratio is another variant's time divided by Weft's, both measured in the same "
                + "run, so above 1.00× Weft is faster and below it Weft is behind.");
        line();
    }

    private void machine(ZonedDateTime date, String settings, Machine machine) {
        line("## Machine");
        line();
        line("* date: " + date.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC");
        line("* cores: " + machine.cores() + " (" + machine.cpu() + ")");
        line("* memory: " + Math.round(machine.memoryBytes() / (double) (1L << 30)) + " GiB");
        line("* system: " + machine.os());
        machine.vms().forEach(vm -> line("* JVM: " + vm));
        line("* JMH: " + settings);
        line();
        line("What Weft's runtime decided on this machine:");
        line();
        line("```");
        line(machine.weftPlan());
        line("```");
        line();
    }

    private void targets(List<Verdict> verdicts) {
        line("## Targets");
        line();
        line("| target | this run | |");
        line("| --- | --- | --- |");
        verdicts.forEach(v -> line("| " + v.target() + " | " + v.measured() + " | " + v.status() + " |"));
        line();
    }

    private void summary(List<Workload> workloads) {
        line("## Summary");
        line();
        line("| workload | original | Weft | Weft vs original | best alternative | Weft vs best alternative |");
        line("| --- | ---: | ---: | ---: | --- | ---: |");
        for (Workload w : workloads) {
            Optional<Measurement> best = w.bestAlternative();
            line("| " + title(w) + " | " + time(w.original()) + " | " + time(w.weft()) + " | "
                    + ratio(w.weftSpeedupOver(w.original())) + " | "
                    + best.map(b -> Catalog.variant(b.variant()) + ", " + Figures.format(b.nanos())).orElse("—") + " | "
                    + ratio(w.weftSpeedupOver(best)) + " |");
        }
        line();
    }

    private void details(List<Workload> workloads) {
        line("## Workloads");
        String previous = "";
        for (Workload w : workloads) {
            line();
            line("### " + title(w));
            line();
            String description = Catalog.description(w.benchmark());
            // Said once for a benchmark measured at several sizes or on several JDKs.
            if (!description.isEmpty() && !w.benchmark().equals(previous)) {
                line(description);
                line();
            }
            previous = w.benchmark();
            line("| variant | time | Weft vs this variant |");
            line("| --- | ---: | ---: |");
            for (Measurement m : inReportOrder(w.variants())) {
                line("| " + Catalog.variant(m.variant()) + " | " + Figures.withError(m.nanos(), m.errorNanos()) + " | "
                        + (m.variant().equals(Workload.WEFT) ? "" : ratio(w.weftSpeedupOver(Optional.of(m)))) + " |");
            }
            behind(w);
        }
        line();
    }

    /** Says where Weft is slower than the original or an alternative, and leaves room for why. */
    private void behind(Workload w) {
        List<String> ahead = w.variants().stream()
                .filter(m -> !m.variant().equals(Workload.WEFT))
                .filter(m -> w.weftSpeedupOver(Optional.of(m)).filter(s -> s < 1).isPresent())
                .map(m -> Catalog.variant(m.variant()) + " (" + ratio(w.weftSpeedupOver(Optional.of(m))) + ")")
                .toList();
        if (!ahead.isEmpty()) {
            line();
            line("**Weft is behind** " + String.join(", ", ahead) + ". " + ANALYSIS_PLACEHOLDER);
        }
    }

    private void compileCost(CompileCostResult r) {
        line("## Compile time");
        line();
        line("`javac` (JDK " + r.javac() + ", in-process through `javax.tools` as Maven runs it) on a generated project"
                + " of " + r.classes() + " classes, with and without Weft's processor on the processor path, and with idle"
                + " processors in its place. Each kind of build ran once in each of " + r.runs() + " rounds, each round"
                + " starting from another one, after " + r.warmUpRounds() + " untimed rounds of them all (until the JIT"
                + " compiler took under a tenth of the median build's CPU time). javac's CPU time is that of the thread that"
                + " runs javac and the processors; the JVM's adds the garbage collector's and the JIT compiler's threads."
                + " Medians of the rounds:");
        line();
        line("| build | javac's CPU time | in annotation processing | of which in the rounds | the JVM's CPU time | wall |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        compileCostTimes(r.classes() + " plain classes, no processor", r.plainWithout());
        compileCostTimes("the same, Weft's processor", r.plainWith());
        compileCostTimes("the same, an idle processor that declares `*`", r.plainWithIdleAny());
        compileCostTimes("the same, an idle processor that declares one annotation type", r.plainWithIdleOne());
        compileCostTimes("the same, " + r.annotatedClasses() + " of them with a `@ParallelFor` loop, no processor",
                r.annotatedWithout());
        compileCostTimes("the same, Weft's processor", r.annotatedWith());
        line();
        Overhead plain = r.plainOverhead();
        line("What a processor adds: the median of each round's build against the same round's build without a"
                + " processor, and between brackets the interval that holds the true median with "
                + Math.round(100 * plain.thread().confidence()) + " % confidence (sign test): how far the machine's noise"
                + " leaves the figure uncertain.");
        line();
        line("| the processor adds | to javac's CPU time | to the JVM's | to the wall time |");
        line("| --- | ---: | ---: | ---: |");
        compileCostOverhead("Weft's, " + r.classes() + " plain classes", plain);
        compileCostOverhead("an idle one that declares `*`", r.idleAnyOverhead());
        compileCostOverhead("an idle one that declares one annotation type", r.idleOneOverhead());
        compileCostOverhead("Weft's, " + r.annotatedClasses() + " annotated loops", r.annotatedOverhead());
        line();
        String others = Double.isNaN(r.otherCores()) ? ""
                : String.format(Locale.ROOT, ", and other processes kept %.1f cores busy on average", r.otherCores());
        line("Annotation processing is measured within each build, so the machine's noise moves it far less than it"
                + " moves a comparison of builds. From its first round on, it takes " + Figures.share(r.plainProcessingShare())
                + " of javac's CPU time in the builds with Weft's processor, and " + Figures.share(r.idleProcessingShare())
                + " with the idle processor that declares `*`: javac enters every class again for the last round and again"
                + " for the compilation proper, whatever the processor, so that work is a floor for what any processor adds."
                + " Weft's own code, its time in the rounds with the loading of its classes, takes "
                + Figures.share(r.plainOwnShare()) + ". In the median timed build the JIT compiler took "
                + Math.round(100 * r.jitShare()) + " % of the JVM's CPU time" + others + ".");
    }

    private void compileCostTimes(String build, List<Timing> timings) {
        line("| " + build + " | " + millis(timings, Timing::threadMillis) + " | " + millis(timings, Timing::processingMillis)
                + " | " + millis(timings, Timing::roundsMillis) + " | " + millis(timings, Timing::jvmMillis) + " | "
                + millis(timings, Timing::wallMillis) + " |");
    }

    private void compileCostOverhead(String processor, Overhead overhead) {
        line("| " + processor + " | " + Figures.percent(overhead.thread()) + " | " + Figures.percent(overhead.jvm())
                + " | " + Figures.percent(overhead.wall()) + " |");
    }

    /** A median time; a dash for a part of the build that did not happen, such as processing without a processor. */
    private static String millis(List<Timing> timings, ToDoubleFunction<Timing> figure) {
        double millis = Timing.median(timings, figure);
        return millis == 0 ? "—" : Figures.format(millis * 1e6);
    }

    private static String title(Workload w) {
        String params = w.paramsText();
        return Catalog.title(w.benchmark()) + (params.isEmpty() ? "" : " (" + params + ")")
                + (w.benchmark().equals("IoFanOutBenchmark") ? ", JDK " + w.jdk() : "");
    }

    private static List<Measurement> inReportOrder(List<Measurement> variants) {
        return variants.stream().sorted(Comparator.comparingInt(v -> Catalog.variantOrder(v.variant()))).toList();
    }

    private static String time(Optional<Measurement> m) {
        return m.map(x -> Figures.format(x.nanos())).orElse("not run");
    }

    private static String ratio(Optional<Double> ratio) {
        return ratio.map(Figures::ratio).orElse("—");
    }

    /** Orders workloads of one benchmark by their size parameter, where they have one. */
    private static double size(Workload w) {
        String size = w.params().get("size");
        return size == null ? 0 : Double.parseDouble(size);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
