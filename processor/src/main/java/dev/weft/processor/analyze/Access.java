package dev.weft.processor.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** What a companion, another top-level class of the same package, cannot name. */
public final class Access {
    private Access() {}

    /** The top-level class around {@code type}, or {@code type} itself: private access reaches that far. */
    public static TypeElement topLevel(TypeElement type) {
        TypeElement outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
            outermost = enclosing;
        }
        return outermost;
    }

    /** {@code type}, or the class around it, that is private; {@code null} when none is. */
    public static TypeElement privateClass(TypeElement type) {
        for (Element e = type; e instanceof TypeElement enclosing; e = enclosing.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                return enclosing;
            }
        }
        return null;
    }

    /** The private classes the companion would have to name to declare a method with {@code method}'s signature. */
    public static List<TypeElement> privateClassesIn(ExecutableElement method) {
        return privateClasses(SignatureTypes.of(method));
    }

    /** Whether a class of the package around {@code from} may name {@code type}: the class, and every class around it. */
    public static boolean named(TypeElement type, Element from) {
        boolean samePackage = packageOf(type).equals(packageOf(from));
        for (Element e = type; e instanceof TypeElement enclosing; e = enclosing.getEnclosingElement()) {
            Set<Modifier> modifiers = enclosing.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE) || !samePackage && !modifiers.contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a class of the package around {@code from} may name every class {@code type} names. */
    public static boolean named(TypeMirror type, Element from) {
        return SignatureTypes.in(type).stream().allMatch(named -> named((TypeElement) named.asElement(), from));
    }

    /**
     * Whether a class of the package around {@code from} may name {@code field}: it is public, or
     * not private and of a class of that package; a static field's class named as well.
     */
    public static boolean named(VariableElement field, Element from) {
        Set<Modifier> modifiers = field.getModifiers();
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        boolean visible = modifiers.contains(Modifier.PUBLIC)
                || !modifiers.contains(Modifier.PRIVATE) && packageOf(field).equals(packageOf(from));
        return visible && (!modifiers.contains(Modifier.STATIC) || named(owner, from));
    }

    /** The package {@code element} belongs to. */
    public static Element packageOf(Element element) {
        Element enclosing = element;
        while (enclosing.getKind() != ElementKind.PACKAGE) {
            enclosing = enclosing.getEnclosingElement();
        }
        return enclosing;
    }

    /** Whether {@code type} names {@code hidden}, in itself or in its type arguments. */
    public static boolean names(TypeMirror type, TypeElement hidden) {
        return privateClasses(SignatureTypes.in(type)).contains(hidden);
    }

    private static List<TypeElement> privateClasses(List<DeclaredType> types) {
        return types.stream()
                .map(type -> privateClass((TypeElement) type.asElement()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
