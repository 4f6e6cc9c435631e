package dev.weft.process;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The types a task declares, as class names for a worker's {@link AllowList}. For a serializable
 * lambda, such as the {@code a -> Foo.m(a, b)} of generated code, these are the parameter and
 * result types of the method that implements it, which are those of {@code m}, the class that
 * holds the lambda, the class of the method it calls and the interface it implements. For a task of
 * a named class, that class and the classes of the inputs.
 */
final class DeclaredTypes {
    private DeclaredTypes() {}

    static List<String> of(Object task, Object input) {
        return of(task, new Object[] {input});
    }

    /** The types a task declares, with the classes of {@code inputs} when it is not a lambda. */
    static List<String> of(Object task, Object[] inputs) {
        Set<String> names = new LinkedHashSet<>();
        SerializedLambda lambda = serializedForm(task);
        if (lambda == null) {
            names.add(task.getClass().getName());
            for (Object input : inputs) {
                if (input != null) {
                    names.add(input.getClass().getName());
                }
            }
        } else {
            names.add(lambda.getCapturingClass().replace('/', '.'));
            // What the serialized form resolves to: the lambda, an implementation of this interface.
            names.add(lambda.getFunctionalInterfaceClass().replace('/', '.'));
            // The receiver a method reference such as foo::m captures.
            names.add(lambda.getImplClass().replace('/', '.'));
            MethodType implementation = MethodType.fromMethodDescriptorString(
                    lambda.getImplMethodSignature(), task.getClass().getClassLoader());
            implementation.parameterList().forEach(type -> names.add(type.getName()));
            names.add(implementation.returnType().getName());
        }
        return List.copyOf(names);
    }

    /**
     * What a serializable lambda writes in its place; {@code null} for other objects. Serialization
     * itself asks the lambda, because reflection cannot: the lambda's class lies in the caller's
     * module, which need not open its packages to Weft.
     */
    private static SerializedLambda serializedForm(Object task) {
        try (FirstReplacement stream = new FirstReplacement()) {
            stream.writeObject(task);
            return stream.first instanceof SerializedLambda lambda ? lambda : null;
        } catch (IOException | RuntimeException notSerializable) {
            return null;
        }
    }

    /**
     * A stream that keeps the object it is given, as its {@code writeReplace} replaced it, and
     * writes {@code null} in its place: nothing the object holds is written, however large.
     */
    private static final class FirstReplacement extends ObjectOutputStream {
        private Object first;

        FirstReplacement() throws IOException {
            super(OutputStream.nullOutputStream());
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            first = object;
            return null;
        }
    }
}
