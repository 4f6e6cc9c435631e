package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.handwritten.ForkJoinFanOut;
import dev.weft.benchmarks.handwritten.RangeSum;
import dev.weft.benchmarks.workloads.Mandelbrot;
import dev.weft.benchmarks.workloads.MandelbrotParallel;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Irregular CPU work: rows of the Mandelbrot set. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MandelbrotBenchmark {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int MAX_ITERATIONS = 500;

    @Benchmark
    public int[] original() {
        return Mandelbrot.render(WIDTH, HEIGHT, MAX_ITERATIONS);
    }

    @Benchmark
    public int[] weft() {
        return MandelbrotParallel.render(WIDTH, HEIGHT, MAX_ITERATIONS);
    }

    @Benchmark
    public int[] parallelStream() {
        int[] counts = new int[WIDTH * HEIGHT];
        IntStream.range(0, HEIGHT).parallel().forEach(y -> Mandelbrot.renderRow(counts, y, WIDTH, HEIGHT, MAX_ITERATIONS));
        return counts;
    }

    @Benchmark
    public int[] executorService() {
        int[] counts = new int[WIDTH * HEIGHT];
        ExecutorFanOut.sumRange(HEIGHT, rows(counts));
        return counts;
    }

    @Benchmark
    public int[] forkJoin() {
        int[] counts = new int[WIDTH * HEIGHT];
        ForkJoinFanOut.sumRange(HEIGHT, rows(counts));
        return counts;
    }

    private static RangeSum rows(int[] counts) {
        return (from, to) -> {
            for (int y = from; y < to; y++) {
                Mandelbrot.renderRow(counts, y, WIDTH, HEIGHT, MAX_ITERATIONS);
            }
            return 0;
        };
    }
}
