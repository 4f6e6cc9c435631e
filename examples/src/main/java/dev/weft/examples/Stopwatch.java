package dev.weft.examples;

import java.util.concurrent.Callable;

/**
 * Wall-clock timing of one run, keeping its result so the run cannot be optimised away. Each run
 * starts from a collected heap: otherwise a run that happens to follow one with a million boxed
 * results pays for copying them, and one run's figure says more about the last run than about its
 * own work.
 */
public record Stopwatch<T>(T result, double seconds) {

    public static <T> Stopwatch<T> time(Callable<T> work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        T result = work.call();
        return new Stopwatch<>(result, (System.nanoTime() - start) / 1e9);
    }
}
