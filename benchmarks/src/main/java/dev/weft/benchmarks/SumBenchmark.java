package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.handwritten.ForkJoinFanOut;
import dev.weft.benchmarks.handwritten.RangeSum;
import dev.weft.benchmarks.workloads.VectorOps;
import dev.weft.benchmarks.workloads.VectorOpsParallel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A memory-bound reduction: the sum of ten million doubles. The stream variant uses the stream
 * library's own {@code sum}, which compensates rounding errors and costs more per element for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SumBenchmark {
    @Param("10000000")
    public int size;

    private double[] a;

    @Setup
    public void fill() {
        a = RandomData.doubles(size, 3);
    }

    @Benchmark
    public double original() {
        return VectorOps.sum(a);
    }

    @Benchmark
    public double weft() {
        return VectorOpsParallel.sum(a);
    }

    @Benchmark
    public double parallelStream() {
        return Arrays.stream(a).parallel().sum();
    }

    @Benchmark
    public double executorService() {
        return ExecutorFanOut.sumRange(size, partialSum());
    }

    @Benchmark
    public double forkJoin() {
        return ForkJoinFanOut.sumRange(size, partialSum());
    }

    private RangeSum partialSum() {
        return (from, to) -> {
            double total = 0;
            for (int i = from; i < to; i++) {
                total += a[i];
            }
            return total;
        };
    }
}
