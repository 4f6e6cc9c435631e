package dev.weft.benchmarks.handwritten;

/** One task of a fan-out; it may throw, as the sleeping task does. */
@FunctionalInterface
public interface Task<A, R> {
    R apply(A input) throws Exception;
}
