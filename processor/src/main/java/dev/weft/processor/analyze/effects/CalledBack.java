package dev.weft.processor.analyze.effects;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the JDK may run of an object handed to it, as an argument of a method Weft cannot see into
 * or an operand added to a string: each method of the object's class that implements a public
 * method of a class or interface of the JDK ({@code toString}, {@code equals}, {@code hashCode},
 * {@code compareTo}, {@code compare}, {@code run}, ...), as a call on that object would run it. What
 * such a method is handed by the JDK, the other object of {@code equals}, may be any object. Where
 * the JDK runs code of its own that may call back into the object or what it holds (a method it
 * inherits from a class of the JDK other than {@code Object}, a record's generated methods), or the
 * class is not known, the summary reads any field ({@link FieldAccess#ANY_FIELD}) of the object and
 * of every object it reaches.
 */
final class CalledBack {
    private static final Set<String> OWN_STATE_ONLY = Set.of("java.lang.Object", "java.lang.Enum");

    private final Elements elements;
    private final Types types;
    private final Collection<TypeElement> compiled;
    private final Function<ExecutableElement, MethodSummary> summaries;

    CalledBack(Elements elements, Types types, Collection<TypeElement> compiled,
            Function<ExecutableElement, MethodSummary> summaries) {
        this.elements = elements;
        this.types = types;
        this.compiled = compiled;
        this.summaries = summaries;
    }

    /**
     * What the JDK may run of an object of class {@code type} ({@code null} where unknown), as a
     * summary of a call on it; {@code null} where it runs nothing of the compilation and reads
     * nothing a loop may write: an object of a final class of the JDK that takes no type arguments,
     * as a {@code String} or an {@code Integer} is. Where the JDK runs only some of its methods
     * ({@code toString} where it is added to a string), {@code runs} names them; {@code null} for any.
     */
    MethodSummary of(TypeElement type, Set<String> runs) {
        if (type == null) {
            return unseen(null, runs);
        }
        if (!compiled.contains(type)) {
            return type.getModifiers().contains(Modifier.FINAL) && type.getTypeParameters().isEmpty() ? null
                    : unseen(type, runs);
        }
        if (type.getKind() == ElementKind.RECORD && type.getRecordComponents().stream()
                .anyMatch(component -> !component.asType().getKind().isPrimitive())) {
            return unseen(type, runs); // its generated methods call those of its components
        }
        MethodSummary run = null;
        for (TypeElement jdk : jdkSupertypes(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(jdk.getEnclosedElements())) {
                Set<Modifier> modifiers = method.getModifiers();
                if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)
                        || modifiers.contains(Modifier.FINAL)
                        || runs != null && !runs.contains(method.getSimpleName().toString())) {
                    continue;
                }
                ExecutableElement implementation = Members.methods(elements, type, method.getSimpleName()).stream()
                        .filter(candidate -> candidate.equals(method) || elements.overrides(candidate, method, type))
                        .findFirst().orElse(null);
                if (implementation == null) {
                    continue;
                }
                TypeElement declaring = (TypeElement) implementation.getEnclosingElement();
                if (!compiled.contains(declaring) && !implementation.getModifiers().contains(Modifier.ABSTRACT)
                        && !OWN_STATE_ONLY.contains(declaring.getQualifiedName().toString())) {
                    return unseen(type, runs);
                }
                MethodSummary summary = summaries.apply(implementation);
                if (summary != null) {
                    MethodSummary handed = handedAny(summary, implementation);
                    run = run == null ? handed : run.or(handed);
                }
            }
        }
        return run;
    }

    /** The classes and interfaces of the JDK that {@code type} extends or implements, at any depth. */
    private Set<TypeElement> jdkSupertypes(TypeElement type) {
        Set<TypeElement> found = new LinkedHashSet<>();
        Set<TypeElement> seen = new HashSet<>();
        Deque<TypeMirror> next = new ArrayDeque<>(List.of(type.asType()));
        while (!next.isEmpty()) {
            for (TypeMirror supertype : types.directSupertypes(next.pop())) {
                if (types.asElement(supertype) instanceof TypeElement element && seen.add(element)) {
                    if (!compiled.contains(element)) {
                        found.add(element);
                    }
                    next.push(supertype);
                }
            }
        }
        return found;
    }

    /**
     * {@code summary} of a method the JDK runs, with its parameters standing for objects the JDK
     * chooses: the other object of {@code equals}, the two of {@code compare}.
     */
    private static MethodSummary handedAny(MethodSummary summary, ExecutableElement method) {
        Root any = Root.unknown("an object the JDK hands to `" + method.getSimpleName() + "()`");
        return told(summary, root -> root.kind() == Root.Kind.PARAMETER ? any : root,
                "may have `" + method.getSimpleName() + "()` run, which ", null);
    }

    /**
     * {@code summary} as made through what {@code via} tells, at {@code at} ({@code null} to keep
     * where each is made), each root seen as {@code map} tells: what a call that hands an object
     * to the JDK may run of it.
     */
    static MethodSummary told(MethodSummary summary, Function<Root, Root> map, String via, Tree at) {
        Map<Root, Effect> effects = new LinkedHashMap<>();
        summary.effects().values().forEach(effect -> effects.merge(map.apply(effect.target()), new Effect(
                map.apply(effect.target()), via + effect.trail(), at != null ? at : effect.at(), null, effect.shared()),
                Effect::or));
        return new MethodSummary(effects, Set.of(), Set.of(), summary.trusted(), summary.reads(),
                summary.staticArrays(), accesses(summary.fieldReads(), map, via, at), accesses(summary.fieldWrites(), map, via, at),
                summary.opaque().stream().map(map).collect(Collectors.toCollection(LinkedHashSet::new)), Set.of());
    }

    private static Map<FieldAccess, FieldAccess.Trail> accesses(Map<FieldAccess, FieldAccess.Trail> accesses,
            Function<Root, Root> map, String via, Tree at) {
        Map<FieldAccess, FieldAccess.Trail> mapped = new LinkedHashMap<>();
        accesses.forEach((access, how) -> {
            Root root = map.apply(access.root());
            FieldAccess.Way way = root.equals(access.root()) ? access.way() : access.way().notFromRoot();
            mapped.merge(new FieldAccess(access.owner(), access.field(), root, way),
                    how.through(via, at != null ? at : how.at()), FieldAccess.Trail::and);
        });
        return mapped;
    }

    /**
     * Reads of any field of an object of class {@code type} and of everything it reaches, which
     * Weft cannot see, by the methods {@code runs} names ({@code null} for any).
     */
    private static MethodSummary unseen(TypeElement type, Set<String> runs) {
        String run = runs == null ? "its toString, equals, hashCode or compareTo" : runs.contains("toString")
                ? "its toString" : "its " + String.join(" or ", new TreeSet<>(runs));
        FieldAccess.Trail how = new FieldAccess.Trail("may have " + run + " run, which may read any field of it and of "
                + "what it holds", null, false);
        Map<FieldAccess, FieldAccess.Trail> reads = new LinkedHashMap<>();
        reads.put(new FieldAccess(type, FieldAccess.ANY_FIELD, Root.RECEIVER, new FieldAccess.Way(type, List.of(), true)),
                how);
        reads.put(new FieldAccess(null, FieldAccess.ANY_FIELD, Root.RECEIVER, new FieldAccess.Way(null, List.of(), false)),
                how);
        return new MethodSummary(Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of(), reads, Map.of(), Set.of(),
                Set.of());
    }
}
