package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.Receivers;
import dev.weft.processor.analyze.SignatureTypes;
import dev.weft.processor.analyze.effects.Summaries;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.LoopTwin;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.SourceText;
import dev.weft.processor.model.loop.TwinPart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/** Proves {@code @ParallelFor} loops independent and models the twins of their methods. */
public final class LoopAnalyzer {
    private final ProcessingEnvironment env;
    private final Trees trees;
    private final Diagnostics diagnostics;
    private final Summaries summaries;
    private final Map<MethodTree, Prepared> prepared = new IdentityHashMap<>();

    public LoopAnalyzer(ProcessingEnvironment env, Trees trees, Diagnostics diagnostics, Summaries summaries) {
        this.env = env;
        this.summaries = summaries;
        this.trees = trees;
        this.diagnostics = diagnostics;
    }

    public List<LoopTwin> analyze(TypeElement type, List<TreePath> loops) {
        TypeElement hidden = Access.privateClass(type);
        if (hidden != null && !loops.isEmpty()) {
            diagnostics.error(DiagnosticId.OUT_OF_REACH, loops.get(0), "The class " + hidden.getSimpleName() + " is private, so the generated "
                    + "companion cannot name it in the twins of its @ParallelFor loops. Make it package-private "
                    + "(remove `private`)");
            return List.of();
        }
        List<LoopTwin> twins = new ArrayList<>();
        Collection<MethodLoops> methods = byMethod(loops, outside -> diagnostics.error(DiagnosticId.LOOP_PLACEMENT, outside, "Weft runs "
                + "@ParallelFor loops in methods only, not in constructors, initializers, or local and anonymous "
                + "classes: move this loop into a method of " + type.getSimpleName()));
        Set<ExecutableElement> twinned = new HashSet<>();
        for (MethodLoops method : methods) {
            ExecutableElement element = twinnable(method.path());
            if (element != null && !element.getModifiers().contains(Modifier.SYNCHRONIZED)
                    && Access.privateClassesIn(element).isEmpty()) {
                twinned.add(element);
            }
        }
        for (MethodLoops method : methods) {
            try {
                // A call of a method whose loops are refused calls a twin that does not exist, which
                // javac never reports: it stops at the refusal.
                LoopTwin twin = twin(type, method.path(), method.loops(), twinned);
                if (twin != null) {
                    twins.add(twin);
                }
            } catch (RuntimeException unexpected) {
                diagnostics.error(DiagnosticId.INTERNAL, method.loops().get(0), "Weft could not analyse this @ParallelFor loop ("
                        + unexpected + "); please report this. Remove @ParallelFor to compile the loop sequentially");
            }
        }
        return twins;
    }

    /**
     * Whether a method of {@code type} with one of {@code loops} uses a name that nothing declares
     * yet: its twin would be a placeholder, unless another processor adds that member in this round.
     */
    public boolean usesUndeclaredNames(TypeElement type, List<TreePath> loops) {
        for (MethodLoops method : byMethod(loops, outside -> {})) {
            ExecutableElement element = twinnable(method.path());
            try {
                if (element != null && prepare(type, method.path(), element).undeclared() != null) {
                    return true;
                }
            } catch (RuntimeException unexpected) {
                // The analysis meets it again and reports it at the loop; this check only decides on waiting.
            }
        }
        return false;
    }

    /** A method with {@code @ParallelFor} loops, and those loops. */
    private record MethodLoops(TreePath path, List<TreePath> loops) {}

    /** The loops grouped by the method around them, in order; each loop outside any method goes to {@code outside}. */
    private static Collection<MethodLoops> byMethod(List<TreePath> loops, Consumer<TreePath> outside) {
        Map<Tree, MethodLoops> methods = new LinkedHashMap<>();
        for (TreePath loop : loops) {
            TreePath method = enclosingMethod(loop);
            if (method == null) {
                outside.accept(loop);
            } else {
                methods.computeIfAbsent(method.getLeaf(), tree -> new MethodLoops(method, new ArrayList<>()))
                        .loops().add(loop);
            }
        }
        return methods.values();
    }

    /** The method at {@code methodPath}, or {@code null} when its signature has the user's own errors, which javac reports. */
    private ExecutableElement twinnable(TreePath methodPath) {
        ExecutableElement element = (ExecutableElement) trees.getElement(methodPath);
        return element == null || SignatureTypes.haveErrors(element) ? null : element;
    }

    /** The method the loop is in; {@code null} in a constructor, an initializer or a local or anonymous class. */
    private static TreePath enclosingMethod(TreePath loop) {
        for (TreePath p = loop.getParentPath(); p != null; p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree instanceof MethodTree method) {
                return method.getReturnType() == null ? null : p;
            }
            if (tree instanceof ClassTree) {
                return null;
            }
        }
        return null;
    }

    /** @param twinned the methods of the class that get twins, which this one's twin calls instead */
    private LoopTwin twin(TypeElement type, TreePath methodPath, List<TreePath> loops, Set<ExecutableElement> twinned) {
        ExecutableElement element = twinnable(methodPath);
        if (element == null) {
            return null; // a twin would only add to the user's own errors
        }
        if (element.getModifiers().contains(Modifier.SYNCHRONIZED)) {
            diagnostics.error(DiagnosticId.LOOP_PLACEMENT, methodPath, "Weft does not make a parallel twin of a synchronized method: the twin would "
                    + "either drop the lock, letting its callers race, or hold it while other threads run the "
                    + "iterations, where any use of the same lock would wait forever. Move the @ParallelFor loop into "
                    + "a method that is not synchronized, and synchronize around the call");
            return null;
        }
        List<TypeElement> unnameable = Access.privateClassesIn(element);
        if (!unnameable.isEmpty()) {
            for (TypeElement hidden : unnameable) {
                Tree where = Syntax.leftmost(naming((MethodTree) methodPath.getLeaf(), element, hidden));
                diagnostics.error(DiagnosticId.OUT_OF_REACH, methodPath, where, "The signature of " + element.getSimpleName() + "() names "
                        + hidden.getSimpleName() + ", a private class, so the generated companion cannot declare its "
                        + "twin. Make " + hidden.getSimpleName() + " package-private (remove `private`)");
            }
            return null;
        }
        Prepared prepared = prepare(type, methodPath, element);
        MethodContext method = prepared.method();
        ExpressionTypes expressions = prepared.expressions();
        if (prepared.undeclared() != null) {
            return placeholder(method, prepared.undeclared());
        }
        int errors = diagnostics.errorCount();
        MemberReferences.rewrite(method, expressions, env.getElementUtils(), twinned);
        List<TreePath> outermost = outermost(loops, method);
        List<ParallelLoop> models = new ArrayList<>();
        for (TreePath loop : outermost) {
            try {
                models.add(LoopModeler.model(method, expressions, loop));
            } catch (RuntimeException unexpected) {
                diagnostics.error(DiagnosticId.INTERNAL, loop, "Weft could not analyse this @ParallelFor loop (" + unexpected + "); please "
                        + "report this. Remove @ParallelFor to compile the loop sequentially");
            }
        }
        if (diagnostics.errorCount() != errors) {
            return null;
        }
        return twin(method, body(method, outermost, models));
    }

    /**
     * The analysis of one method before its loops: its context, the types of its expressions and the
     * first name in it that nothing declares. Made once a round: the check whether a class waits
     * for another round and the analysis itself both need it.
     */
    private record Prepared(MethodContext method, ExpressionTypes expressions, UndeclaredNames.Undeclared undeclared) {}

    private Prepared prepare(TypeElement type, TreePath methodPath, ExecutableElement element) {
        return prepared.computeIfAbsent((MethodTree) methodPath.getLeaf(), tree -> {
            MethodContext method = context(type, methodPath, element);
            ExpressionTypes expressions = new ExpressionTypes(method, new FamilyTypes(method), env);
            return new Prepared(method, expressions, UndeclaredNames.first(method, expressions, env.getElementUtils()));
        });
    }

    /** What the analysis of {@code element}, the method at {@code methodPath} of {@code type}, shares between its loops. */
    private MethodContext context(TypeElement type, TreePath methodPath, ExecutableElement element) {
        MethodTree tree = (MethodTree) methodPath.getLeaf();
        MethodSource source = new MethodSource(methodPath.getCompilationUnit(), trees);
        NameUse use = NameUse.of(tree);
        boolean isStatic = element.getModifiers().contains(Modifier.STATIC);
        String receiver = isStatic ? null : MethodContext.free(MethodContext.receiverBase(type), use.names);
        Set<String> names = new HashSet<>(use.names);
        if (receiver != null) {
            names.add(receiver);
        }
        return new MethodContext(methodPath, tree, element, type, source,
                new NameResolver(tree, type, env.getElementUtils()), diagnostics, receiver, names, use.reassigned,
                new Edits(source), summaries, new PrivateAccesses(env.getTypeUtils()));
    }

    /**
     * A twin that only throws, for a method that uses a name nothing declares: javac reports that
     * error in the method, and a copy of the method's text would make it report it again in the
     * companion. The twin keeps its signature, so that calls of it compile meanwhile.
     */
    private LoopTwin placeholder(MethodContext method, UndeclaredNames.Undeclared undeclared) {
        String original = MethodContext.relativeName(method.type()) + "." + method.element().getSimpleName() + "()";
        diagnostics.warning(DiagnosticId.UNDECLARED_NAME, method.path(), undeclared.tree(), "Nothing declares `" + undeclared.text() + "`, so "
                + original + " does not compile. Until it does, its twin in the companion only throws "
                + "IllegalStateException, and the error is reported once, here");
        String body = "\nthrow new IllegalStateException(\"" + original + " did not compile when this twin was "
                + "generated: nothing declares `" + undeclared.text() + "`\");\n";
        return twin(method, List.of(new SourceText(body)));
    }

    private LoopTwin twin(MethodContext method, List<TwinPart> body) {
        TypeElement type = method.type();
        ExecutableElement element = method.element();
        return new LoopTwin(
                element.getSimpleName().toString(),
                element.getModifiers().contains(Modifier.PUBLIC),
                javadocReference(type, element),
                typeVariables(type, element, element.getModifiers().contains(Modifier.STATIC)),
                parameters(type, element, method.receiver()),
                element.isVarArgs(),
                element.isVarArgs() && element.getAnnotation(SafeVarargs.class) != null,
                TypeName.get(element.getReturnType()),
                element.getThrownTypes().stream().map(TypeName::get).toList(),
                body,
                method.names(),
                method.source().imports(),
                method.privates().members());
    }

    /**
     * The loops not inside another of them. A nested {@code @ParallelFor} loop runs sequentially
     * inside its outer loop's chunks, as a nested region would; its annotation is dropped from the
     * copied text so that the companion is not itself processed as having loops.
     */
    private static List<TreePath> outermost(List<TreePath> loops, MethodContext method) {
        Set<Tree> all = new HashSet<>();
        loops.forEach(loop -> all.add(loop.getLeaf()));
        List<TreePath> outermost = new ArrayList<>();
        for (TreePath loop : loops) {
            boolean nested = false;
            for (TreePath p = loop.getParentPath(); p != null; p = p.getParentPath()) {
                nested |= all.contains(p.getLeaf());
            }
            if (nested) {
                ParallelForAnnotations.remove(loop, method);
            } else {
                outermost.add(loop);
            }
        }
        return outermost;
    }

    private static List<TwinPart> body(MethodContext method, List<TreePath> loops, List<ParallelLoop> models) {
        MethodSource source = method.source();
        Edits edits = method.edits();
        int at = source.start(method.tree().getBody()) + 1;
        List<TwinPart> parts = new ArrayList<>();
        for (int n = 0; n < loops.size(); n++) {
            Tree loop = loops.get(n).getLeaf();
            // A label goes with its loop: the twin writes it where a loop runs as written.
            Tree parent = loops.get(n).getParentPath().getLeaf();
            Tree replaced = parent instanceof LabeledStatementTree ? parent : loop;
            parts.add(new SourceText(edits.render(at, source.start(replaced))));
            parts.add(models.get(n));
            at = source.end(loop);
        }
        parts.add(new SourceText(edits.render(at, source.end(method.tree().getBody()) - 1)));
        return parts;
    }

    private static List<TypeVariableName> typeVariables(TypeElement type, ExecutableElement element, boolean isStatic) {
        List<TypeVariableName> variables = new ArrayList<>(Receivers.typeVariables(type, isStatic));
        for (TypeParameterElement parameter : element.getTypeParameters()) {
            variables.add(TypeVariableName.get(parameter));
        }
        return variables;
    }

    private static List<ParameterSpec> parameters(TypeElement type, ExecutableElement element, String receiver) {
        List<ParameterSpec> parameters = new ArrayList<>();
        if (receiver != null) {
            parameters.add(ParameterSpec.builder(TypeName.get(type.asType()), receiver).build());
        }
        for (VariableElement parameter : element.getParameters()) {
            parameters.add(ParameterSpec.builder(TypeName.get(parameter.asType()), parameter.getSimpleName().toString())
                    .build());
        }
        return parameters;
    }

    private String javadocReference(TypeElement type, ExecutableElement element) {
        StringJoiner parameters = new StringJoiner(", ", "(", ")");
        for (VariableElement parameter : element.getParameters()) {
            parameters.add(env.getTypeUtils().erasure(parameter.asType()).toString());
        }
        return MethodContext.relativeName(type) + "#" + element.getSimpleName() + parameters;
    }

    /** The first parameter or return type of the method that names {@code hidden}, or else the method itself. */
    private static Tree naming(MethodTree tree, ExecutableElement element, TypeElement hidden) {
        for (int i = 0; i < element.getParameters().size(); i++) {
            if (Access.names(element.getParameters().get(i).asType(), hidden)) {
                return tree.getParameters().get(i).getType();
            }
        }
        return Access.names(element.getReturnType(), hidden) ? tree.getReturnType() : tree;
    }
}
