package dev.weft.examples;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * One example of the main job: the same work done by the original code and by the code Weft
 * generated from it, timed one after the other in this JVM, and checked to agree. A speedup of a
 * wrong answer is not worth printing, so results that disagree stop the job.
 *
 * @param name the example's line in the final table
 * @param warmUps runs of each version before the timed one, so both are measured as compiled code
 * @param original the sequential code as the user wrote it
 * @param weft the generated parallel code
 * @param agree whether two results are the same answer
 * @param backend how Weft ran it, as its plan decided; read while the example runs
 */
public record Comparison<T>(
        String name, int warmUps, Callable<T> original, Callable<T> weft, BiPredicate<T, T> agree,
        Supplier<String> backend) {

    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(weft, "weft");
        Objects.requireNonNull(agree, "agree");
        Objects.requireNonNull(backend, "backend");
    }

    /** Results that must be equal by {@link Object#equals}. */
    public static <T> BiPredicate<T, T> equal() {
        return Objects::equals;
    }

    public Measured run() throws Exception {
        for (int i = 0; i < warmUps; i++) {
            original.call();
            weft.call();
        }
        Stopwatch<T> sequential = Stopwatch.time(original);
        Stopwatch<T> parallel = Stopwatch.time(weft);
        if (!agree.test(sequential.result(), parallel.result())) {
            throw new AssertionError(name + ": the original gave " + describe(sequential.result())
                    + " but Weft gave " + describe(parallel.result()));
        }
        return new Measured(name, sequential.seconds(), parallel.seconds(), backend.get());
    }

    private static String describe(Object result) {
        String text = String.valueOf(result);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
