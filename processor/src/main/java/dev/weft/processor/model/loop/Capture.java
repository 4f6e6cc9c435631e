package dev.weft.processor.model.loop;

import com.palantir.javapoet.TypeName;

/**
 * A parameter, local variable or the receiver that a loop body reads from its method, passed to the
 * chunk method under the same name.
 *
 * @param reassigned whether the method assigns it after its declaration: a lambda cannot capture
 *     it, so the twin passes a copy
 */
public record Capture(String name, TypeName type, boolean reassigned) {}
