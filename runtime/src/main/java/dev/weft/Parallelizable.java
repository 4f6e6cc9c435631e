package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a pure method whose calls can run in parallel, one call per element of a collection.
 *
 * <p>For a method {@code R m(A a, B b)} in class {@code p.Foo}, the Weft annotation processor
 * generates, in the companion class {@code p.FooParallel}:
 *
 * <pre>{@code
 * static List<R> mAll(Collection<? extends A> as, B b)                    // m(a, b) for each a, in input order
 * static CompletableFuture<List<R>> mAllAsync(Collection<? extends A> as, B b)
 * }</pre>
 *
 * <p>The first parameter fans out; the others are shared by every call. An instance method's
 * companion methods take the receiver first. A {@code void} method gives {@code void mAll} and a
 * {@code CompletableFuture<Void>}. Checked exceptions declared by {@code m} are declared by
 * {@code mAll} too, and when a call throws, {@code mAll} throws that same exception once the other
 * calls have been cancelled.
 *
 * <p>The processor refuses, with a compile error on the offending line, a method that cannot be
 * parallelized safely or cannot be called from the companion: one without parameters, one that
 * writes a static field or a field of {@code this}, a {@code private} method (make it
 * package-private) and an {@code abstract} one. Reading fields, calling other methods and doing I/O
 * are allowed: I/O is what {@link Workload#IO} is for.
 *
 * <p>Example:
 *
 * <pre>{@code
 * @Parallelizable
 * static BigInteger slowFactorial(int n) { ... }
 *
 * List<BigInteger> all = MathsParallel.slowFactorialAll(List.of(5, 8, 13));
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Parallelizable {

    /** What the method spends its time on; decides how many calls run at once. */
    Workload workload() default Workload.AUTO;

    /**
     * How much memory one call needs, such as {@code "512m"} or {@code "2g"} (suffixes {@code k},
     * {@code m}, {@code g}, case-insensitive; a plain number is bytes). Empty when unknown.
     *
     * <p>This is the <i>m</i> of the rule <i>N·m &lt; M</i>: Weft runs at most as many calls at once
     * as fit in the memory available to them, and moves the calls to worker processes with heaps of
     * their own when they do not fit in this JVM's heap but do fit in the machine's memory.
     */
    String memoryPerTask() default "";
}
