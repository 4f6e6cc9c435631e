package dev.weft.benchmarks.report;

import dev.weft.benchmarks.compiletime.CompileCostResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one run's JMH JSON files and javac timings into BENCHMARKS.md.
 *
 * <p>Usage: {@code Report <quick|full> <JMH settings in words> <output.md> <compile-cost.json|-> <jmh.json>...};
 * {@code -} when the javac cost was not measured.
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            throw new IllegalArgumentException(
                    "usage: Report <quick|full> <JMH settings> <output.md> <compile-cost.json|-> <jmh.json>...");
        }
        Optional<CompileCostResult> compileCost = args[3].equals("-")
                ? Optional.empty()
                : Optional.of(CompileCostResult.read(Path.of(args[3])));
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            measurements.addAll(JmhResults.read(Path.of(args[i])));
        }
        String markdown = MarkdownReport.render(args[0], args[1], ZonedDateTime.now(),
                Machine.describe(measurements), measurements, compileCost);
        Files.writeString(Path.of(args[2]), markdown);
    }
}
