package dev.weft.benchmarks.report;

import java.util.Map;

/**
 * One JMH result: the average time of one variant of one workload.
 *
 * @param benchmark the benchmark class's simple name, such as {@code MandelbrotBenchmark}
 * @param variant the benchmark method, such as {@code weft}
 * @param params the JMH parameters, such as {@code size=16}
 * @param jdk the feature version of the JDK that ran it
 * @param vm the virtual machine's name and full version
 * @param nanos the average time per operation
 * @param errorNanos JMH's 99.9 % confidence half-width, NaN when too few iterations ran
 */
public record Measurement(String benchmark, String variant, Map<String, String> params, int jdk, String vm,
        double nanos, double errorNanos) {

    public Measurement {
        params = Map.copyOf(params);
    }

    /** Nanoseconds in one unit of JMH's {@code scoreUnit}, such as {@code ms/op}. */
    static double nanosPer(String scoreUnit) {
        String unit = scoreUnit.substring(0, scoreUnit.indexOf('/'));
        return switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> throw new IllegalArgumentException("not a time per operation: " + scoreUnit);
        };
    }
}
