package dev.weft.internal;

import java.io.Serializable;

/**
 * A {@link Task} that can cross to a worker process: generated code casts its lambda to this type
 * when the processor has proven that the method's receiver, arguments and result are all
 * serializable, {@code (SerializableTask<Integer, Long>) width -> Shapes.area(width, height)}.
 * Only such tasks may run on the {@code processes} backend.
 */
@FunctionalInterface
public interface SerializableTask<A, R> extends Task<A, R>, Serializable {}
