package dev.weft.internal;

import java.io.Serializable;

/**
 * A {@link VoidTask} that can cross to a worker process, as {@link SerializableTask} is for methods
 * that return a value.
 */
@FunctionalInterface
public interface SerializableVoidTask<A> extends VoidTask<A>, Serializable {}
