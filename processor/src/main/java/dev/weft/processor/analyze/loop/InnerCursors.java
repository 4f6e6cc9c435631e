package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.asName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.CountingLoop;
import java.util.List;

/**
 * Recognises the cursors with which image code walks the pixels of a row: a local set to where the
 * row starts just before the loop over its columns, advanced by one a pass, which holds the
 * row-major index {@code y * w + x} wherever that loop uses it.
 */
final class InnerCursors {
    /** The check of a row-major index {@code row + column} as {@link SeparatingIndex} makes it. */
    interface RowMajor {
        boolean test(ExpressionTree row, TreePath rowPath, ExpressionTree column, TreePath columnPath);
    }

    private final LoopScope scope;
    private final LoopHeader header;
    private final RowMajor rowMajor;

    InnerCursors(LoopScope scope, LoopHeader header, RowMajor rowMajor) {
        this.scope = scope;
        this.header = header;
        this.rowMajor = rowMajor;
    }

    /**
     * Whether {@code name}, used at {@code path}, is a cursor of an inner loop that walks a row of
     * the iteration's own, as image code walks pixels: a local set to {@code y * w + a} by a
     * statement just before a loop that counts its {@code x} up by one from {@code a} ({@code a}
     * may be 0 and left out), which advances the cursor by one once a pass, after every other use,
     * and nothing else changes it: at each use it holds {@code y * w + x}, checked as that
     * row-major index is. The advance is a statement of the loop's block ({@code i++;}) or, where
     * {@code advancing}, the use itself ({@code pixels[i++] = v}).
     */
    boolean walksARow(IdentifierTree name, TreePath path, boolean advancing) {
        Resolution resolution = scope.resolve(name, path);
        if (resolution.kind() != Resolution.Kind.LOCAL || resolution.declaration() == null) {
            return false;
        }
        for (TreePath at = path; at.getParentPath() != null && at.getLeaf() != header.body(); at = at.getParentPath()) {
            if (at.getLeaf() instanceof ForLoopTree inner && at.getParentPath().getLeaf() instanceof BlockTree block) {
                TreePath start = setJustBefore(block, inner, name, resolution.declaration(), at.getParentPath());
                return start != null && advancedOnce(inner, name.getName().toString(), path, advancing)
                        && startsTheRow((ExpressionTree) start.getLeaf(), at, start);
            }
        }
        return false;
    }

    /**
     * What the statement of {@code block} just before {@code inner} that sets {@code local}, by its
     * declaration or a plain assignment, sets it to, with nothing between that assigns it;
     * {@code null} where no such statement stands before the loop.
     */
    private TreePath setJustBefore(BlockTree block, ForLoopTree inner, IdentifierTree name, VariableTree local,
            TreePath blockPath) {
        List<? extends StatementTree> statements = block.getStatements();
        for (int k = statements.indexOf(inner) - 1; k >= 0; k--) {
            StatementTree statement = statements.get(k);
            TreePath at = new TreePath(blockPath, statement);
            if (statement == local) {
                return local.getInitializer() == null ? null : new TreePath(at, local.getInitializer());
            }
            if (statement instanceof ExpressionStatementTree set && set.getExpression() instanceof AssignmentTree assignment
                    && asName(assignment.getVariable()) != null
                    && scope.resolve(asName(assignment.getVariable()), at).declaration() == local) {
                return new TreePath(new TreePath(at, assignment), assignment.getExpression());
            }
            if (CountingLoop.assigns(statement, name.getName().toString())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the body of {@code inner} is a block, with no {@code break} or {@code continue} to skip
     * an advance, of which one statement advances {@code cursor} by one, once, and no other assigns
     * it: a statement of its own ({@code i++;}) after the statement holding the use at {@code path},
     * or, where {@code advancing}, the expression statement whose one mention of the cursor is that
     * use, {@code i++}, which may advance it at most once a pass, so keeps it within the row.
     */
    private static boolean advancedOnce(ForLoopTree inner, String cursor, TreePath path, boolean advancing) {
        if (!(inner.getStatement() instanceof BlockTree block) || Syntax.jumps(block)) {
            return false;
        }
        List<? extends StatementTree> statements = block.getStatements();
        List<? extends StatementTree> advances = statements.stream().filter(statement -> CountingLoop.assigns(statement, cursor)).toList();
        TreePath use = path;
        while (use.getParentPath() != null && use.getParentPath().getLeaf() != block) {
            use = use.getParentPath();
        }
        if (advances.size() != 1 || statements.indexOf(use.getLeaf()) < 0) {
            return false;
        }
        StatementTree advance = advances.get(0);
        if (advancing) {
            // An expression statement runs once a pass: a loop around the advance would run it more.
            return use.getLeaf() == advance && advance instanceof ExpressionStatementTree
                    && Syntax.mentionsOf(advance, cursor) == 1;
        }
        return advance instanceof ExpressionStatementTree step && step.getExpression() instanceof UnaryTree increment
                && (increment.getKind() == Tree.Kind.POSTFIX_INCREMENT || increment.getKind() == Tree.Kind.PREFIX_INCREMENT)
                && statements.indexOf(use.getLeaf()) < statements.indexOf(advance);
    }

    /**
     * Whether {@code start} is where the row the loop at {@code inner} walks starts, {@code y * w + a}
     * with {@code a} where the loop counts from, or {@code y * w} for a loop counting from 0: a
     * row-major index with that loop's counter for its column.
     */
    private boolean startsTheRow(ExpressionTree start, TreePath inner, TreePath declaration) {
        ForLoopTree loop = (ForLoopTree) inner.getLeaf();
        if (!(strip(loop.getCondition()) instanceof BinaryTree condition)
                || !(strip(condition.getLeftOperand()) instanceof IdentifierTree counter)) {
            return false;
        }
        CountingLoop.Columns columns = CountingLoop.columns(loop, counter.getName().toString());
        if (columns == null) {
            return false;
        }
        ExpressionTree bare = strip(start);
        ExpressionTree row = Syntax.isZero(columns.first()) ? bare : null;
        if (row == null && bare.getKind() == Tree.Kind.PLUS && bare instanceof BinaryTree sum) {
            String first = scope.normalized(columns.first());
            row = scope.normalized(sum.getRightOperand()).equals(first) ? sum.getLeftOperand()
                    : scope.normalized(sum.getLeftOperand()).equals(first) ? sum.getRightOperand() : null;
        }
        TreePath column = new TreePath(new TreePath(new TreePath(inner, loop.getCondition()), condition), counter);
        return row != null && rowMajor.test(row, new TreePath(declaration, row), counter, column);
    }
}
