package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.weft.processor.model.LoopTwin;
import java.util.Set;

/** The classes a twin's signature names, which JavaPoet imports. */
public final class ClassNames {
    /** The runtime classes that generated loop code names. */
    public static final Set<String> RUNTIME = Set.of(LoopCall.LOOPS.canonicalName(),
            LoopCall.LOOP_RANGE.canonicalName(), LoopCall.REACHED_OBJECTS.canonicalName(), TwinMethods.LOOP_SPEC.canonicalName(),
            TwinMethods.SCHEDULE.canonicalName(), PrivateMemberCode.PRIVATE_MEMBERS.canonicalName());

    private ClassNames() {}

    /** Adds the canonical names of the classes in the twin's signature to {@code into}. */
    public static void collect(LoopTwin twin, Set<String> into) {
        twin.parameters().forEach((ParameterSpec parameter) -> collect(parameter.type(), into));
        twin.typeVariables().forEach(variable -> collect(variable, into));
        twin.exceptions().forEach(exception -> collect(exception, into));
        collect(twin.returnType(), into);
    }

    private static void collect(TypeName type, Set<String> into) {
        if (type instanceof ClassName name) {
            into.add(name.canonicalName());
        } else if (type instanceof ParameterizedTypeName parameterized) {
            collect(parameterized.rawType(), into);
            parameterized.typeArguments().forEach(argument -> collect(argument, into));
        } else if (type instanceof ArrayTypeName array) {
            collect(array.componentType(), into);
        } else if (type instanceof WildcardTypeName wildcard) {
            wildcard.upperBounds().forEach(bound -> collect(bound, into));
            wildcard.lowerBounds().forEach(bound -> collect(bound, into));
        } else if (type instanceof TypeVariableName variable) {
            variable.bounds().forEach(bound -> collect(bound, into));
        }
    }
}
