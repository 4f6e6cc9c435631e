package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.workloads.Kernels;
import dev.weft.benchmarks.workloads.KernelsParallel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A parallel loop inside a sequential one whose trip count shrinks: the row elimination of an LU
 * factorization of a 500 × 500 matrix, 500 runs of the parallel loop, from 499 rows down to none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LuFactorBenchmark {
    static final int N = 500;

    private double[][] matrix;

    @Setup
    public void fill() {
        matrix = new double[N][];
        for (int r = 0; r < N; r++) {
            matrix[r] = RandomData.doubles(N, 9 + r);
            matrix[r][r] += N; // diagonally dominant: no pivoting needed
        }
    }

    private double[][] copy() {
        double[][] a = new double[N][];
        for (int r = 0; r < N; r++) {
            a[r] = matrix[r].clone();
        }
        return a;
    }

    @Benchmark
    public double[][] original() {
        double[][] a = copy();
        Kernels.factor(a);
        return a;
    }

    @Benchmark
    public double[][] weft() {
        double[][] a = copy();
        KernelsParallel.factor(a);
        return a;
    }

    /** Each pivot's rows cut into chunks, one pool task each, waited for before the next pivot. */
    @Benchmark
    public double[][] executorService() {
        double[][] a = copy();
        for (int pivot = 0; pivot < N; pivot++) {
            double[] pivotRow = a[pivot];
            double diagonal = pivotRow[pivot];
            int below = pivot + 1;
            ExecutorFanOut.sumRange(N - below, (from, to) -> {
                for (int r = below + from; r < below + to; r++) {
                    double[] row = a[r];
                    double factor = row[below - 1] / diagonal;
                    row[below - 1] = factor;
                    for (int c = below; c < N; c++) {
                        row[c] -= factor * pivotRow[c];
                    }
                }
                return 0;
            });
        }
        return a;
    }
}
