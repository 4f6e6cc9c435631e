package dev.weft.processor.model;

import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.weft.internal.TaskSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One accepted {@code @Parallelizable} method {@code R m(A a, B b)}, as the generator needs it to
 * write {@code mAll} and {@code mAllAsync}. Every name here is final: the analysis has already made
 * them distinct from each other.
 *
 * @param name the method's name, {@code m}
 * @param publicAccess whether {@code m} is public, and so are its fan-out methods
 * @param task what the runtime is told about every call: the method as people read it, its
 *     workload and its memory per task
 * @param serializable whether the element, the shared arguments, the receiver and the result of a
 *     call provably serialize, so that the task is written serializable and calls may cross to
 *     worker processes
 * @param ownerTypeVariables for an instance method of a generic class, the class's type
 *     parameters (and those of the classes an inner class belongs to), which the receiver's type
 *     mentions; the fan-out methods declare them before {@code m}'s own
 * @param typeVariables {@code m}'s own type parameters
 * @param receiver the object {@code m} is called on, absent for a static method
 * @param fanned the first parameter, whose values are fanned out
 * @param collectionName the name of the fan-out methods' collection parameter, {@code as}
 * @param shared the other parameters, passed unchanged to every call
 * @param varargs whether {@code m} is a varargs method whose last shared parameter stays varargs
 * @param safeVarargs whether the fan-out methods are varargs and {@code m} is marked
 *     {@code @SafeVarargs}, which then holds for them too
 * @param returnType {@code R}, {@link TypeName#VOID} for a void method
 * @param exceptions the exceptions {@code m} declares
 */
public record FanOutMethod(
        String name,
        boolean publicAccess,
        TaskSpec task,
        boolean serializable,
        List<TypeVariableName> ownerTypeVariables,
        List<TypeVariableName> typeVariables,
        Optional<FanOutParameter> receiver,
        FanOutParameter fanned,
        String collectionName,
        List<FanOutParameter> shared,
        boolean varargs,
        boolean safeVarargs,
        TypeName returnType,
        List<TypeName> exceptions) {

    public FanOutMethod {
        ownerTypeVariables = List.copyOf(ownerTypeVariables);
        typeVariables = List.copyOf(typeVariables);
        shared = List.copyOf(shared);
        exceptions = List.copyOf(exceptions);
    }

    /** {@code m}'s parameters in declaration order: the fanned one, then the shared ones. */
    public List<FanOutParameter> parameters() {
        return Stream.concat(Stream.of(fanned), shared.stream()).toList();
    }
}
