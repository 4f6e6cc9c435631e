package dev.weft.examples;

import java.util.concurrent.Callable;

/** Wall-clock timing of one run, keeping its result so the run cannot be optimised away. */
public record Stopwatch<T>(T result, double seconds) {

    public static <T> Stopwatch<T> time(Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        return new Stopwatch<>(result, (System.nanoTime() - start) / 1e9);
    }
}
