package dev.weft.processor.analyze.fanout;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.FieldResolver;
import dev.weft.processor.analyze.Leftmost;
import dev.weft.processor.analyze.SignatureTypes;
import dev.weft.processor.analyze.effects.Effect;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import dev.weft.processor.analyze.effects.Summaries;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.CompanionName;
import dev.weft.processor.model.FanOutMethod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/** Validates {@code @Parallelizable} methods and models their fan-out methods. */
public final class FanOutAnalyzer {
    private static final TypeName COLLECTION = ClassName.get(Collection.class);

    private final Trees trees;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final Summaries summaries;
    private final FanOutModeler modeler;
    private final ProcessCrossing crossing;
    private final FirstArgumentReads firstArgumentReads;

    public FanOutAnalyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics, Summaries summaries) {
        this.trees = trees;
        this.summaries = summaries;
        this.elements = env.getElementUtils();
        this.diagnostics = diagnostics;
        this.modeler = new FanOutModeler(env.getTypeUtils());
        this.crossing = new ProcessCrossing(trees, new SerializableTypes(trees, elements, env.getTypeUtils()));
        this.firstArgumentReads = new FirstArgumentReads(diagnostics, summaries, env.getTypeUtils());
    }

    /** The fan-outs of the accepted methods among {@code methods}, all declared in {@code type}. */
    public List<FanOutMethod> analyze(CompanionName companion, TypeElement type, List<TreePath> methods) {
        DeclarationCheck declarations = new DeclarationCheck(diagnostics, companion.simpleName());
        Map<String, TreePath> signatures = new HashMap<>();
        List<FanOutMethod> accepted = new ArrayList<>();
        for (TreePath method : methods) {
            int errorsBefore = diagnostics.errorCount();
            Optional<ExecutableElement> element = Optional.ofNullable((ExecutableElement) trees.getElement(method));
            if (element.isPresent() && SignatureTypes.haveErrors(element.get())) {
                // javac reports the missing type itself; a companion naming it would only add errors.
                continue;
            }
            declarations.check(method, element);
            List<ProcessCrossing.Blocked> changedShared = new ArrayList<>();
            if (element.isPresent()) {
                changedShared = checkOtherWrites(method, element.get(), checkFieldWrites(type, method));
                if (diagnostics.errorCount() == errorsBefore) {
                    firstArgumentReads.check(method, element.get());
                }
            }
            if (diagnostics.errorCount() == errorsBefore) {
                List<ProcessCrossing.Blocked> blocked = new ArrayList<>(crossing.blocked(method, element.get()));
                blocked.addAll(changedShared);
                FanOutMethod fanOut =
                        modeler.model(type, element.get(), (MethodTree) method.getLeaf(), blocked.isEmpty());
                if (hasDistinctTypeVariables(fanOut, method) && isUnique(fanOut, method, signatures)) {
                    accepted.add(fanOut);
                    crossing.report(method, element.get(), blocked);
                }
            }
        }
        return accepted;
    }

    /** Reports the method's own writes of fields that its parallel calls share; the written expressions. */
    private Set<Tree> checkFieldWrites(TypeElement type, TreePath method) {
        String name = Signatures.subject(method);
        FieldResolver resolver = new FieldResolver(elements, type, method.getCompilationUnit());
        Set<Tree> reported = new HashSet<>();
        for (FieldWrite write : FieldWriteFinder.find(method, resolver)) {
            reported.add(write.target());
            diagnostics.error(DiagnosticId.IMPURE, method, write.at(), write.isStatic()
                    ? name + " writes the static field " + write.field() + ", which all its calls share, so parallel "
                            + "calls would race on it: return the value instead and combine the results, "
                            + "or remove @Parallelizable"
                    : name + " writes the field " + write.field() + ", which all its calls on one object share, so "
                            + "parallel calls would race on it: return the value instead (fields of other objects "
                            + "may be written), or remove @Parallelizable");
        }
        return reported;
    }

    /**
     * Reports every other change of what the method's parallel calls share, by its summary: a
     * static field or, for an instance method, its receiver, changed through a call or through an
     * object the method reaches ({@code int[] a = pick(); a[0]++}), an object Weft cannot follow,
     * an object reached from the first argument that two arguments may share ({@code e.to}), and a
     * shared argument, which every call is handed, unless its type is made for threads. A field
     * written by its name, or through {@code this}, is the check above's: what it {@code reported}
     * is not reported again, and it knows the scopes of names better. What keeps the calls in this
     * JVM, a shared argument made for threads that they change, is returned.
     */
    private List<ProcessCrossing.Blocked> checkOtherWrites(TreePath method, ExecutableElement element, Set<Tree> reported) {
        MethodSummary summary = summaries.of(element);
        List<ProcessCrossing.Blocked> inThisJvm = new ArrayList<>();
        if (summary == null) {
            return inThisJvm;
        }
        boolean instance = !element.getModifiers().contains(Modifier.STATIC);
        for (Effect effect : summary.effects().values()) {
            if (effect.target().kind() == Root.Kind.PARAMETER && effect.target().parameter() > 0) {
                checkSharedArgument(method, element, effect).ifPresent(inThisJvm::add);
                continue;
            }
            String shared = switch (effect.target().kind()) {
                case STATIC -> "the static field `" + effect.target().name() + "` or an object it holds, which all "
                        + "its calls share";
                case RECEIVER -> instance ? "a field of the object all its calls on one object share" : null;
                case UNKNOWN -> "an object reached through " + effect.target().name()
                        + ", which Weft cannot follow and its calls may share";
                // Each call its own first argument, but not what two of them may hold alike.
                case PARAMETER -> effect.target().parameter() == 0 && effect.shared() != null
                        ? "where " + effect.shared().why() + ": two of the values its calls are handed may share it"
                        : null;
                case FRESH -> null;
            };
            if (shared == null || reported.contains(effect.at()) || !effect.throughCall() && namesField(effect.at())) {
                continue;
            }
            diagnostics.error(DiagnosticId.CALL_EFFECT, method, Leftmost.of(effect.at()), Signatures.subject(method) + " "
                    + effect.trail() + ", " + shared + ", so parallel calls would race on it: return the value "
                    + "instead and combine the results, or remove @Parallelizable");
        }
        if (!summary.trusted().isEmpty()) {
            diagnostics.unseenCalls(method, method.getLeaf(), element, Signatures.subject(method) + " calls what Weft "
                    + "cannot see into, and trusts it to change nothing its parallel calls share: ", summary.trusted());
        }
        return inThisJvm;
    }

    /**
     * A change of an argument every call is handed: refused, unless the method uses the argument only
     * under {@code synchronized} on it ({@link GuardedArguments}), or the argument's type is made for
     * threads ({@code java.util.concurrent}) and the change is of the argument itself, not of what it
     * holds; then what keeps the calls in this JVM, where a worker process would change a copy.
     */
    private Optional<ProcessCrossing.Blocked> checkSharedArgument(TreePath method, ExecutableElement element,
            Effect effect) {
        List<? extends VariableElement> parameters = element.getParameters();
        VariableElement parameter = parameters.get(Math.min(effect.target().parameter(), parameters.size() - 1));
        DeclaredType type = DeclaredTypes.of(parameter.asType());
        boolean forThreads = type != null && ((TypeElement) type.asElement()).getQualifiedName().toString()
                .startsWith("java.util.concurrent.");
        String name = "`" + parameter.getSimpleName() + "`";
        boolean guarded = GuardedArguments.guarded(method, ((MethodTree) method.getLeaf()).getParameters()
                .get(parameters.indexOf(parameter)));
        if (forThreads && effect.shared() == null || guarded) {
            return Optional.of(new ProcessCrossing.Blocked(method.getLeaf(), Signatures.subject(method) + " cannot run in "
                    + "a worker process: it " + effect.trail() + (guarded ? " under `synchronized (" + parameter.getSimpleName()
                    + ")`" : "") + ", and a call in a worker process would change a copy of " + name + " of its own, "
                    + "so Weft keeps its calls in this JVM"));
        }
        diagnostics.error(DiagnosticId.CALL_EFFECT, method, Leftmost.of(effect.at()), Signatures.subject(method) + " "
                + effect.trail() + ", " + (forThreads ? "an object that " + name + ", which all its calls share, holds"
                        : "and " + name + ", which all its calls share, is of a type not made for threads")
                + ", so parallel calls would race on it: return the value instead and combine the results, "
                + (forThreads ? "" : "give " + name + " a type made for threads (java.util.concurrent: "
                        + "ConcurrentHashMap, AtomicLongArray, LongAdder, ...), use it only inside `synchronized ("
                        + parameter.getSimpleName() + ")`, ")
                + "or remove @Parallelizable");
        return Optional.empty();
    }

    /** Whether {@code written} is a field's name, or a field selected from {@code this}: {@link FieldWriteFinder}'s to judge. */
    private static boolean namesField(Tree written) {
        return written instanceof IdentifierTree
                || written instanceof MemberSelectTree select && (select.getExpression() instanceof IdentifierTree name
                        && (name.getName().contentEquals("this") || name.getName().contentEquals("super"))
                        || select.getExpression() instanceof MemberSelectTree outer
                        && outer.getIdentifier().contentEquals("this"));
    }

    /**
     * Whether the type variables the fan-out methods declare have distinct names: a method's own
     * type parameter may hide one of its class's, but the static fan-out methods declare both.
     */
    private boolean hasDistinctTypeVariables(FanOutMethod fanOut, TreePath method) {
        Set<String> ownerNames = new HashSet<>();
        fanOut.ownerTypeVariables().forEach(variable -> ownerNames.add(variable.name()));
        for (TypeVariableName variable : fanOut.typeVariables()) {
            if (ownerNames.contains(variable.name())) {
                diagnostics.error(DiagnosticId.FAN_OUT_SIGNATURE, method, Signatures.subject(method) + " declares the type parameter "
                        + variable.name() + ", which hides its class's " + variable.name() + ", while "
                        + fanOut.name() + "All needs both: rename one of them");
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code fanOut} differs, once erased, from the fan-outs accepted before it: overloads
     * that differ only in their first parameter would all become the same {@code mAll(Collection)}.
     */
    private boolean isUnique(FanOutMethod fanOut, TreePath method, Map<String, TreePath> signatures) {
        List<TypeName> erased = new ArrayList<>();
        fanOut.receiver().ifPresent(receiver -> erased.add(receiver.erasure()));
        erased.add(COLLECTION);
        fanOut.shared().forEach(parameter -> erased.add(parameter.erasure()));
        TreePath earlier = signatures.putIfAbsent(fanOut.name() + erased, method);
        if (earlier != null) {
            diagnostics.error(DiagnosticId.FAN_OUT_SIGNATURE, method, Signatures.subject(method)
                    + " would get the same " + fanOut.name() + "All and " + fanOut.name() + "AllAsync as "
                    + Signatures.of((MethodTree) earlier.getLeaf()) + ", since both take their first argument "
                    + "as a Collection: rename one of them, or remove @Parallelizable from one");
        }
        return earlier == null;
    }
}
