package dev.weft.benchmarks.compiletime;

/**
 * How long one build took.
 *
 * @param wallMillis elapsed time
 * @param cpuMillis CPU time of the whole JVM over the build, every thread included (javac, the
 *     garbage collector, the JIT compiler)
 */
public record Timing(double wallMillis, double cpuMillis) {}
