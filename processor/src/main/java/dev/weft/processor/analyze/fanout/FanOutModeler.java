package dev.weft.processor.analyze.fanout;

import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.MethodTree;
import dev.weft.Parallelizable;
import dev.weft.internal.TaskSpec;
import dev.weft.processor.analyze.Receivers;
import dev.weft.processor.model.FanOutMethod;
import dev.weft.processor.model.FanOutParameter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Describes an accepted {@code @Parallelizable} method as the generator needs it. */
final class FanOutModeler {
    private final Types types;

    FanOutModeler(Types types) {
        this.types = types;
    }

    /** The fan-out of {@code method}, whose calls' values all provably serialize when {@code serializable}. */
    FanOutMethod model(TypeElement type, ExecutableElement method, MethodTree tree, boolean serializable) {
        List<? extends VariableElement> parameters = method.getParameters();
        Set<String> taken = new HashSet<>();
        parameters.forEach(parameter -> taken.add(parameter.getSimpleName().toString()));
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        Optional<FanOutParameter> receiver = isStatic ? Optional.empty() : Optional.of(receiver(type, taken));
        receiver.ifPresent(self -> taken.add(self.name()));
        String fannedName = parameters.get(0).getSimpleName().toString();
        // A varargs first parameter is fanned out as arrays: the collection parameter cannot be varargs.
        boolean varargs = method.isVarArgs() && parameters.size() > 1;
        Parallelizable annotation = method.getAnnotation(Parallelizable.class);
        return new FanOutMethod(
                method.getSimpleName().toString(),
                method.getModifiers().contains(Modifier.PUBLIC),
                new TaskSpec(type.getQualifiedName() + "." + Signatures.of(tree),
                        annotation.workload(), annotation.memoryPerTask()),
                serializable,
                Receivers.typeVariables(type, isStatic),
                method.getTypeParameters().stream().map(TypeVariableName::get).toList(),
                receiver,
                parameter(parameters.get(0)),
                ParameterNames.unique(ParameterNames.plural(fannedName), taken),
                parameters.stream().skip(1).map(this::parameter).toList(),
                varargs,
                varargs && method.getAnnotation(SafeVarargs.class) != null,
                TypeName.get(method.getReturnType()),
                method.getThrownTypes().stream().map(TypeName::get).toList());
    }

    private FanOutParameter receiver(TypeElement type, Set<String> taken) {
        String name = ParameterNames.unique(ParameterNames.receiver(type.getSimpleName().toString()), taken);
        return parameter(name, type.asType());
    }

    private FanOutParameter parameter(VariableElement parameter) {
        return parameter(parameter.getSimpleName().toString(), parameter.asType());
    }

    private FanOutParameter parameter(String name, TypeMirror type) {
        return new FanOutParameter(name, TypeName.get(type), TypeName.get(types.erasure(type)));
    }
}
