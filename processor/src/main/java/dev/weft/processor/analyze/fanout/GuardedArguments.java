package dev.weft.processor.analyze.fanout;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.effects.LocalNames;

/**
 * Whether a method uses a parameter only while it holds the parameter's lock: inside {@code
 * synchronized (p)}, as the receiver or an argument of a call, or to select a field, so that every
 * change made through it, its own or its callees', is made under that lock. A use in a lambda or a
 * class written there may run after the block ends, and a parameter set again or handed on by
 * another name may be changed outside it: either counts as unguarded.
 */
final class GuardedArguments {
    private GuardedArguments() {}

    /** Whether every use of {@code parameter} in {@code method}'s body is guarded by its lock. */
    static boolean guarded(TreePath method, VariableTree parameter) {
        MethodTree tree = (MethodTree) method.getLeaf();
        boolean[] unguarded = {false};
        boolean[] used = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (name.getName().equals(parameter.getName()) && declares(getCurrentPath(), parameter)) {
                    used[0] = true;
                    unguarded[0] |= !guardedUse(getCurrentPath(), parameter);
                }
                return null;
            }
        }.scan(new TreePath(method, tree.getBody()), null);
        return used[0] && !unguarded[0];
    }

    /** Whether {@code use}, a use of the parameter, is one its lock guards. */
    private static boolean guardedUse(TreePath use, VariableTree parameter) {
        TreePath at = use;
        while (at.getParentPath().getLeaf() instanceof ParenthesizedTree) {
            at = at.getParentPath();
        }
        Tree parent = at.getParentPath().getLeaf();
        if (parent instanceof SynchronizedTree) {
            return true; // the lock itself
        }
        // Handed to a call, called, or a field selected: what is done with it is done there and then.
        boolean operand = parent instanceof MethodInvocationTree call && call.getArguments().contains(at.getLeaf())
                || parent instanceof MemberSelectTree;
        if (!operand) {
            return false;
        }
        for (TreePath enclosing = at.getParentPath(); enclosing != null; enclosing = enclosing.getParentPath()) {
            Tree tree = enclosing.getLeaf();
            if (tree instanceof LambdaExpressionTree || tree instanceof ClassTree || tree instanceof MemberReferenceTree) {
                return false;
            }
            if (tree instanceof SynchronizedTree block && isName(block.getExpression(), parameter)) {
                return true;
            }
            if (tree instanceof MethodTree) {
                return false;
            }
        }
        return false;
    }

    private static boolean isName(Tree expression, VariableTree parameter) {
        Tree bare = expression;
        while (bare instanceof ParenthesizedTree parenthesized) {
            bare = parenthesized.getExpression();
        }
        return bare instanceof IdentifierTree name && name.getName().equals(parameter.getName());
    }

    /** Whether the name at {@code use} is the parameter, not a local or a lambda's parameter that hides it. */
    private static boolean declares(TreePath use, VariableTree parameter) {
        TreePath declaration = LocalNames.declaration(use, parameter.getName());
        return declaration != null && declaration.getLeaf() == parameter;
    }
}
