package dev.weft.processor.analyze.effects;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.DeclaredTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The effect summaries of the methods whose source is in the compilation, computed when first
 * asked for and kept: the loop and fan-out analyses share them. A call may run the method it names
 * or any override of it, so what it may change is what any of them may change, over the overrides
 * in the compilation; overrides elsewhere are assumed away. Recursion, direct or mutual, is
 * summarised to a fixpoint: the methods met while one summary is worked out are summarised again,
 * each from the others' last summaries, until none changes.
 */
public final class Summaries {
    private final Trees trees;
    private final Elements elements;
    private final Types types;
    private final Collection<TypeElement> compiled;
    private final Map<ExecutableElement, MethodSummary> known = new HashMap<>();
    /** The methods met while the outermost summary asked for is worked out, with their summaries so far. */
    private final Map<ExecutableElement, MethodSummary> working = new LinkedHashMap<>();
    private final Map<ExecutableElement, List<ExecutableElement>> overrides = new HashMap<>();
    private final OwnedFields owned;
    private final CalledBack calledBack;

    /** @param compiled the classes of the compilation, nested ones included, whose overrides a call may run */
    public Summaries(Trees trees, Elements elements, Types types, Collection<TypeElement> compiled) {
        this.trees = trees;
        this.elements = elements;
        this.types = types;
        this.compiled = compiled;
        this.owned = new OwnedFields(trees, this, compiled);
        this.calledBack = new CalledBack(elements, types, compiled, this::of);
    }

    /**
     * Why {@code field} may hold an object that another object holds too, as two edges hold one
     * node; empty where every object holds one of its own in it (see {@link OwnedFields}).
     */
    public Optional<String> sharedBecause(VariableElement field) {
        return owned.sharedBecause(field);
    }

    /**
     * Why the object reached from an object of class {@code from} by the instance fields {@code fields}
     * may be one that another object reaches too; empty where each field on the way is one every
     * object owns.
     */
    public Optional<String> sharedBecause(TypeElement from, List<String> fields) {
        TypeElement type = from;
        for (String name : fields) {
            Optional<VariableElement> field = type == null ? Optional.empty() : Members.field(elements, type, name);
            if (field.isEmpty()) {
                return Optional.of("Weft cannot find the field `" + name + "`");
            }
            Optional<String> shared = sharedBecause(field.get());
            if (shared.isPresent()) {
                return shared;
            }
            DeclaredType declared = DeclaredTypes.of(field.get().asType());
            type = declared == null ? null : (TypeElement) declared.asElement();
        }
        return Optional.empty();
    }

    /**
     * What a call of {@code method} may change: its own body's changes and its overrides' in the
     * compilation; {@code null} when the compilation has neither to read.
     */
    public MethodSummary of(ExecutableElement method) {
        return of(method, null);
    }

    /**
     * What a call of {@code method} on an object declared of class {@code receiver} ({@code null}
     * for any) may change: of the overrides, those of classes an object of that class may be.
     */
    public MethodSummary of(ExecutableElement method, TypeElement receiver) {
        MethodSummary summary = ofBody(method);
        for (ExecutableElement override : overridesOf(method)) {
            if (receiver != null && !mayBeBoth(receiver, (TypeElement) override.getEnclosingElement())) {
                continue; // no object of the receiver's class runs it
            }
            MethodSummary overriding = ofBody(override);
            if (overriding != null) {
                summary = summary == null ? overriding : summary.or(overriding);
            }
        }
        return summary;
    }

    /**
     * What a method reference handed on runs of the objects the code it is handed to applies it to,
     * which Weft cannot follow: the referenced method's summary, where it has one, with its
     * parameters, and its receiver unless {@code bound}, standing for such objects; for a method of
     * the JDK, what it may run of the objects it takes ({@link JdkChanges#methodsRun}), where it
     * may run any of theirs. {@code null} where it runs nothing of them.
     *
     * @param takesObjects whether a method of the JDK takes an object it may run methods of: as its
     *     receiver, unbound, or as an argument
     */
    public MethodSummary appliedTo(ExecutableElement referenced, boolean bound, boolean takesObjects, String via,
            Tree at) {
        Root chosen = Root.unknown("an object the code it is handed to chooses");
        MethodSummary summary = of(referenced);
        if (summary != null) {
            return CalledBack.told(summary, root -> root.kind() == Root.Kind.PARAMETER
                    || root.kind() == Root.Kind.RECEIVER && !bound ? chosen : root, via, at);
        }
        MethodSummary run = takesObjects ? calledBack.of(null, JdkChanges.methodsRun(List.of(referenced))) : null;
        return run == null ? null
                : CalledBack.told(run, root -> root.kind() == Root.Kind.RECEIVER ? chosen : root, via, at);
    }

    /**
     * Whether an object of class {@code declared} may run what class {@code declaring} declares: it
     * inherits it, or a class of the compilation is both ({@code declaring} itself among them).
     */
    private boolean mayBeBoth(TypeElement declared, TypeElement declaring) {
        TypeMirror receiver = types.erasure(declared.asType());
        TypeMirror owner = types.erasure(declaring.asType());
        return types.isSubtype(receiver, owner) || Stream.concat(compiled.stream(), Stream.of(declaring))
                .map(type -> types.erasure(type.asType()))
                .anyMatch(type -> types.isSubtype(type, owner) && types.isSubtype(type, receiver));
    }

    /**
     * What the JDK may run of an object of class {@code type} ({@code null} where unknown) handed
     * to it, as a call on that object would run it ({@link CalledBack}), where the JDK runs the
     * methods of it {@code runs} names ({@code null} for any: {@link JdkChanges#methodsRun}), made
     * as {@code via} tells at {@code at}; {@code null} where it runs nothing that reads what a loop
     * may write.
     */
    public MethodSummary handedToJdk(TypeElement type, Set<String> runs, String via, Tree at) {
        MethodSummary run = calledBack.of(type, runs);
        return run == null ? null : CalledBack.told(run, Function.identity(), via, at);
    }

    /**
     * Whether an object of type {@code type} ({@code null} where unknown) may be, or hold, an object
     * whose fields what the JDK runs of it may read and a loop may write: any but a number, an array
     * of numbers, and an object of a final class of the JDK whose type arguments, if any, are such
     * types, as {@code String} and {@code Map<String, Integer>} are.
     */
    public boolean mayHoldFields(TypeMirror type) {
        if (type == null) {
            return true;
        }
        return switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID, NULL -> false;
            case ARRAY -> mayHoldFields(((ArrayType) type).getComponentType());
            case DECLARED -> {
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                boolean extended = compiled.stream().anyMatch(compiledType ->
                        types.isSubtype(types.erasure(compiledType.asType()), types.erasure(element.asType())));
                yield extended || !element.getModifiers().contains(Modifier.FINAL) && element.getTypeParameters().isEmpty()
                        || ((DeclaredType) type).getTypeArguments().stream().anyMatch(this::mayHoldFields)
                        || ((DeclaredType) type).getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty();
            }
            default -> true;
        };
    }

    /** Whether {@code type} is a class of the compilation, whose methods Weft reads. */
    public boolean compiles(TypeElement type) {
        return compiled.contains(type);
    }

    /**
     * Whether every method of an object of type {@code type} is the JDK's own code: an array, or an
     * object of a class of {@code java.*} that no class of the compilation extends.
     */
    public boolean runsOnlyJdkCode(TypeMirror type) {
        if (type == null) {
            return false;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getQualifiedName().toString().startsWith("java.") && compiled.stream().noneMatch(compiledType ->
                types.isSubtype(types.erasure(compiledType.asType()), types.erasure(element.asType())));
    }

    /**
     * Why an object just built by a call that may run any of {@code constructors} may hold in
     * {@code field} an object that other objects hold too; empty where the code building it sets
     * the field only to objects it creates.
     */
    public Optional<String> sharedWhenBuiltBy(VariableElement field, List<ExecutableElement> constructors) {
        return owned.sharedWhenBuiltBy(field, constructors);
    }

    /**
     * Why what a call of {@code method} returns may be an object that another object holds too;
     * empty where it only returns a field each object owns, as a getter does.
     */
    public Optional<String> returnsSharedBecause(ExecutableElement method) {
        return owned.returnsSharedBecause(method, overridesOf(method));
    }

    /**
     * The field of its receiver that a call of {@code method} does nothing but return, as a getter
     * or a record's accessor does, whichever override it runs; empty for any other method.
     */
    public Optional<VariableElement> returnedField(ExecutableElement method) {
        List<ExecutableElement> all = new ArrayList<>(overridesOf(method));
        all.add(method);
        List<VariableElement> fields = all.stream().map(owned::returnedField).distinct().toList();
        return fields.size() == 1 ? Optional.ofNullable(fields.get(0)) : Optional.empty();
    }

    /** Whether a call that may run any of {@code callees} is known to return only objects it creates. */
    public boolean returnOnlyNew(List<ExecutableElement> callees) {
        return !callees.isEmpty() && callees.stream().map(this::of).allMatch(summary -> summary != null && summary.returnsOnlyNew());
    }

    /**
     * Whether a call that may run any of {@code callees} runs code of the JDK, or code Weft cannot
     * see into, which may run methods of its receiver and arguments ({@link #handedToJdk}): none of
     * them has a summary or is a record's accessor.
     */
    public boolean runsJdkCode(List<ExecutableElement> callees) {
        return callees.stream().noneMatch(callee -> of(callee) != null || elements.recordComponentFor(callee) != null);
    }

    /** Whether Weft knows what a call of {@code method} may change: from source, as a record's accessor, or from the table of the JDK. */
    public boolean sees(ExecutableElement method) {
        return of(method) != null || elements.recordComponentFor(method) != null
                || JdkChanges.knows(method, elements, types);
    }

    /**
     * Whether a call of {@code callee} may leave its receiver ({@code operand} -1) or its argument
     * {@code operand} holding what else the call is handed: where it changes that object, by its
     * summary or by the JDK's table; a method Weft cannot see into may.
     */
    public boolean mayKeep(ExecutableElement callee, int operand) {
        MethodSummary summary = of(callee);
        if (summary != null) {
            int last = callee.getParameters().size() - 1;
            return summary.effects().keySet().stream().anyMatch(root -> operand < 0 ? root.kind() == Root.Kind.RECEIVER
                    : root.kind() == Root.Kind.PARAMETER && (root.parameter() == operand
                            || callee.isVarArgs() && root.parameter() == last && operand > last));
        }
        if (elements.recordComponentFor(callee) != null) {
            return false;
        }
        if (!JdkChanges.knows(callee, elements, types)) {
            return true;
        }
        return operand < 0 ? JdkChanges.CONTAINER_CHANGES.contains(callee.getSimpleName().toString())
                : JdkChanges.changedArgument(callee) == operand;
    }

    Elements elements() {
        return elements;
    }

    Types types() {
        return types;
    }

    private MethodSummary ofBody(ExecutableElement method) {
        MethodSummary summary = known.get(method);
        if (summary != null) {
            return summary;
        }
        if (working.containsKey(method)) {
            return working.get(method);
        }
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return null;
        }
        boolean outermost = working.isEmpty();
        working.put(method, MethodSummary.NOTHING);
        working.put(method, scan(method));
        if (!outermost) {
            return working.get(method);
        }
        try {
            settle();
            known.putAll(working);
        } finally {
            working.clear();
        }
        return known.get(method);
    }

    /** The methods of the compilation that override {@code method}, at any depth. */
    private List<ExecutableElement> overridesOf(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)
                || method.getModifiers().contains(Modifier.FINAL) || !(method.getEnclosingElement() instanceof TypeElement owner)
                || owner.getModifiers().contains(Modifier.FINAL) || method.getKind() != ElementKind.METHOD) {
            return List.of();
        }
        return overrides.computeIfAbsent(method, unused -> {
            List<ExecutableElement> found = new ArrayList<>();
            for (TypeElement type : compiled) {
                if (!type.equals(owner) && types.isSubtype(types.erasure(type.asType()), types.erasure(owner.asType()))) {
                    ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                            .filter(candidate -> candidate.getSimpleName().equals(method.getSimpleName())
                                    && elements.overrides(candidate, method, type))
                            .forEach(found::add);
                }
            }
            return List.copyOf(found);
        });
    }

    /** Summarises the methods met again until what each reaches stops growing: the trails may differ, the reach may not. */
    private void settle() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ExecutableElement met : new ArrayList<>(working.keySet())) {
                MethodSummary again = scan(met);
                changed |= !again.reaches(working.put(met, again));
            }
        }
    }

    private MethodSummary scan(ExecutableElement method) {
        return new SummaryScan(this, trees, elements, method, trees.getPath(method)).summary();
    }
}
