package dev.weft.processor.analyze.loop;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.Writes;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a loop body that assign an outer local: beside each, the chunk notes that it
 * assigned the local, so that where some iterations leave it unassigned the twin takes the value of
 * the last chunk that assigned it (OpenMP's {@code lastprivate(conditional:)}). A note goes after
 * a statement of its own, {@code found = true;}, in braces where the statement is no block's.
 */
final class AssigningStatements {
    /**
     * @param statements each expression statement that assigns the local, in the order of the text
     * @param refused the first assignment that is no such statement, inside an expression or a
     *     {@code for}'s update, after which no note can go; {@code null} for none
     */
    record Found(List<TreePath> statements, TreePath refused) {}

    private AssigningStatements() {}

    static Found of(VariableTree local, LoopScope scope, TreePath body) {
        List<TreePath> statements = new ArrayList<>();
        TreePath[] refused = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree != null && Bare.of(Writes.target(tree)) instanceof IdentifierTree name
                        && scope.resolve(name, new TreePath(new TreePath(getCurrentPath(), tree), name)).declaration() == local) {
                    TreePath statement = getCurrentPath();
                    if (statement.getLeaf() instanceof ExpressionStatementTree && standsAlone(statement)) {
                        statements.add(statement);
                    } else if (refused[0] == null) {
                        refused[0] = new TreePath(getCurrentPath(), tree);
                    }
                }
                return super.scan(tree, unused);
            }
        }.scan(body, null);
        return new Found(List.copyOf(statements), refused[0]);
    }

    /** Whether the note may follow the statement: in its block, or with both in braces where the statement stood. */
    static boolean inBlock(TreePath statement) {
        Tree parent = statement.getParentPath().getLeaf();
        return parent instanceof BlockTree || parent instanceof CaseTree group && group.getCaseKind() == CaseTree.CaseKind.STATEMENT;
    }

    /** Whether {@code statement} is a statement of a block, a branch, a label or a loop's body: none of a {@code for}'s update or a switch expression's rule. */
    private static boolean standsAlone(TreePath statement) {
        Tree parent = statement.getParentPath().getLeaf();
        Tree leaf = statement.getLeaf();
        return parent instanceof BlockTree || parent instanceof IfTree || parent instanceof LabeledStatementTree
                || parent instanceof WhileLoopTree || parent instanceof DoWhileLoopTree
                || parent instanceof EnhancedForLoopTree
                || parent instanceof ForLoopTree loop && loop.getStatement() == leaf
                || parent instanceof CaseTree && statement.getParentPath().getParentPath().getLeaf() instanceof SwitchTree;
    }
}
