package dev.weft.processor.model.loop;

import com.palantir.javapoet.TypeName;

/**
 * An enhanced {@code for} over an array or a collection.
 *
 * @param source the expression the loop walks, evaluated once before the loop
 * @param array whether that is an array; otherwise an {@code Iterable}, indexed through a list
 * @param containerType the chunk method's parameter type for the elements: the array's type, or
 *     the {@code List} the runtime indexes a collection through
 */
public record ElementLoop(String source, boolean array, TypeName containerType) implements LoopShape {}
