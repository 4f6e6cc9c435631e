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
import dev.weft.processor.analyze.effects.FieldAccess;
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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Validates {@code @Parallelizable} methods and models their fan-out methods. */
public final class FanOutAnalyzer {
    private static final TypeName COLLECTION = ClassName.get(Collection.class);

    private final Trees trees;
    private final Elements elements;
    private final Types types;
    private final Diagnostics diagnostics;
    private final Summaries summaries;
    private final FanOutModeler modeler;
    private final ProcessCrossing crossing;

    public FanOutAnalyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics, Summaries summaries) {
        this.trees = trees;
        this.summaries = summaries;
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.diagnostics = diagnostics;
        this.modeler = new FanOutModeler(env.getTypeUtils());
        this.crossing = new ProcessCrossing(trees, new SerializableTypes(trees, elements, env.getTypeUtils()));
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
            if (element.isPresent()) {
                checkOtherWrites(method, element.get(), checkFieldWrites(type, method));
                if (diagnostics.errorCount() == errorsBefore) {
                    checkReadsOfWrittenFields(method, element.get());
                }
            }
            if (diagnostics.errorCount() == errorsBefore) {
                List<ProcessCrossing.Blocked> blocked = crossing.blocked(method, element.get());
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
     * and an object reached from the first argument that two arguments may share ({@code e.to}). A field written by its name, or through {@code this}, is the check above's: what it
     * {@code reported} is not reported again, and it knows the scopes of names better.
     */
    private void checkOtherWrites(TreePath method, ExecutableElement element, Set<Tree> reported) {
        MethodSummary summary = summaries.of(element);
        if (summary == null) {
            return;
        }
        boolean instance = !element.getModifiers().contains(Modifier.STATIC);
        for (Effect effect : summary.effects().values()) {
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
    }

    /**
     * Reports a read of a field that the method writes of its first argument, or of an object its
     * first argument reaches, where the object read may be another call's first argument or reach
     * what that call writes ({@code b.speed = leader.speed}, a helper reading every element's
     * {@code speed}). What the first argument reaches by fields each object owns is its own.
     */
    private void checkReadsOfWrittenFields(TreePath method, ExecutableElement element) {
        MethodSummary summary = summaries.of(element);
        DeclaredType firstType = element.getParameters().isEmpty() ? null
                : DeclaredTypes.of(element.getParameters().get(0).asType());
        if (summary == null || firstType == null) {
            return;
        }
        TypeElement first = (TypeElement) firstType.asElement();
        for (Map.Entry<FieldAccess, FieldAccess.Trail> write : summary.fieldWrites().entrySet()) {
            FieldAccess written = write.getKey();
            if (written.root().kind() != Root.Kind.PARAMETER || written.root().parameter() != 0) {
                continue;
            }
            for (Map.Entry<FieldAccess, FieldAccess.Trail> read : summary.fieldReads().entrySet()) {
                FieldAccess of = read.getKey();
                if (of.field().equals(written.field()) && related(of.owner(), written.owner())
                        && !ownRead(of, written, first)) {
                    diagnostics.error(DiagnosticId.LOOP_CARRIED, method, Leftmost.of(read.getValue().at()),
                            Signatures.subject(method) + " " + write.getValue().text() + ", a field of its first argument"
                            + (written.direct() ? "" : " or of an object it reaches") + ", and "
                            + read.getValue().text() + ": it reads `" + of.field() + "` " + whose(of, element)
                            + ", which may be another call's first argument, or reach what that call writes at the same "
                            + "time, so parallel calls would race on it. Read only what the first argument owns, hand "
                            + "the method values saved before the calls, or remove @Parallelizable");
                    return;
                }
            }
        }
    }

    /**
     * Whether a read of the field a write of the first argument makes is of what this call owns:
     * the first argument itself, for its own field; an object reached from it by fields each object
     * owns, for an object it reaches; or one reached from any object of its class by owned fields
     * that do not start as the write's way does.
     */
    private boolean ownRead(FieldAccess read, FieldAccess written, TypeElement first) {
        List<String> way = read.way().fields();
        if (read.root().kind() == Root.Kind.PARAMETER && read.root().parameter() == 0 && read.way().fromRoot()) {
            return written.direct() ? read.direct() : summaries.sharedBecause(first, way).isEmpty();
        }
        List<String> writtenWay = written.way().fields();
        return !written.direct() && written.way().fromRoot() && !way.isEmpty() && read.way().base() != null
                && related(read.way().base(), first) && !way.get(0).equals(writtenWay.get(0))
                && summaries.sharedBecause(first, writtenWay).isEmpty()
                && summaries.sharedBecause(read.way().base(), way).isEmpty();
    }

    /** Which object a read is of, seen from the method. */
    private static String whose(FieldAccess read, ExecutableElement method) {
        Root root = read.root();
        String of = switch (root.kind()) {
            case RECEIVER -> "`this`";
            case PARAMETER -> "`" + method.getParameters().get(root.parameter()).getSimpleName() + "`";
            case STATIC -> "the static field `" + root.name() + "`";
            default -> root.name();
        };
        return read.direct() ? "of " + of : "of an object reached through " + of;
    }

    /** Whether objects of the two classes may be one: where either is unknown, they may. */
    private boolean related(TypeElement a, TypeElement b) {
        return a == null || b == null || types.isSubtype(types.erasure(a.asType()), types.erasure(b.asType()))
                || types.isSubtype(types.erasure(b.asType()), types.erasure(a.asType()));
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
