package dev.weft.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private static final String JMH_JSON = """
            [
              %s,
              %s,
              %s
            ]
            """.formatted(
            result("MandelbrotBenchmark.original", "200.0", "10.0", "ms/op"),
            result("MandelbrotBenchmark.weft", "100000.0", "NaN", "us/op"),
            result("MandelbrotBenchmark.parallelStream", "0.08", "0.001", "s/op"));

    private static String result(String benchmark, String score, String error, String unit) {
        return """
                {
                  "benchmark": "dev.weft.benchmarks.%s",
                  "jdkVersion": "17.0.15",
                  "vmName": "OpenJDK 64-Bit Server VM",
                  "vmVersion": "17.0.15+6",
                  "params": {},
                  "primaryMetric": {"score": %s, "scoreError": "%s", "scoreUnit": "%s"}
                }""".formatted(benchmark, score, error, unit);
    }

    private final List<Measurement> measurements = JmhResults.parse(new StringReader(JMH_JSON));

    @Test
    void readsEachResultInNanoseconds() {
        assertThat(measurements).extracting(Measurement::variant).containsExactly("original", "weft", "parallelStream");
        assertThat(measurements).extracting(Measurement::nanos).containsExactly(200e6, 100e6, 80e6);
        assertThat(measurements.get(0).benchmark()).isEqualTo("MandelbrotBenchmark");
        assertThat(measurements.get(0).jdk()).isEqualTo(17);
        assertThat(measurements.get(1).errorNanos()).isNaN();
    }

    @Test
    void comparesWeftWithTheOriginalAndTheBestAlternativeOfTheSameRun() {
        String markdown = render();

        assertThat(markdown).contains("| Mandelbrot | 200 ms | 100 ms | 2.00× | parallel stream, 80.0 ms | 0.80× |");
        assertThat(markdown).contains("| Mandelbrot: Weft at least 1.9× as fast as the original | 2.00× | met |");
        assertThat(markdown).contains("| Mandelbrot: Weft at least as fast as a parallel stream | 0.80× | **missed** |");
    }

    @Test
    void leavesRoomToExplainWhereWeftIsBehind() {
        assertThat(render()).contains("**Weft is behind** parallel stream (0.80×). " + MarkdownReport.ANALYSIS_PLACEHOLDER);
    }

    @Test
    void saysWhatTheRunDidNotMeasure() {
        assertThat(render()).contains("| 10 000 × 100 ms I/O tasks: Weft under 1 s on JDK 21+ | no JDK 21+ run | not measured |");
    }

    private String render() {
        Machine machine = new Machine(2, "a test CPU", 1L << 34, "Linux", List.of("OpenJDK 17"), "Weft plan");
        return MarkdownReport.render("quick", "1 fork", ZonedDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC),
                machine, measurements, Optional.empty());
    }
}
