package dev.weft.benchmarks;

import dev.weft.benchmarks.handwritten.ExecutorFanOut;
import dev.weft.benchmarks.workloads.Kernels;
import dev.weft.benchmarks.workloads.KernelsParallel;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A loop that adds into a large array: {@code y += A·x} for a sparse matrix of 50 000 rows with
 * ten nonzeros a row, stored as coordinates in row order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SparseMultiplyBenchmark {
    static final int ROWS = 50_000;
    static final int PER_ROW = 10;

    private int[] rows;
    private int[] columns;
    private double[] values;
    private double[] x;

    @Setup
    public void fill() {
        SplittableRandom random = new SplittableRandom(6);
        rows = new int[ROWS * PER_ROW];
        columns = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = k / PER_ROW;
            columns[k] = random.nextInt(ROWS);
        }
        values = RandomData.doubles(rows.length, 7);
        x = RandomData.doubles(ROWS, 8);
    }

    @Benchmark
    public double[] original() {
        double[] y = new double[ROWS];
        Kernels.multiplyAdd(rows, columns, values, x, y);
        return y;
    }

    @Benchmark
    public double[] weft() {
        double[] y = new double[ROWS];
        KernelsParallel.multiplyAdd(rows, columns, values, x, y);
        return y;
    }

    /** One partial {@code y} per pool thread, each over a contiguous range of the nonzeros, added up in order. */
    @Benchmark
    public double[] executorService() {
        double[] y = new double[ROWS];
        int workers = ExecutorFanOut.WORKERS;
        for (double[] partial : ExecutorFanOut.map(IntStream.range(0, workers).boxed().toList(),
                worker -> {
                    double[] own = new double[ROWS];
                    int end = (int) ((long) values.length * (worker + 1) / workers);
                    for (int k = (int) ((long) values.length * worker / workers); k < end; k++) {
                        own[rows[k]] += values[k] * x[columns[k]];
                    }
                    return own;
                })) {
            for (int i = 0; i < ROWS; i++) {
                y[i] += partial[i];
            }
        }
        return y;
    }

    /**
     * The calling thread and the pool's other threads each add straight into whole rows of
     * {@code y} of their own, which only this matrix's row order makes safe: no partial and no
     * fold. What the machine allows any version of the loop, memory bandwidth included.
     */
    @Benchmark
    public double[] ownRowsByHand() {
        double[] y = new double[ROWS];
        int workers = ExecutorFanOut.WORKERS;
        ExecutorFanOut.withCaller(workers, worker -> {
            int end = (int) ((long) ROWS * (worker + 1) / workers) * PER_ROW;
            for (int k = (int) ((long) ROWS * worker / workers) * PER_ROW; k < end; k++) {
                y[rows[k]] += values[k] * x[columns[k]];
            }
        });
        return y;
    }
}
