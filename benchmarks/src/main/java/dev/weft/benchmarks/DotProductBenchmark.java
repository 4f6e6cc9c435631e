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

/** A reduction with a multiply per element: the dot product of two vectors of a million doubles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DotProductBenchmark {
    @Param("1000000")
    public int size;

    private double[] a;
    private double[] b;

    @Setup
    public void fill() {
        a = RandomData.doubles(size, 4);
        b = RandomData.doubles(size, 5);
    }

    @Benchmark
    public double original() {
        return VectorOps.dot(a, b);
    }

    @Benchmark
    public double weft() {
        return VectorOpsParallel.dot(a, b);
    }

    @Benchmark
    public double parallelStream() {
        return IntStream.range(0, size).parallel().mapToDouble(i -> a[i] * b[i]).sum();
    }

    @Benchmark
    public double executorService() {
        return ExecutorFanOut.sumRange(size, partialDot());
    }

    @Benchmark
    public double forkJoin() {
        return ForkJoinFanOut.sumRange(size, partialDot());
    }

    private RangeSum partialDot() {
        return (from, to) -> {
            double total = 0;
            for (int i = from; i < to; i++) {
                total += a[i] * b[i];
            }
            return total;
        };
    }
}
