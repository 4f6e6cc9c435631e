package dev.weft.processor.analyze;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/** The expressions whose values a lambda or a switch expression gives back, each with its path. */
public final class GivenBack {
    private GivenBack() {}

    /** What the lambda at {@code lambda} gives back: its body, or each {@code return}'s expression. */
    public static List<TreePath> ofLambda(TreePath lambda) {
        Tree body = ((LambdaExpressionTree) lambda.getLeaf()).getBody();
        return body instanceof ExpressionTree value ? List.of(new TreePath(lambda, value))
                : in(new TreePath(lambda, body), false);
    }

    /** What the switch expression at {@code switched} takes: each arrow's expression and each {@code yield}'s. */
    public static List<TreePath> ofSwitch(TreePath switched) {
        List<TreePath> results = new ArrayList<>();
        for (CaseTree aCase : ((SwitchExpressionTree) switched.getLeaf()).getCases()) {
            TreePath casePath = new TreePath(switched, aCase);
            Tree body = aCase.getBody();
            if (body instanceof ExpressionTree value) {
                results.add(new TreePath(casePath, value));
            } else {
                results.addAll(in(body != null ? new TreePath(casePath, body) : casePath, true));
            }
        }
        return results;
    }

    /**
     * The values the code at {@code body} gives back, its {@code yield}s' or its {@code return}s',
     * without those of the lambdas, classes and switch expressions inside it.
     */
    private static List<TreePath> in(TreePath body, boolean yields) {
        List<TreePath> values = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitYield(YieldTree tree, Void unused) {
                if (yields) {
                    values.add(new TreePath(getCurrentPath(), tree.getValue()));
                }
                return null;
            }

            @Override
            public Void visitReturn(ReturnTree tree, Void unused) {
                if (!yields && tree.getExpression() != null) {
                    values.add(new TreePath(getCurrentPath(), tree.getExpression()));
                }
                return null;
            }

            @Override
            public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                return null;
            }
        }.scan(body, null);
        return values;
    }
}
