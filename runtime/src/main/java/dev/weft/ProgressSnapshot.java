package dev.weft;

import java.util.Objects;

/**
 * Where one fan-out or loop stands.
 *
 * @param label what runs: {@code Images.thumbnail(Path, int)} or {@code Mandelbrot.java:14}
 * @param mode how it runs, as the plan decided: {@code threads × 8}, {@code sequential × 1}
 * @param done tasks or iterations finished
 * @param total tasks or iterations in all
 * @param elapsedNanos time since the work started
 */
public record ProgressSnapshot(String label, String mode, long done, long total, long elapsedNanos) {

    public ProgressSnapshot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mode, "mode");
    }

    /** Finished share, from 0 to 1 (1 for empty work). */
    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }

    /** Tasks or iterations a second so far; 0 before any time has passed. */
    public double ratePerSecond() {
        return elapsedNanos == 0 ? 0 : done * 1e9 / elapsedNanos;
    }

    /** Estimated time left at the rate so far; -1 while nothing has finished. */
    public long remainingNanos() {
        return done == 0 ? -1 : (long) ((double) elapsedNanos * (total - done) / done);
    }
}
