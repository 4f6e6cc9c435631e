package dev.weft.processor.analyze.loop;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves simple names in one method body the way javac will, before javac attributes it: the
 * innermost local declaration in scope, then the method's parameters, then the fields of the class
 * and of the classes around it.
 */
final class NameResolver {
    /** The kinds of element a class's member type can be. */
    static final ElementKind[] TYPES = {
        ElementKind.CLASS, ElementKind.INTERFACE, ElementKind.ENUM, ElementKind.RECORD, ElementKind.ANNOTATION_TYPE
    };

    private final MethodTree method;
    private final TypeElement type;
    private final Elements elements;
    private final List<VariableTree> bindings = new ArrayList<>();
    /** Every class's members as javac lists them, inherited ones included: the lookups ask for them name by name. */
    private final Map<TypeElement, List<? extends Element>> members = new HashMap<>();

    NameResolver(MethodTree method, TypeElement type, Elements elements) {
        this.method = method;
        this.type = type;
        this.elements = elements;
        // Pattern variables' scopes follow flow rules; any one of that name is taken as in scope.
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitBindingPattern(BindingPatternTree tree, Void unused) {
                bindings.add(tree.getVariable());
                return super.visitBindingPattern(tree, unused);
            }
        }.scan(method.getBody(), null);
    }

    /** What {@code name}, used at {@code path}, refers to; {@code loop} may be {@code null}. */
    Resolution resolve(TreePath path, String name, Tree loop) {
        boolean loopAbove = false;
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            loopAbove |= p.getLeaf() == loop;
        }
        boolean insideLoop = loopAbove;
        Tree child = path.getLeaf();
        for (TreePath p = path.getParentPath(); p != null; child = p.getLeaf(), p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree == method) {
                for (VariableTree parameter : method.getParameters()) {
                    if (parameter.getName().contentEquals(name)) {
                        return new Resolution(Resolution.Kind.PARAMETER, parameter, null, null, false);
                    }
                }
                VariableTree binding = binding(name);
                if (binding != null) {
                    return new Resolution(Resolution.Kind.LOCAL, binding, null, null, contains(loop, binding));
                }
                return field(name);
            }
            if (tree instanceof ClassTree local && declaresMember(local, name)) {
                return Resolution.OTHER;
            }
            if (tree instanceof BlockTree block && declaresClass(block, child, name)) {
                return new Resolution(Resolution.Kind.LOCAL_CLASS, null, null, null, insideLoop);
            }
            VariableTree declaration = declaredIn(tree, child, name);
            if (declaration != null) {
                return new Resolution(Resolution.Kind.LOCAL, declaration, null, null, insideLoop);
            }
            if (tree == loop) {
                insideLoop = false;
            }
        }
        return Resolution.OTHER;
    }

    private VariableTree binding(String name) {
        for (VariableTree binding : bindings) {
            if (binding.getName().contentEquals(name)) {
                return binding;
            }
        }
        return null;
    }

    /** Whether a local or anonymous class around {@code path}, inside the method, declares a method {@code name}. */
    boolean localClassDeclaresMethod(TreePath path, String name) {
        for (TreePath p = path; p != null && p.getLeaf() != method; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree local && declaresMember(local, name)) {
                return true;
            }
        }
        return false;
    }

    /** The class or enclosing class whose member {@code name} a simple name in the body means, or {@code null}. */
    TypeElement ownerOfMember(String name, ElementKind... kinds) {
        for (Element t = type; t instanceof TypeElement owner; t = owner.getEnclosingElement()) {
            for (Element member : members(owner)) {
                if (member.getSimpleName().contentEquals(name) && List.of(kinds).contains(member.getKind())) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** The members of {@code owner}, inherited ones included. */
    List<? extends Element> members(TypeElement owner) {
        return members.computeIfAbsent(owner, elements::getAllMembers);
    }

    /**
     * The methods called {@code name} that {@code owner} has, inherited ones included, that the
     * method's class can call: {@code StringBuilder}'s own {@code append}s, and not those its
     * package-private superclass declares for {@code java.lang} alone.
     */
    List<ExecutableElement> methods(TypeElement owner, String name) {
        List<ExecutableElement> found = new ArrayList<>();
        for (ExecutableElement candidate : ElementFilter.methodsIn(members(owner))) {
            if (candidate.getSimpleName().contentEquals(name) && callable(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private boolean callable(ExecutableElement candidate) {
        TypeElement declaring = (TypeElement) candidate.getEnclosingElement();
        Set<Modifier> modifiers = candidate.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            return Access.topLevel(declaring).equals(Access.topLevel(type));
        }
        return modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)
                || declaring.getKind().isInterface()
                || elements.getPackageOf(declaring).equals(elements.getPackageOf(type));
    }

    /** The member type or field called {@code name} of {@code owner}, or {@code null}. */
    Element member(TypeElement owner, String name, ElementKind kind) {
        for (Element member : members(owner)) {
            if (member.getSimpleName().contentEquals(name) && member.getKind() == kind) {
                return member;
            }
        }
        return null;
    }

    /** The field {@code this.name} is. */
    Resolution field(String name) {
        TypeElement owner = ownerOfMember(name, ElementKind.FIELD, ElementKind.ENUM_CONSTANT);
        if (owner == null) {
            return Resolution.OTHER;
        }
        VariableElement field = (VariableElement) member(owner, name, ElementKind.FIELD);
        if (field == null) {
            field = (VariableElement) member(owner, name, ElementKind.ENUM_CONSTANT);
        }
        return new Resolution(Resolution.Kind.FIELD, null, field, owner, false);
    }

    private static boolean contains(Tree outer, Tree inner) {
        if (outer == null) {
            return false;
        }
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean scan(Tree tree, Void unused) {
                return tree == inner || Boolean.TRUE.equals(super.scan(tree, unused));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(outer, null);
        return Boolean.TRUE.equals(found);
    }

    private static boolean declaresMember(ClassTree local, String name) {
        for (Tree member : local.getMembers()) {
            if (member instanceof VariableTree field && field.getName().contentEquals(name)
                    || member instanceof MethodTree m && m.getName().contentEquals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresClass(BlockTree block, Tree child, String name) {
        for (StatementTree statement : block.getStatements()) {
            if (statement == child) {
                return false;
            }
            if (statement instanceof ClassTree local && local.getSimpleName().contentEquals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void variablesBefore(List<? extends StatementTree> statements, Tree child, List<VariableTree> into) {
        for (StatementTree statement : statements) {
            if (statement == child) {
                return;
            }
            if (statement instanceof VariableTree variable) {
                into.add(variable);
            }
        }
    }

    private static VariableTree declaredIn(Tree tree, Tree child, String name) {
        List<VariableTree> candidates = new ArrayList<>();
        if (tree instanceof BlockTree block) {
            variablesBefore(block.getStatements(), child, candidates);
        } else if (tree instanceof CaseTree aCase && aCase.getStatements() != null) {
            variablesBefore(aCase.getStatements(), child, candidates);
        } else if (tree instanceof ForLoopTree loop) {
            variablesBefore(loop.getInitializer(), child, candidates);
        } else if (tree instanceof EnhancedForLoopTree loop && child == loop.getStatement()) {
            candidates.add(loop.getVariable());
        } else if (tree instanceof LambdaExpressionTree lambda) {
            candidates.addAll(lambda.getParameters());
        } else if (tree instanceof CatchTree aCatch) {
            candidates.add(aCatch.getParameter());
        } else if (tree instanceof TryTree aTry) {
            for (Tree resource : aTry.getResources()) {
                if (resource instanceof VariableTree variable) {
                    candidates.add(variable);
                }
            }
        } else if (tree instanceof MethodTree localMethod) {
            candidates.addAll(localMethod.getParameters());
        }
        VariableTree found = null;
        for (VariableTree candidate : candidates) {
            if (candidate.getName().contentEquals(name)) {
                found = candidate;
            }
        }
        return found;
    }
}
