package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a loop whose iterations are independent, by annotating its loop variable:
 *
 * <pre>{@code
 * static double dot(double[] a, double[] b) {
 *     double sum = 0;
 *     for (@ParallelFor int i = 0; i < a.length; i++) {
 *         sum += a[i] * b[i];          // inferred: a reduction of sum with +
 *     }
 *     return sum;
 * }
 * }</pre>
 *
 * <p>The Weft annotation processor proves that the iterations do not depend on each other and
 * generates, in the companion class {@code FooParallel}, a static twin of the enclosing method with
 * the same signature (an instance method's receiver comes first) that runs this loop on all cores.
 * The original method is left as it is and stays sequential. When the processor cannot prove the
 * iterations independent, compilation fails with an error on the statement that makes them depend
 * on each other.
 *
 * <p>Accepted loops: {@code for (int|long i = a; i < | <= | > | >= b; i++ | i-- | i += c | i -= c)}
 * with a bound and a step that the loop does not change, and enhanced {@code for} over arrays,
 * {@code List}s and other {@code Collection}s. Arrays are assumed not to alias each other.
 *
 * <p>Floating-point reductions are deterministic: the same input and parallelism give bit-identical
 * results on every run.
 */
@Documented
@Target(ElementType.LOCAL_VARIABLE)
@Retention(RetentionPolicy.SOURCE)
public @interface ParallelFor {

    /** How iterations are dealt out to the workers. */
    Schedule schedule() default Schedule.AUTO;

    /** Iterations per chunk; {@code 0} lets the runtime choose. */
    int chunk() default 0;

    /**
     * Loops with fewer iterations than this run sequentially on the calling thread, because
     * starting workers would cost more than it saves; {@code 0} lets the runtime decide from the
     * time the loop's first iterations take.
     */
    int minIterations() default 0;

    /** How many workers at most, the calling thread included; {@code 0} follows the runtime's plan. */
    int parallelism() default 0;
}
