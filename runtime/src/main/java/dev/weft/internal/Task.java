package dev.weft.internal;

/** One call of a {@code @Parallelizable} method on one input, as generated code passes it. */
@FunctionalInterface
public interface Task<A, R> {
    R apply(A input) throws Exception;
}
