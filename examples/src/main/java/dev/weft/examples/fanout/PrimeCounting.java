package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import dev.weft.Workload;
import dev.weft.examples.Comparison;
import java.util.List;
import java.util.stream.IntStream;

/**
 * CPU-bound fan-out: counting the primes below four million, one block of numbers per task. Every
 * task computes and none waits, so the plan gives it one worker per core.
 */
public final class PrimeCounting {
    static final int BLOCKS = 32;
    static final int BLOCK_SIZE = 125_000;

    private PrimeCounting() {}

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

    static boolean isPrime(int n) {
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

    public static Comparison<Integer> example() {
        List<Integer> blocks = IntStream.range(0, BLOCKS).boxed().toList();
        return Comparison.of(
                "CPU fan-out: primes below " + BLOCKS * BLOCK_SIZE, 1,
                () -> {
                    int total = 0;
                    for (int block : blocks) {
                        total += countPrimes(block, BLOCK_SIZE);
                    }
                    return total;
                },
                () -> PrimeCountingParallel.countPrimesAll(blocks, BLOCK_SIZE).stream().mapToInt(Integer::intValue).sum(),
                Comparison.equal());
    }
}
