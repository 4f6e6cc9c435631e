package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.handwritten.ForkJoinFanOut;
import dev.weft.benchmarks.handwritten.RangeSum;
import dev.weft.benchmarks.workloads.VectorOps;
import dev.weft.benchmarks.workloads.VectorOpsParallel;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code y = a·x + y}: memory-bound at ten million doubles; at 16 to 1 000 elements a tiny loop,
 * where starting any parallel work costs more than the loop and Weft should run it inline.
 * {@code y} keeps growing from call to call, which costs the same each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SaxpyBenchmark {
    private static final double A = 1.000_001;

    @Param({"16", "100", "1000", "10000000"})
    public int size;

    private double[] x;
    private double[] y;

    @Setup
    public void fill() {
        x = RandomData.doubles(size, 1);
        y = RandomData.doubles(size, 2);
    }

    @Benchmark
    public double[] original() {
        VectorOps.saxpy(A, x, y);
        return y;
    }

    @Benchmark
    public double[] weft() {
        VectorOpsParallel.saxpy(A, x, y);
        return y;
    }

    @Benchmark
    public double[] parallelStream() {
        IntStream.range(0, size).parallel().forEach(i -> y[i] = A * x[i] + y[i]);
        return y;
    }

    @Benchmark
    public double[] executorService() {
        ExecutorFanOut.sumRange(size, chunk());
        return y;
    }

    @Benchmark
    public double[] forkJoin() {
        ForkJoinFanOut.sumRange(size, chunk());
        return y;
    }

    private RangeSum chunk() {
        return (from, to) -> {
            for (int i = from; i < to; i++) {
                y[i] = A * x[i] + y[i];
            }
            return 0;
        };
    }
}
