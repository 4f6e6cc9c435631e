package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import dev.weft.Weft;
import dev.weft.Workload;
import dev.weft.examples.Example;
import dev.weft.examples.Measured;
import dev.weft.examples.Stopwatch;
import java.util.List;
import java.util.stream.IntStream;

/**
 * CPU-bound fan-out: counting the primes below four million, one block of numbers per task. Every
 * task computes and none waits, so the plan gives it one worker per core.
 */
public final class PrimeCounting implements Example {
    static final int BLOCKS = 32;
    static final int BLOCK_SIZE = 125_000;

    /** The primes in {@code [block * size, (block + 1) * size)}, by trial division: slow on purpose. */
    @Parallelizable(workload = Workload.CPU)
    static int countPrimes(int block, int size) {
        int count = 0;
        for (int n = Math.max(2, block * size); n < (block + 1) * size; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isPrime(int n) {
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return "CPU fan-out: primes below " + BLOCKS * BLOCK_SIZE;
    }

    @Override
    public Measured run() throws Exception {
        List<Integer> blocks = IntStream.range(0, BLOCKS).boxed().toList();
        sequential(blocks); // warm-up, so both measurements below run compiled code
        Stopwatch<Integer> sequential = Stopwatch.time(() -> sequential(blocks));
        Stopwatch<Integer> weft = Stopwatch.time(() -> total(PrimeCountingParallel.countPrimesAll(blocks, BLOCK_SIZE)));
        if (!sequential.result().equals(weft.result())) {
            throw new AssertionError("sequential found " + sequential.result() + " primes, Weft " + weft.result());
        }
        System.out.println("  " + weft.result() + " primes in " + BLOCKS + " tasks");
        return new Measured(name(), sequential.seconds(), weft.seconds(),
                Weft.plan().forTasks(Workload.CPU, "", BLOCKS).toString());
    }

    private static int sequential(List<Integer> blocks) {
        int total = 0;
        for (int block : blocks) {
            total += countPrimes(block, BLOCK_SIZE);
        }
        return total;
    }

    private static int total(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
