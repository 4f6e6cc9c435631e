package dev.weft.internal;

/**
 * One call of a {@code void} {@code @Parallelizable} method on one input, as {@link Task} is for
 * methods that return a value.
 */
@FunctionalInterface
public interface VoidTask<A> {
    /** Calls the method on {@code input}; throws what the method throws. */
    void accept(A input) throws Exception;
}
