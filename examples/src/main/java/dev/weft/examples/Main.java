package dev.weft.examples;

import dev.weft.examples.fanout.PrimeCounting;
import dev.weft.examples.lessons.DependentLoop;
import dev.weft.examples.lessons.FactorialJobs;
import dev.weft.examples.lessons.MemoryRule;
import dev.weft.examples.lessons.ShortTasks;
import dev.weft.examples.lessons.ThreeTasks;
import dev.weft.examples.loops.LoopExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job: what Weft detected and decided on this machine, then each example with the times
 * it measured, the compile error of a loop that cannot be parallelized, and a table of it all.
 */
public final class Main {
    private Main() {}

    static List<Comparison<?>> examples() {
        List<Comparison<?>> examples = new ArrayList<>();
        examples.add(ThreeTasks.example());
        examples.addAll(FactorialJobs.examples());
        examples.add(PrimeCounting.example());
        examples.addAll(LoopExamples.all());
        examples.addAll(ShortTasks.examples());
        return examples;
    }

    public static void main(String[] args) throws Exception {
        section("The plan: cores, memory and the N·m < M rule");
        MemoryRule.print();
        List<Measured> results = new ArrayList<>();
        for (Comparison<?> example : examples()) {
            section(example.name());
            for (Measured measured : example.run()) {
                System.out.println(measured.summary());
                results.add(measured);
            }
        }
        section("A dependent loop is a compile error");
        DependentLoop.print();
        section("Summary");
        System.out.print(table(results));
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    static String table(List<Measured> results) {
        StringBuilder table = new StringBuilder();
        String format = "%-52s %11s %10s %8s %5s  %s%n";
        table.append(String.format(Locale.ROOT, format, "example", "sequential", "Weft", "speedup", "runs",
                "backend"));
        for (Measured m : results) {
            table.append(String.format(Locale.ROOT, format, m.example(),
                    String.format(Locale.ROOT, "%.3f s", m.sequentialSeconds()),
                    String.format(Locale.ROOT, "%.3f s", m.weftSeconds()),
                    String.format(Locale.ROOT, "%.2f×", m.speedup()),
                    m.rounds(),
                    m.backend()));
        }
        return table.toString();
    }
}
