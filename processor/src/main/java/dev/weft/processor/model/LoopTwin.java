package dev.weft.processor.model;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.weft.processor.model.loop.TwinPart;
import java.util.List;
import java.util.Set;

/**
 * One method with accepted {@code @ParallelFor} loops, as the generator needs it: the twin's
 * signature and its body, the user's text with each parallel loop cut out.
 *
 * @param name the method's name, which the twin keeps
 * @param isPublic whether the twin is public: exactly when the method is
 * @param original the method as a Javadoc reference, {@code Dot#dot(double[], double[])}
 * @param typeVariables the enclosing class's type variables (an instance method's twin is static)
 *     followed by the method's own
 * @param parameters the receiver first for an instance method, then the method's parameters
 * @param varargs whether the last parameter is variable-arity
 * @param safeVarargs whether the method is {@code @SafeVarargs}, which the twin repeats: its
 *     parameter is as generic as the original's, and the user already answered for it
 * @param body the body without its braces: source text and parallel loops, in source order
 * @param takenNames every name the body uses, which generated locals must not take
 * @param sourceImports the import declarations of the original's file, as written
 * @param privateMembers the private members the body uses, which the companion reaches through handles
 */
public record LoopTwin(
        String name,
        boolean isPublic,
        String original,
        List<TypeVariableName> typeVariables,
        List<ParameterSpec> parameters,
        boolean varargs,
        boolean safeVarargs,
        TypeName returnType,
        List<TypeName> exceptions,
        List<TwinPart> body,
        Set<String> takenNames,
        List<String> sourceImports,
        List<PrivateMember> privateMembers) {

    public LoopTwin {
        typeVariables = List.copyOf(typeVariables);
        parameters = List.copyOf(parameters);
        exceptions = List.copyOf(exceptions);
        body = List.copyOf(body);
        takenNames = Set.copyOf(takenNames);
        sourceImports = List.copyOf(sourceImports);
        privateMembers = List.copyOf(privateMembers);
    }
}
