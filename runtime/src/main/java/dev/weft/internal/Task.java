package dev.weft.internal;

/**
 * One call of a {@code @Parallelizable} method on one input, as generated code hands it to
 * {@link FanOut}: for {@code R m(A a, B b)} the companion passes {@code a -> Foo.m(a, b)}. It may
 * throw whatever {@code m} throws; the exception reaches the caller of {@code mAll} unchanged.
 */
@FunctionalInterface
public interface Task<A, R> {
    /** The method's result for {@code input}; throws what the method throws. */
    R apply(A input) throws Exception;
}
