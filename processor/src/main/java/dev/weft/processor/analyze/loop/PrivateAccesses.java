package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.weft.processor.model.PrivateMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The private members a twinned method uses, each with the names of the handle and the helper the
 * companion reaches it through. The names follow from the member alone, so that twins of the same
 * class that use the same member share them, and overloads share their helper's name: a call then
 * picks among the helpers as it picked among the methods.
 */
final class PrivateAccesses {
    private final Types types;
    private final Map<Element, PrivateMember> used = new LinkedHashMap<>();

    PrivateAccesses(Types types) {
        this.types = types;
    }

    /** The members used so far, in order of first use. */
    List<PrivateMember> members() {
        return List.copyOf(used.values());
    }

    /** The name of the constant holding the handle of {@code field}. */
    String field(VariableElement field) {
        return used.computeIfAbsent(field, f -> {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            return new PrivateMember(PrivateMember.Kind.FIELD, constant(owner, field.getSimpleName().toString(), 0), null,
                    field.getModifiers().contains(Modifier.STATIC), erased(owner.asType()),
                    field.getSimpleName().toString(), erased(field.asType()), List.of(), List.of(), List.of(), false,
                    TypeName.get(field.asType()), List.of());
        }).handle();
    }

    /**
     * A read of {@code field} through its handle, of {@code holder} as the companion writes it
     * (unused for a static field), cast to the field's erased type, which names no type variable.
     */
    String read(VariableElement field, String holder) {
        return "((" + erased(field.asType()) + ") " + field(field) + ".get("
                + (field.getModifiers().contains(Modifier.STATIC) ? "" : holder) + "))";
    }

    /** The name of the helper calling {@code callee}, a method or constructor, registering every one of {@code overloads}. */
    String executable(List<ExecutableElement> overloads) {
        String helper = null;
        for (ExecutableElement callee : overloads) {
            helper = used.computeIfAbsent(callee, unused -> member(callee)).helper();
        }
        return helper;
    }

    private PrivateMember member(ExecutableElement callee) {
        TypeElement owner = (TypeElement) callee.getEnclosingElement();
        boolean constructor = callee.getKind() == ElementKind.CONSTRUCTOR;
        String name = constructor ? "<init>" : callee.getSimpleName().toString();
        boolean isStatic = constructor || callee.getModifiers().contains(Modifier.STATIC);
        String flat = MethodContext.relativeName(owner).replace(".", "");
        String helper = constructor ? "new" + flat : lowerCamel(flat) + capitalized(name);
        List<ParameterSpec> parameters = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        callee.getParameters().forEach(parameter -> taken.add(parameter.getSimpleName().toString()));
        if (!isStatic) {
            String receiver = MethodContext.receiverBase(owner);
            while (taken.contains(receiver)) {
                receiver = receiver + "_";
            }
            parameters.add(ParameterSpec.builder(TypeName.get(owner.asType()), receiver).build());
        }
        List<TypeName> erasedParameters = new ArrayList<>();
        for (VariableElement parameter : callee.getParameters()) {
            parameters.add(ParameterSpec.builder(TypeName.get(parameter.asType()), parameter.getSimpleName().toString())
                    .build());
            erasedParameters.add(erased(parameter.asType()));
        }
        return new PrivateMember(constructor ? PrivateMember.Kind.CONSTRUCTOR : PrivateMember.Kind.METHOD,
                constant(owner, constructor ? "new" : name, overloadIndex(owner, callee)), helper, isStatic, erased(owner.asType()), name,
                constructor ? erased(owner.asType()) : erased(callee.getReturnType()), erasedParameters,
                callee.getTypeParameters().stream().map(TypeVariableName::get).toList(), parameters, callee.isVarArgs(),
                constructor ? TypeName.get(owner.asType()) : TypeName.get(callee.getReturnType()),
                callee.getThrownTypes().stream().map(TypeName::get).toList());
    }

    /** Which of the owner's executables of the same name and kind {@code callee} is, from 0, in declaration order. */
    private static int overloadIndex(TypeElement owner, ExecutableElement callee) {
        int index = 0;
        for (Element member : owner.getEnclosedElements()) {
            if (member.equals(callee)) {
                return index;
            }
            if (member.getKind() == callee.getKind() && member.getSimpleName().equals(callee.getSimpleName())) {
                index++;
            }
        }
        return index;
    }

    /** {@code SHAPES_WEIGHTS}, {@code SHAPES_F_2}: the owner's and the member's names, an overload's number after its first. */
    private static String constant(TypeElement owner, String member, int overload) {
        String words = (MethodContext.relativeName(owner).replace(".", "_") + "_" + member)
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return words.toUpperCase(Locale.ROOT) + (overload == 0 ? "" : "_" + (overload + 1));
    }

    private TypeName erased(TypeMirror type) {
        return TypeName.get(types.erasure(type));
    }

    private static String lowerCamel(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String capitalized(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
