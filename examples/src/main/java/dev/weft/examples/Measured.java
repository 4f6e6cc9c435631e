package dev.weft.examples;

import java.util.Locale;
import java.util.Objects;

/**
 * One example's figures: the same work done by the original sequential code and by Weft, measured
 * in alternating rounds in the same JVM.
 *
 * @param example what ran
 * @param sequentialSeconds the original code's fastest wall time
 * @param weftSeconds the generated code's fastest wall time
 * @param rounds how many times each was timed
 * @param backend how Weft ran it, as its plan decided
 */
public record Measured(String example, double sequentialSeconds, double weftSeconds, int rounds,
        String backend) {
    public Measured {
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(backend, "backend");
    }

    public double speedup() {
        return sequentialSeconds / weftSeconds;
    }

    /** A line for the log as the example finishes. */
    public String summary() {
        return String.format(Locale.ROOT, "  %s: sequential %.3f s, Weft %.3f s, %.2f× (%s; %s)",
                example, sequentialSeconds, weftSeconds, speedup(), backend,
                rounds == 1 ? "one run each" : "fastest of " + rounds + " runs each");
    }
}
