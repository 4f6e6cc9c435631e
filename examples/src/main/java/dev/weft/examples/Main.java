package dev.weft.examples;

import dev.weft.Weft;
import dev.weft.examples.fanout.PrimeCounting;
import dev.weft.examples.fanout.SlowFactorial;
import dev.weft.examples.loops.LoopExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job: the plan Weft made for this machine, then each example with the times it measured,
 * and a table of them all.
 */
public final class Main {
    private Main() {}

    static List<Comparison<?>> examples() {
        List<Comparison<?>> examples = new ArrayList<>();
        examples.add(PrimeCounting.example());
        examples.add(SlowFactorial.example());
        examples.addAll(LoopExamples.all());
        return examples;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Weft.plan());
        List<Measured> results = new ArrayList<>();
        for (Comparison<?> example : examples()) {
            System.out.println();
            System.out.println("== " + example.name());
            Measured measured = example.run();
            System.out.println(measured.summary());
            results.add(measured);
        }
        System.out.println();
        System.out.print(table(results));
    }

    static String table(List<Measured> results) {
        StringBuilder table = new StringBuilder();
        String format = "%-40s %12s %10s %8s  %s%n";
        table.append(String.format(Locale.ROOT, format, "example", "sequential", "Weft", "speedup", "backend"));
        for (Measured m : results) {
            table.append(String.format(Locale.ROOT, format, m.example(),
                    String.format(Locale.ROOT, "%.3f s", m.sequentialSeconds()),
                    String.format(Locale.ROOT, "%.3f s", m.weftSeconds()),
                    String.format(Locale.ROOT, "%.2f×", m.speedup()),
                    m.backend()));
        }
        return table.toString();
    }
}
