package dev.weft.processor.model;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;

/**
 * A private field, method or constructor that a twin uses, which the companion reaches through a
 * handle in a {@code static final} field: a field directly through its {@code VarHandle}, a method
 * or constructor through a static method of the companion that calls its {@code MethodHandle}.
 *
 * @param handle the name of the companion's constant holding the handle
 * @param helper the name of the companion's method calling a method or constructor; {@code null}
 *     for a field
 * @param owner the class declaring the member, erased, as the companion names it
 * @param name the member's name; {@code <init>} for a constructor
 * @param erasedType a field's type or a method's return type, erased, for the lookup
 * @param erasedParameters a method's or constructor's parameter types, erased, for the lookup
 * @param typeVariables a generic method's type variables, which its helper declares too
 * @param parameters the helper's parameters: the receiver first for an instance method, then the
 *     member's own
 * @param returnType the helper's return type: the method's, or the class a constructor creates
 * @param exceptions the checked exceptions the member declares, which its helper declares too
 */
public record PrivateMember(
        Kind kind,
        String handle,
        String helper,
        boolean isStatic,
        TypeName owner,
        String name,
        TypeName erasedType,
        List<TypeName> erasedParameters,
        List<TypeVariableName> typeVariables,
        List<ParameterSpec> parameters,
        boolean varargs,
        TypeName returnType,
        List<TypeName> exceptions) {

    /** What the member is. */
    public enum Kind {
        FIELD, METHOD, CONSTRUCTOR
    }

    public PrivateMember {
        erasedParameters = List.copyOf(erasedParameters);
        typeVariables = List.copyOf(typeVariables);
        parameters = List.copyOf(parameters);
        exceptions = List.copyOf(exceptions);
    }
}
