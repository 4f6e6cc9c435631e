package dev.weft.processor.analyze;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves the names a method body writes to, by the rules javac will apply, but from the source
 * alone: while processors run, method bodies are not attributed yet, so expressions have no
 * elements. Members, imports and packages are entered, which is all that field and type names need.
 * Local variables are the caller's business: it asks here only about names no local declares.
 */
public final class FieldResolver {
    private final Elements elements;
    private final TypeElement type;
    private final CompilationUnitTree unit;

    public FieldResolver(Elements elements, TypeElement type, CompilationUnitTree unit) {
        this.elements = elements;
        this.type = type;
        this.unit = unit;
    }

    /**
     * The field a simple name denotes in the class's body: its own or inherited, an enclosing
     * class's, or a statically imported one.
     */
    public Optional<VariableElement> field(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosingType(scope)) {
            Optional<VariableElement> field = memberField(scope, name);
            if (field.isPresent()) {
                return field;
            }
        }
        return fromImports(true,
                single -> single.getIdentifier().contentEquals(name)
                        ? staticImportTarget(single).flatMap(owner -> staticField(owner, name))
                        : Optional.empty(),
                onDemand -> staticImportTarget(onDemand).flatMap(owner -> staticField(owner, name)));
    }

    /** The class whose static method {@code name} a static import brings in. */
    public Optional<TypeElement> staticMethodOwner(String name) {
        return fromImports(true,
                single -> single.getIdentifier().contentEquals(name)
                        ? staticImportTarget(single).filter(owner -> hasStaticMethod(owner, name)) : Optional.empty(),
                onDemand -> staticImportTarget(onDemand).filter(owner -> hasStaticMethod(owner, name)));
    }

    private boolean hasStaticMethod(TypeElement owner, String name) {
        return ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
                .anyMatch(method -> method.getSimpleName().contentEquals(name) && method.getModifiers().contains(Modifier.STATIC));
    }

    /** The class a qualifier such as {@code Foo}, {@code Outer.Inner} or {@code p.Foo} names, if it names one. */
    public Optional<TypeElement> type(ExpressionTree qualifier) {
        if (qualifier instanceof IdentifierTree identifier) {
            return simpleType(identifier.getName().toString());
        }
        if (qualifier instanceof MemberSelectTree select) {
            String name = select.getIdentifier().toString();
            Optional<TypeElement> member = type(select.getExpression()).flatMap(outer -> memberType(outer, name));
            return member.isPresent() ? member : Optional.ofNullable(elements.getTypeElement(select.toString()));
        }
        return Optional.empty();
    }

    /** Whether {@code name} is the simple name of the class or of a class enclosing it. */
    public boolean namesClassOrEnclosing(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosingType(scope)) {
            if (scope.getSimpleName().contentEquals(name)) {
                return true;
            }
        }
        return false;
    }

    private Optional<TypeElement> simpleType(String name) {
        for (TypeElement scope = type; scope != null; scope = enclosingType(scope)) {
            if (scope.getSimpleName().contentEquals(name)) {
                return Optional.of(scope);
            }
            Optional<TypeElement> member = memberType(scope, name);
            if (member.isPresent()) {
                return member;
            }
        }
        Optional<TypeElement> imported = fromImports(false,
                single -> single.getIdentifier().contentEquals(name)
                        ? Optional.ofNullable(elements.getTypeElement(single.toString()))
                        : Optional.empty(),
                onDemand -> inPackageOrType(onDemand.getExpression().toString(), name));
        if (imported.isPresent()) {
            return imported;
        }
        PackageElement own = elements.getPackageOf(type);
        Optional<TypeElement> sibling = inPackageOrType(own.getQualifiedName().toString(), name);
        return sibling.isPresent() ? sibling : inPackageOrType("java.lang", name);
    }

    /**
     * The first answer among the unit's imports of one kind: single imports ({@code import a.B;})
     * first, as they shadow on-demand ones ({@code import a.*;}).
     */
    private <T> Optional<T> fromImports(boolean staticImports,
            Function<MemberSelectTree, Optional<T>> single, Function<MemberSelectTree, Optional<T>> onDemand) {
        for (boolean wildcard : new boolean[] {false, true}) {
            for (ImportTree anImport : unit.getImports()) {
                if (anImport.isStatic() == staticImports
                        && anImport.getQualifiedIdentifier() instanceof MemberSelectTree imported
                        && imported.getIdentifier().contentEquals("*") == wildcard) {
                    Optional<T> found = (wildcard ? onDemand : single).apply(imported);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeElement> staticImportTarget(MemberSelectTree imported) {
        return Optional.ofNullable(elements.getTypeElement(imported.getExpression().toString()));
    }

    private Optional<TypeElement> inPackageOrType(String qualifier, String name) {
        String qualified = qualifier.isEmpty() ? name : qualifier + "." + name;
        return Optional.ofNullable(elements.getTypeElement(qualified));
    }

    /** The static field {@code name} of {@code owner}, declared or inherited. */
    public Optional<VariableElement> staticField(TypeElement owner, String name) {
        return memberField(owner, name).filter(field -> field.getModifiers().contains(Modifier.STATIC));
    }

    private Optional<VariableElement> memberField(TypeElement owner, String name) {
        return ElementFilter.fieldsIn(elements.getAllMembers(owner)).stream()
                .filter(field -> field.getSimpleName().contentEquals(name))
                .findFirst();
    }

    private Optional<TypeElement> memberType(TypeElement owner, String name) {
        return ElementFilter.typesIn(elements.getAllMembers(owner)).stream()
                .filter(member -> member.getSimpleName().contentEquals(name))
                .findFirst();
    }

    private static TypeElement enclosingType(TypeElement type) {
        Element enclosing = type.getEnclosingElement();
        return enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface())
                ? (TypeElement) enclosing
                : null;
    }
}
