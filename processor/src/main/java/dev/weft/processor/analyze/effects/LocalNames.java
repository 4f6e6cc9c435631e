package dev.weft.processor.analyze.effects;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Bare;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration of a local variable or parameter a simple name means where it is used, found by
 * walking out through the scopes around the use: bodies are not attributed while processors run.
 */
public final class LocalNames {
    private LocalNames() {}

    /** The path of the declaration {@code name} means at {@code use}; {@code null} when no local or parameter declares it. */
    public static TreePath declaration(TreePath use, CharSequence name) {
        Tree child = use.getLeaf();
        for (TreePath scope = use.getParentPath(); scope != null; scope = scope.getParentPath()) {
            Tree leaf = scope.getLeaf();
            for (Tree declaration : declaredIn(leaf, child)) {
                if (declaration instanceof VariableTree variable && variable.getName().contentEquals(name)) {
                    return new TreePath(scope, variable);
                }
            }
            if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
                return null;
            }
            child = leaf;
        }
        return null;
    }

    /** What {@code scope} declares that is in scope at its part {@code child}. */
    private static List<? extends Tree> declaredIn(Tree scope, Tree child) {
        if (scope instanceof BlockTree block) {
            return before(block.getStatements(), child);
        }
        if (scope instanceof CaseTree branch && branch.getStatements() != null) {
            return before(branch.getStatements(), child);
        }
        if (scope instanceof ForLoopTree loop) {
            return loop.getInitializer();
        }
        if (scope instanceof EnhancedForLoopTree loop) {
            return List.of(loop.getVariable());
        }
        if (scope instanceof LambdaExpressionTree lambda) {
            return lambda.getParameters();
        }
        if (scope instanceof CatchTree caught) {
            return List.of(caught.getParameter());
        }
        if (scope instanceof TryTree attempt) {
            return attempt.getResources();
        }
        if (scope instanceof IfTree test && child == test.getThenStatement()) {
            return bindings(test.getCondition());
        }
        if (scope instanceof ConditionalExpressionTree choice && child == choice.getTrueExpression()) {
            return bindings(choice.getCondition());
        }
        if (scope instanceof WhileLoopTree loop && child == loop.getStatement()) {
            return bindings(loop.getCondition());
        }
        if (scope instanceof BinaryTree both && both.getKind() == Tree.Kind.CONDITIONAL_AND && child == both.getRightOperand()) {
            return bindings(both.getLeftOperand());
        }
        return scope instanceof MethodTree method ? method.getParameters() : List.of();
    }

    /**
     * The pattern variables a condition declares where it is true: of its {@code instanceof}
     * tests, alone or joined by {@code &&}. Where it is false, or after the statement, they are
     * taken as out of scope, so that a field the name may also mean is never missed.
     */
    private static List<VariableTree> bindings(ExpressionTree condition) {
        ExpressionTree bare = Bare.of(condition);
        if (bare instanceof InstanceOfTree test && test.getPattern() instanceof BindingPatternTree binding) {
            return List.of(binding.getVariable());
        }
        if (bare instanceof BinaryTree both && both.getKind() == Tree.Kind.CONDITIONAL_AND) {
            List<VariableTree> found = new ArrayList<>(bindings(both.getLeftOperand()));
            found.addAll(bindings(both.getRightOperand()));
            return found;
        }
        return List.of();
    }

    private static List<? extends StatementTree> before(List<? extends StatementTree> statements, Tree child) {
        int end = statements.indexOf(child);
        return end < 0 ? statements : statements.subList(0, end);
    }
}
