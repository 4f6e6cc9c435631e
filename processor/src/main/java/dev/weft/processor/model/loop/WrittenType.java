package dev.weft.processor.model.loop;

import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;

/**
 * A type exactly as the user wrote it in a method body. Types of local variables are not known
 * while processors run, only their text; the companion imports what the original imports, so the
 * text means the same there.
 */
public final class WrittenType {
    private WrittenType() {}

    /** A type name that JavaPoet prints verbatim. */
    public static TypeName of(String text) {
        return TypeVariableName.get(text);
    }
}
