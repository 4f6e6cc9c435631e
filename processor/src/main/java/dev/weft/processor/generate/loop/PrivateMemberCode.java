package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.processor.model.PrivateMember;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The handles on the private members the twins use, each in a {@code static final} field that
 * HotSpot treats as a constant, and for each method and constructor a helper that calls its handle
 * as the original calls the member: the same parameters, result and checked exceptions.
 */
final class PrivateMemberCode {
    static final ClassName PRIVATE_MEMBERS = ClassName.get("dev.weft.internal", "PrivateMembers");

    private PrivateMemberCode() {}

    static void addTo(TypeSpec.Builder type, PrivateMember member) {
        type.addField(FieldSpec.builder(member.kind() == PrivateMember.Kind.FIELD ? VarHandle.class : MethodHandle.class,
                        member.handle(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(lookup(member))
                .build());
        if (member.helper() != null) {
            type.addMethod(helper(member));
        }
    }

    private static CodeBlock lookup(PrivateMember member) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$T.lookup()", MethodHandles.class));
        arguments.add(CodeBlock.of("$T.class", member.owner()));
        String factory = switch (member.kind()) {
            case FIELD -> member.isStatic() ? "staticField" : "field";
            case METHOD -> member.isStatic() ? "staticMethod" : "method";
            case CONSTRUCTOR -> "constructor";
        };
        if (member.kind() != PrivateMember.Kind.CONSTRUCTOR) {
            arguments.add(CodeBlock.of("$S", member.name()));
            arguments.add(CodeBlock.of("$T.class", member.erasedType()));
        }
        member.erasedParameters().forEach(parameter -> arguments.add(CodeBlock.of("$T.class", parameter)));
        return CodeBlock.of("$T.$L($L)", PRIVATE_MEMBERS, factory, CodeBlock.join(arguments, ", "));
    }

    private static MethodSpec helper(PrivateMember member) {
        String what = member.kind() == PrivateMember.Kind.CONSTRUCTOR ? "a constructor of {@code $L}"
                : "{@code $L." + member.name() + "}";
        MethodSpec.Builder helper = MethodSpec.methodBuilder(member.helper())
                .addJavadoc("Calls " + what + ", which is private, through its handle.\n", member.owner())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariables(member.typeVariables())
                .addParameters(member.parameters())
                .varargs(member.varargs())
                .returns(member.returnType())
                .addExceptions(member.exceptions());
        String arguments = String.join(", ", member.parameters().stream().map(ParameterSpec::name).toList());
        CodeBlock call = member.returnType().equals(TypeName.VOID)
                ? CodeBlock.of("$L.invokeExact($L)", member.handle(), arguments)
                : CodeBlock.of("return ($T) $L.invokeExact($L)", member.returnType(), member.handle(), arguments);
        return helper.beginControlFlow("try")
                .addStatement(call)
                .nextControlFlow("catch ($T e)", Throwable.class)
                // A handle throws what the member throws: checked exceptions only as the helper declares them.
                .addStatement("throw $T.rethrown(e)", PRIVATE_MEMBERS)
                .endControlFlow()
                .build();
    }
}
