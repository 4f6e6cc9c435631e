package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.asName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.CountingLoop;
import dev.weft.processor.model.loop.CountedLoop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the array indices at which every iteration has elements of its own: the loop
 * variable {@code i}, and {@code i * w + x} or {@code (i - o) * w + x} with {@code x} an inner
 * loop's variable that stays between 0 and {@code w - 1} (a row of a row-major matrix, or of a tile
 * of one whose rows are counted from {@code o}).
 */
final class SeparatingIndex {
    private final LoopScope scope;
    private final LoopHeader header;
    /**
     * The rows of a row-major index taken to separate iterations: {@code (i - origin) * width + x}.
     *
     * @param origin the row the rows are counted from; {@code null} for {@code i * width + x}
     */
    record Rows(ExpressionTree width, ExpressionTree origin) {}

    /** The row-major indices that were taken to separate iterations, by the text of their origin and width. */
    private final Map<String, Rows> rowMajor = new LinkedHashMap<>();

    SeparatingIndex(LoopScope scope, LoopHeader header) {
        this.scope = scope;
        this.header = header;
    }

    /**
     * Whether an index gives every iteration elements of its own: the loop variable, a block
     * {@code i + c} with {@code 0 <= c < step}, or a row-major {@code i * w + x} or {@code (i - o) * w + x}.
     */
    boolean separates(ExpressionTree index, TreePath path) {
        if (!(header.shape() instanceof CountedLoop)) {
            return false;
        }
        ExpressionTree bare = strip(index);
        if (asName(bare) != null) {
            return holdsLoopVariable(asName(bare), path);
        }
        if (stride(bare, path) != null) {
            return true;
        }
        if (bare.getKind() != Tree.Kind.PLUS) {
            return false;
        }
        BinaryTree sum = (BinaryTree) bare;
        return rowMajor(sum.getLeftOperand(), sum.getRightOperand(), path)
                || rowMajor(sum.getRightOperand(), sum.getLeftOperand(), path);
    }

    /**
     * What stands for an index when indices are compared: the text, but for the indices of one
     * block of a loop stepping by {@code s}, {@code i} to {@code i + s - 1}, which all stand for the
     * block: the elements an iteration has of its own.
     */
    String key(ExpressionTree index, TreePath path) {
        Long factor = stride(index, path);
        if (factor == null) {
            return scope.normalized(index);
        }
        long span = factor * ((CountedLoop) header.shape()).step();
        String i = header.variable().getName().toString();
        String start = factor == 1 ? i : factor + " * " + i;
        return span == 1 ? start : start + " + (0.." + (span - 1) + ")";
    }

    /**
     * {@code a} for an index {@code a * i + c} (also {@code i * a}, {@code c + a * i}, {@code i},
     * {@code i + c}) with constants {@code a >= 1} and {@code 0 <= c < a * step}, in a loop of
     * constant step: the iteration's own stretch of {@code a * step} elements from {@code a * i};
     * {@code null} for any other index.
     */
    private Long stride(ExpressionTree index, TreePath path) {
        if (!(header.shape() instanceof CountedLoop counted) || counted.step() <= 0) {
            return null;
        }
        Syntax.WithConstant sum = Syntax.withConstant(index, Tree.Kind.PLUS);
        ExpressionTree bare = sum != null ? sum.other() : strip(index);
        long offset = sum != null ? sum.constant() : 0;
        Syntax.WithConstant product = Syntax.withConstant(bare, Tree.Kind.MULTIPLY);
        long factor = product != null ? product.constant() : 1;
        bare = product != null ? product.other() : bare;
        boolean fits = factor >= 1 && offset >= 0 && factor <= Integer.MAX_VALUE / counted.step()
                && offset < factor * counted.step();
        return fits && isIndex(bare, path) ? factor : null;
    }


    /**
     * Whether a row or element {@code index}, the same in every iteration, lies before the first
     * index an ascending loop of step 1 or more reaches: {@code A[j]} in {@code for (ii = j + 1; ...)},
     * so no iteration writes it.
     */
    boolean beforeTheRange(ExpressionTree index, TreePath path, TreePath loopPath, Set<String> changedByTheBody) {
        if (!(header.shape() instanceof CountedLoop counted) || !counted.relation().ascending()
                || !(loopPath.getLeaf() instanceof ForLoopTree loop) || loop.getInitializer().size() != 1
                || !(loop.getInitializer().get(0) instanceof VariableTree start) || start.getInitializer() == null
                || !scope.sameInEveryIteration(index, path)) {
            return false;
        }
        ExpressionTree first = strip(start.getInitializer());
        if (!(first instanceof BinaryTree sum) || first.getKind() != Tree.Kind.PLUS
                || !(strip(sum.getRightOperand()) instanceof LiteralTree literal)
                || !(literal.getValue() instanceof Integer by) || by < 1) {
            return false;
        }
        String before = scope.normalized(sum.getLeftOperand());
        return before.equals(scope.normalized(index)) && asName(index) != null
                && !changedByTheBody.contains(asName(index).getName().toString());
    }

    /**
     * The rows of the row-major indices {@code (i - o) * w + x} that {@link #separates} took to
     * separate iterations. Rows are apart only while the index does not overflow, which no bound
     * known at compile time can show: the twin checks it before the loop runs.
     */
    List<Rows> rowMajor() {
        return List.copyOf(rowMajor.values());
    }

    /**
     * Whether {@code name}, used at {@code path}, is the loop variable, or a local of the body that
     * copies it and is never assigned again, as {@code final int k = i;} for a lambda.
     */
    private boolean holdsLoopVariable(IdentifierTree name, TreePath path) {
        Resolution resolution = scope.resolve(name, path);
        if (resolution.declaration() == header.variable()) {
            return true;
        }
        VariableTree copy = resolution.declaration();
        IdentifierTree copied = copy == null ? null : asName(copy.getInitializer());
        return resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop() && copied != null
                && copied.getName().equals(header.variable().getName())
                && scope.resolve(copied, path).declaration() == header.variable()
                && !scope.isReassigned(copy.getName().toString());
    }

    /**
     * {@code row} is {@code i * w} or {@code (i - o) * w} and {@code column} an inner loop variable
     * that stays between 0 and {@code w - 1}.
     */
    private boolean rowMajor(ExpressionTree row, ExpressionTree column, TreePath path) {
        if (strip(row).getKind() != Tree.Kind.MULTIPLY || asName(column) == null) {
            return false;
        }
        BinaryTree product = (BinaryTree) strip(row);
        ExpressionTree number = countsRows(product.getLeftOperand(), path) ? product.getLeftOperand()
                : countsRows(product.getRightOperand(), path) ? product.getRightOperand() : null;
        ExpressionTree width = number == null ? null
                : number == product.getLeftOperand() ? product.getRightOperand() : product.getLeftOperand();
        if (width == null || !scope.sameInEveryIteration(width, path)) {
            return false;
        }
        Resolution x = scope.resolve(asName(column), path);
        ForLoopTree inner = x.kind() == Resolution.Kind.LOCAL && x.insideLoop() ? innerLoopOf(x.declaration()) : null;
        boolean separates = inner != null && CountingLoop.staysInColumns(inner, x.declaration(),
                bound -> scope.normalized(bound).equals(scope.normalized(width)));
        if (separates) {
            rowsTaken(width, strip(number) instanceof BinaryTree difference ? difference.getRightOperand() : null);
        }
        return separates;
    }

    /** Notes rows of {@code width} counted from {@code origin}, once, for the twin to check. */
    private void rowsTaken(ExpressionTree width, ExpressionTree origin) {
        String from = origin == null ? "" : scope.normalized(origin) + " ";
        rowMajor.putIfAbsent(from + scope.normalized(width), new Rows(width, origin));
    }

    /**
     * Whether {@code number} numbers the iteration's row: the loop variable {@code i}, or
     * {@code i - o} with {@code o} the same in every iteration, which only moves where row 0 is.
     */
    private boolean countsRows(ExpressionTree number, TreePath path) {
        ExpressionTree bare = strip(number);
        return isIndex(bare, path) || bare.getKind() == Tree.Kind.MINUS && bare instanceof BinaryTree difference
                && isIndex(difference.getLeftOperand(), path) && scope.sameInEveryIteration(difference.getRightOperand(), path);
    }

    /**
     * Whether the rows {@code row} of {@code width} elements, from {@code row * width}, are apart:
     * {@code row} is the loop variable and {@code width} the same in every iteration.
     */
    boolean separatesRows(ExpressionTree row, ExpressionTree width, TreePath path) {
        boolean separates = header.shape() instanceof CountedLoop && isIndex(row, path) && scope.sameInEveryIteration(width, path);
        if (separates) {
            rowsTaken(width, null);
        }
        return separates;
    }

    /** Whether {@code operand} is the loop variable, or a copy of it, and not a name that shadows it. */
    private boolean isIndex(ExpressionTree operand, TreePath path) {
        return asName(operand) != null && holdsLoopVariable(asName(operand), path);
    }

    private ForLoopTree innerLoopOf(VariableTree variable) {
        ForLoopTree[] found = {null};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitForLoop(ForLoopTree tree, Void unused) {
                if (tree.getInitializer().contains(variable)) {
                    found[0] = tree;
                }
                return super.visitForLoop(tree, unused);
            }
        }.scan(header.body(), null);
        return found[0];
    }
}
