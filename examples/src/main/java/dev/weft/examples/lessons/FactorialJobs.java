package dev.weft.examples.lessons;

import dev.weft.Parallelizable;
import dev.weft.Weft;
import dev.weft.examples.Comparison;
import dev.weft.examples.Comparison.Variant;
import dev.weft.examples.Scoped;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * joblib's {@code Parallel(n_jobs=…)} lesson: a factorial that takes a second because it sleeps
 * first, for random numbers up to 10. Four inputs on one worker take four seconds, no faster than
 * a plain loop; eight inputs on two workers take four seconds instead of eight; on eight workers,
 * one. Each run shows its progress. The same eight then run on two members of a Hazelcast cluster:
 * the embedded one Weft starts on this machine, two member JVMs, which its warm-up starts.
 */
public final class FactorialJobs {
    private FactorialJobs() {}

    @Parallelizable
    static BigInteger slowFactorial(int x) throws InterruptedException {
        Thread.sleep(1000);
        BigInteger factorial = BigInteger.ONE;
        for (int k = 2; k <= x; k++) {
            factorial = factorial.multiply(BigInteger.valueOf(k));
        }
        return factorial;
    }

    public static List<Comparison<List<BigInteger>>> examples() {
        Random random = new Random(42);
        List<Integer> four = randomInputs(random, 4);
        List<Integer> eight = randomInputs(random, 8);
        return List.of(
                new Comparison<>("sleeping factorial, 4 inputs", 0, () -> sequential(four), Comparison.equal(),
                        List.of(jobs(four, 1))),
                new Comparison<>("sleeping factorial, 8 inputs", 0, () -> sequential(eight), Comparison.equal(),
                        List.of(jobs(eight, 2), jobs(eight, 8))),
                new Comparison<>("sleeping factorial on a cluster, 8 inputs", 1, () -> sequential(eight),
                        Comparison.equal(), List.of(new Variant<>("2 members",
                                Scoped.call(Weft.configure().backend("hazelcast"),
                                        () -> FactorialJobsParallel.slowFactorialAll(eight)),
                                true))));
    }

    private static Variant<List<BigInteger>> jobs(List<Integer> inputs, int workers) {
        return new Variant<>(workers + (workers == 1 ? " worker" : " workers"),
                Scoped.call(Weft.configure().parallelism(workers),
                        () -> FactorialJobsParallel.slowFactorialAll(inputs)),
                true);
    }

    private static List<BigInteger> sequential(List<Integer> inputs) throws InterruptedException {
        List<BigInteger> results = new ArrayList<>();
        for (int x : inputs) {
            results.add(slowFactorial(x));
        }
        return results;
    }

    private static List<Integer> randomInputs(Random random, int count) {
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(random.nextInt(11));
        }
        return inputs;
    }
}
