package dev.weft.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A parameter of a {@code @Parallelizable} method, or the receiver of an instance method.
 *
 * @param name its name in the generated code
 * @param type its declared type ({@code int}, not {@code Integer}; a varargs parameter as its array type)
 * @param erasure its erased type, as a Javadoc {@code @link} to the original method spells it
 */
public record FanOutParameter(String name, TypeName type, TypeName erasure) {}
