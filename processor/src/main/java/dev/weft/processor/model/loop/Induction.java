package dev.weft.processor.model.loop;

import com.palantir.javapoet.TypeName;

/**
 * An outer local the body advances by constants, {@code step} in every iteration: each chunk
 * starts it where the loop would have it at the chunk's first iteration, and after the loop it
 * holds what the loop leaves there.
 */
public record Induction(String name, TypeName type, long step) {
    /** The step as a Java literal of the cursor's type. */
    public String stepLiteral() {
        return step + (type.toString().equals("long") ? "L" : "");
    }
}
