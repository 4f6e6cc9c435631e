package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.asName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.List;

/**
 * The row of another array that an outer local holds when a loop starts, as the statements just
 * before the loop show it: {@code double[] pivot = a[j];} or {@code pivot = a[j];} in the loop's
 * own block, followed by nothing that assigns, calls or creates anything, so that {@code pivot},
 * {@code a}, {@code j} and the rows of {@code a} are still what they were.
 */
final class HeldRows {
    private HeldRows() {}

    /** {@code a[j]}, where {@code local} holds it when {@code loop} starts; {@code null} where Weft cannot tell. */
    static TreePath of(VariableTree local, TreePath loop, LoopScope scope) {
        TreePath statement = loop.getParentPath().getLeaf() instanceof LabeledStatementTree ? loop.getParentPath() : loop;
        TreePath block = statement.getParentPath();
        if (!(block.getLeaf() instanceof BlockTree body)) {
            return null;
        }
        List<? extends StatementTree> statements = body.getStatements();
        for (int n = statements.indexOf(statement.getLeaf()) - 1; n >= 0; n--) {
            TreePath at = new TreePath(block, statements.get(n));
            ExpressionTree value = valueGiven(local, at, scope);
            if (value != null) {
                TreePath row = new TreePath(at, value);
                return strip(value) instanceof ArrayAccessTree access && asName(access.getExpression()) != null
                        && statements.subList(n + 1, statements.indexOf(statement.getLeaf())).stream()
                                .noneMatch(between -> declaresAny(between, access))
                        ? new TreePath(row, strip(value)) : null;
            }
            if (!Syntax.onlyReads(statements.get(n))) {
                return null;
            }
        }
        return null;
    }

    /** The value {@code statement} gives {@code local}, as its declaration or as an assignment of it alone. */
    private static ExpressionTree valueGiven(VariableTree local, TreePath statement, LoopScope scope) {
        if (statement.getLeaf() == local) {
            return local.getInitializer();
        }
        if (statement.getLeaf() instanceof ExpressionStatementTree expression
                && expression.getExpression() instanceof AssignmentTree assignment
                && strip(assignment.getVariable()) instanceof IdentifierTree name
                && scope.resolve(name, new TreePath(new TreePath(statement, assignment), name)).declaration() == local) {
            return assignment.getExpression();
        }
        return null;
    }

    /** Whether {@code statement} declares a name that {@code row} uses, which would mean another variable after it. */
    private static boolean declaresAny(StatementTree statement, ArrayAccessTree row) {
        return statement instanceof VariableTree declared && Syntax.mentions(row, declared.getName().toString());
    }
}
