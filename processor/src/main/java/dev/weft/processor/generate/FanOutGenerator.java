package dev.weft.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.weft.internal.FanOut;
import dev.weft.internal.SerializableTask;
import dev.weft.internal.SerializableVoidTask;
import dev.weft.internal.TaskSpec;
import dev.weft.processor.model.FanOutMethod;
import dev.weft.processor.model.FanOutParameter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/** Writes the {@code mAll} and {@code mAllAsync} methods of each {@code @Parallelizable} method. */
final class FanOutGenerator {
    private static final ClassName FAN_OUT = ClassName.get(FanOut.class);

    private FanOutGenerator() {}

    static void addTo(TypeSpec.Builder type, ClassName original, List<FanOutMethod> methods) {
        NameAllocator constants = new NameAllocator();
        for (FanOutMethod method : methods) {
            String constant = constants.newName(constantName(method.name()) + "_TASK");
            type.addField(taskConstant(constant, method.task()));
            type.addMethod(all(original, method, constant));
            type.addMethod(allAsync(original, method, constant));
        }
    }

    /** What the runtime is told about every call, written once. */
    private static FieldSpec taskConstant(String name, TaskSpec task) {
        return FieldSpec.builder(TaskSpec.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S, $T.$L, $S)", TaskSpec.class, task.method(),
                        task.workload().getClass(), task.workload().name(), task.memoryPerTask())
                .build();
    }

    private static MethodSpec all(ClassName original, FanOutMethod method, String constant) {
        MethodSpec.Builder all = signature(method, method.name() + "All")
                .addJavadoc("Calls {@link $T#$L} $Lfor each element of {@code $L}, in parallel.\n",
                        original, linkedSignature(method), onReceiver(method), method.collectionName())
                .addExceptions(method.exceptions());
        if (!method.shared().isEmpty()) {
            all.addJavadoc("The other arguments are shared by every call.\n");
        }
        if (!isVoid(method) || !method.exceptions().isEmpty()) {
            all.addJavadoc("\n");
        }
        if (!isVoid(method)) {
            all.addJavadoc("@return the results, in the order of {@code $L}\n", method.collectionName());
        }
        for (TypeName exception : method.exceptions()) {
            all.addJavadoc("@throws $T when a call throws it, once the remaining calls are cancelled\n", exception);
        }
        return isVoid(method)
                ? all.addStatement("$T.forEach($N, $L)", FAN_OUT, constant, arguments(original, method)).build()
                : all.returns(results(method))
                        .addStatement("return $T.map($N, $L)", FAN_OUT, constant, arguments(original, method))
                        .build();
    }

    private static MethodSpec allAsync(ClassName original, FanOutMethod method, String constant) {
        String all = method.name() + "All";
        MethodSpec.Builder async = signature(method, all + "Async")
                .addJavadoc("{@link #$L} on a thread of its own.\n"
                                + "The future completes $L,\n"
                                + "or exceptionally with the exception of a call that failed.\n"
                                + "Cancelling it cancels the calls still running.\n",
                        all, isVoid(method)
                                ? "when every call has returned"
                                : "with the results in the order of {@code " + method.collectionName() + "}");
        return isVoid(method)
                ? async.returns(future(ClassName.get(Void.class)))
                        .addStatement("return $T.forEachAsync($N, $L)", FAN_OUT, constant, arguments(original, method))
                        .build()
                : async.returns(future(results(method)))
                        .addStatement("return $T.mapAsync($N, $L)", FAN_OUT, constant, arguments(original, method))
                        .build();
    }

    /** Modifiers, type variables and parameters, which {@code mAll} and {@code mAllAsync} share. */
    private static MethodSpec.Builder signature(FanOutMethod method, String name) {
        MethodSpec.Builder builder = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .addTypeVariables(method.ownerTypeVariables())
                .addTypeVariables(method.typeVariables());
        if (method.publicAccess()) {
            builder.addModifiers(Modifier.PUBLIC);
        }
        if (method.safeVarargs()) {
            // The array only travels on to the original, which promises to use it safely.
            builder.addAnnotation(SafeVarargs.class).addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "varargs")
                    .build());
        }
        method.receiver().ifPresent(receiver -> builder.addParameter(receiver.type(), receiver.name()));
        builder.addParameter(ParameterSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Collection.class),
                        WildcardTypeName.subtypeOf(method.fanned().type().box())),
                method.collectionName()).build());
        for (FanOutParameter shared : method.shared()) {
            builder.addParameter(shared.type(), shared.name());
        }
        return builder.varargs(method.varargs());
    }

    /**
     * The arguments to {@link FanOut} after the task constant: the collection and one call of the
     * method, cast to a serializable task when its values can cross to a worker process.
     */
    private static CodeBlock arguments(ClassName original, FanOutMethod method) {
        CodeBlock target = method.receiver()
                .map(receiver -> CodeBlock.of("$N", receiver.name()))
                .orElse(CodeBlock.of("$T", original));
        CodeBlock typeArguments = method.typeVariables().isEmpty()
                ? CodeBlock.of("")
                : CodeBlock.of("<$L>", CodeBlock.join(method.typeVariables().stream()
                        .map(variable -> CodeBlock.of("$T", variable)).toList(), ", "));
        CodeBlock callArguments = CodeBlock.join(method.parameters().stream()
                .map(parameter -> CodeBlock.of("$N", parameter.name())).toList(), ", ");
        CodeBlock call = CodeBlock.of("$N -> $L.$L$N($L)", method.fanned().name(),
                target, typeArguments, method.name(), callArguments);
        return method.serializable()
                ? CodeBlock.of("$N, ($T) $L", method.collectionName(), serializableTask(method), call)
                : CodeBlock.of("$N, $L", method.collectionName(), call);
    }

    /** {@code SerializableTask<A, R>}, or {@code SerializableVoidTask<A>} for a void method. */
    private static TypeName serializableTask(FanOutMethod method) {
        TypeName input = method.fanned().type().box();
        return isVoid(method)
                ? ParameterizedTypeName.get(ClassName.get(SerializableVoidTask.class), input)
                : ParameterizedTypeName.get(ClassName.get(SerializableTask.class), input, method.returnType().box());
    }

    /** {@code square(int, int)}, the original method's part of a Javadoc {@code @link}. */
    private static CodeBlock linkedSignature(FanOutMethod method) {
        return CodeBlock.of("$N($L)", method.name(), CodeBlock.join(method.parameters().stream()
                .map(parameter -> CodeBlock.of("$T", parameter.erasure())).toList(), ", "));
    }

    private static String onReceiver(FanOutMethod method) {
        return method.receiver().map(receiver -> "on {@code " + receiver.name() + "} ").orElse("");
    }

    private static boolean isVoid(FanOutMethod method) {
        return method.returnType().equals(TypeName.VOID);
    }

    private static TypeName results(FanOutMethod method) {
        return ParameterizedTypeName.get(ClassName.get(List.class), method.returnType().box());
    }

    private static TypeName future(TypeName value) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), value);
    }

    /** {@code parseUrl} and {@code parseURL} become {@code PARSE_URL}. */
    private static String constantName(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
