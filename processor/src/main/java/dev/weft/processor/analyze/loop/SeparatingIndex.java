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
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.CountingLoop;
import dev.weft.processor.model.loop.CountedLoop;
import java.util.HashSet;
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
    private final InnerCursors cursors;
    /**
     * The rows of a row-major index taken to separate iterations: {@code (i - origin) * width + x}.
     *
     * @param origin the row the rows are counted from; {@code null} for {@code i * width + x}
     * @param columns the columns an inner loop counts {@code x} through, which the twin checks lie
     *     between 0 and {@code width - 1}; {@code null} where the loop shows it
     * @param byColumn for an index {@code x * width + i} that gives each iteration its column, the
     *     rows an inner loop counts {@code x} through, which the twin checks do not overflow, as it
     *     checks the loop's range lies within a row; {@code null} for an index that gives it a row
     */
    record Rows(ExpressionTree width, ExpressionTree origin, CountingLoop.Columns columns, CountingLoop.Columns byColumn) {}

    /** A row of {@code width} elements from {@code row * width}, {@code row} the loop variable: the iteration's own. */
    record OwnRow(ExpressionTree row, ExpressionTree width) {}

    /** The row-major indices that were taken to separate iterations, by the text of their origin and width. */
    private final Map<String, Rows> rowMajor = new LinkedHashMap<>();
    /** The indices {@link #shifted} took to separate iterations, by their text: one element an iteration, anywhere. */
    private final Set<String> moved = new HashSet<>();

    SeparatingIndex(LoopScope scope, LoopHeader header) {
        this.scope = scope;
        this.header = header;
        this.cursors = new InnerCursors(scope, header, this::rowMajor);
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
        TreePath definition = asName(bare) == null ? null : definition(asName(bare), path);
        if (definition != null) {
            return separates((ExpressionTree) definition.getLeaf(), definition);
        }
        if (asName(bare) != null) {
            return holdsLoopVariable(asName(bare), path) || cursors.walksARow(asName(bare), path, false);
        }
        if (bare.getKind() == Tree.Kind.POSTFIX_INCREMENT && asName(((UnaryTree) bare).getExpression()) != null) {
            return cursors.walksARow(asName(((UnaryTree) bare).getExpression()), path, true);
        }
        if (stride(bare, path) != null || shifted(bare, path)) {
            return true;
        }
        if (bare.getKind() != Tree.Kind.PLUS) {
            return false;
        }
        BinaryTree sum = (BinaryTree) bare;
        return rowMajor(sum.getLeftOperand(), sum.getRightOperand(), path)
                || rowMajor(sum.getRightOperand(), sum.getLeftOperand(), path)
                || columnMajor(sum.getLeftOperand(), sum.getRightOperand(), path)
                || columnMajor(sum.getRightOperand(), sum.getLeftOperand(), path);
    }

    /**
     * Whether {@code product} is {@code x * w} or {@code w * x}, with {@code x} the counter of an
     * inner loop between bounds the same in every iteration, and {@code column} the variable of an
     * ascending loop: each iteration a column of a row-major matrix of its own, as a product loop
     * over columns writes {@code c[x * n + j]}. The columns are apart where the loop's range lies
     * within a row, and the index does not overflow where the rows of {@code x} fit: the twin checks
     * both before the loop runs.
     */
    private boolean columnMajor(ExpressionTree product, ExpressionTree column, TreePath path) {
        if (!(header.shape() instanceof CountedLoop counted) || !counted.relation().ascending() || counted.step() <= 0
                || !isIndex(column, path) || strip(product).getKind() != Tree.Kind.MULTIPLY) {
            return false;
        }
        BinaryTree factors = (BinaryTree) strip(product);
        for (ExpressionTree row : List.of(factors.getLeftOperand(), factors.getRightOperand())) {
            ExpressionTree width = row == factors.getLeftOperand() ? factors.getRightOperand() : factors.getLeftOperand();
            Resolution counter = asName(row) == null ? null : scope.resolve(asName(row), path);
            ForLoopTree inner = counter == null || counter.kind() != Resolution.Kind.LOCAL || !counter.insideLoop() ? null
                    : innerLoopOf(counter.declaration());
            CountingLoop.Columns rows = inner == null ? null : CountingLoop.columns(inner, asName(row).getName().toString());
            if (rows != null && scope.sameInEveryIteration(width, path) && scope.sameInEveryIteration(rows.first(), path)
                    && scope.sameInEveryIteration(rows.bound(), path)) {
                rowMajor.putIfAbsent("columns " + scope.normalized(width) + " " + scope.normalized(rows.first())
                        + (rows.inclusive() ? " <= " : " < ") + scope.normalized(rows.bound()),
                        new Rows(width, null, null, rows));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code index} is the loop variable moved by a variable that is the same in every
     * iteration, {@code i - i0}, {@code i + offset} or {@code last - i}: one element an iteration, a
     * different one for each, as adding or subtracting an {@code int} maps the {@code int}s one to
     * one, past overflow too. A constant offset is a block's ({@link #stride}), kept within the
     * iteration's own stretch of elements.
     */
    private boolean shifted(ExpressionTree index, TreePath path) {
        if (index.getKind() != Tree.Kind.PLUS && index.getKind() != Tree.Kind.MINUS
                || !(index instanceof BinaryTree sum)) {
            return false;
        }
        boolean shifted = isIndex(sum.getLeftOperand(), path) && variableOffset(sum.getRightOperand(), path)
                || isIndex(sum.getRightOperand(), path) && variableOffset(sum.getLeftOperand(), path);
        if (shifted) {
            moved.add(scope.normalized(index));
        }
        return shifted;
    }

    /** Whether the write {@code key} is one {@link #shifted} took: its elements may lie anywhere around the loop's range. */
    boolean moved(String key) {
        return moved.contains(key);
    }

    /** Whether {@code offset} reads a variable and is the same in every iteration. */
    private boolean variableOffset(ExpressionTree offset, TreePath path) {
        return !Syntax.names(offset).isEmpty() && scope.sameInEveryIteration(offset, path);
    }

    /**
     * Where {@code name}, used at {@code path}, is a local the body declares and never assigns
     * again, its initializer: what the name holds wherever it is in scope, for the indices this
     * class accepts, which read only the loop variable, inner loop counters their loops' bodies do
     * not assign (the same where the local is declared and where it is used), what the loop does not
     * change, and other such locals: {@code int idx = y * w + x}, {@code int j = 2 * i}. {@code null}
     * for any other name.
     */
    private TreePath definition(IdentifierTree name, TreePath path) {
        Resolution resolution = scope.resolve(name, path);
        VariableTree local = resolution.declaration();
        if (resolution.kind() != Resolution.Kind.LOCAL || local == null) {
            return null;
        }
        if (!resolution.insideLoop() || local.getInitializer() == null || scope.isReassigned(local.getName().toString())) {
            return assignedJustBefore(local, path);
        }
        TreePath declared = declaredAround(local, path);
        return declared == null ? null : new TreePath(declared, local.getInitializer());
    }

    /**
     * Where {@code local}, in scope at {@code path}, is declared: among the statements of a block
     * around it, or in the initializer of a {@code for} around it; {@code null} anywhere else.
     */
    private static TreePath declaredAround(VariableTree local, TreePath path) {
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof BlockTree block && block.getStatements().contains(local)
                    || at.getLeaf() instanceof ForLoopTree loop && loop.getInitializer().contains(local)) {
                return new TreePath(at, local);
            }
        }
        return null;
    }

    /**
     * What {@code local} holds where it is used at {@code path}, for a local assigned again, or one
     * declared before the loop that the body assigns before it uses it (C's scratch
     * {@code index = i * width + j;}): the value of a plain assignment earlier in the block holding
     * the use, where nothing from that assignment up to the use's statement assigns the local or a
     * name the value reads. {@code null} otherwise.
     */
    private TreePath assignedJustBefore(VariableTree local, TreePath path) {
        TreePath statement = path;
        while (statement.getParentPath() != null && !(statement.getParentPath().getLeaf() instanceof BlockTree)) {
            statement = statement.getParentPath();
        }
        if (statement.getParentPath() == null || !(statement.getLeaf() instanceof StatementTree use)) {
            return null;
        }
        List<? extends StatementTree> statements = ((BlockTree) statement.getParentPath().getLeaf()).getStatements();
        String name = local.getName().toString();
        for (int at = statements.indexOf(use) - 1; at >= 0; at--) {
            StatementTree before = statements.get(at);
            if (before instanceof ExpressionStatementTree set && set.getExpression() instanceof AssignmentTree assignment
                    && asName(assignment.getVariable()) != null
                    && scope.resolve(asName(assignment.getVariable()), path).declaration() == local) {
                List<? extends StatementTree> after = statements.subList(at + 1, statements.indexOf(use) + 1);
                boolean kept = Syntax.names(assignment.getExpression()).stream().noneMatch(read ->
                        after.stream().anyMatch(later -> CountingLoop.assigns(later, read)))
                        && after.stream().noneMatch(later -> CountingLoop.assigns(later, name));
                TreePath setPath = new TreePath(new TreePath(statement.getParentPath(), before), set.getExpression());
                return kept ? new TreePath(setPath, assignment.getExpression()) : null;
            }
            if (CountingLoop.assigns(before, name)) {
                return null;
            }
        }
        return null;
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
        Linear linear = linear(index, path);
        boolean fits = linear != null && linear.factor() >= 1 && linear.offset() >= 0
                && linear.factor() <= Integer.MAX_VALUE / counted.step() && linear.offset() < linear.factor() * counted.step();
        return fits ? linear.factor() : null;
    }

    /** An index {@code factor * i + offset} of the loop variable {@code i}, with constants. */
    private record Linear(long factor, long offset) {}

    /**
     * {@code index} as {@code a * i + c} with constants, sums and products of a constant taken in any
     * order, through the body's locals ({@code int j = 2 * i; out[j + 1]}); {@code null} for any other
     * index, or where a constant passes what an {@code int} index could use.
     */
    private Linear linear(ExpressionTree index, TreePath path) {
        Syntax.WithConstant sum = Syntax.withConstant(index, Tree.Kind.PLUS);
        Syntax.WithConstant product = sum == null ? Syntax.withConstant(index, Tree.Kind.MULTIPLY) : null;
        Syntax.WithConstant operation = sum != null ? sum : product;
        if (operation != null) {
            Linear of = linear(operation.other(), path);
            long by = operation.constant();
            if (of == null || Math.abs(by) > Integer.MAX_VALUE) {
                return null;
            }
            Linear linear = sum != null ? new Linear(of.factor(), of.offset() + by)
                    : new Linear(of.factor() * by, of.offset() * by);
            return Math.abs(linear.factor()) > Integer.MAX_VALUE || Math.abs(linear.offset()) > Integer.MAX_VALUE ? null : linear;
        }
        IdentifierTree name = asName(index);
        TreePath definition = name == null ? null : definition(name, path);
        if (definition != null) {
            return linear((ExpressionTree) definition.getLeaf(), definition);
        }
        return name != null && holdsLoopVariable(name, path) ? new Linear(1, 0) : null;
    }


    /**
     * Whether a row or element {@code index}, a name that is the same in every iteration, lies
     * outside the range of a loop of constant step, so that no iteration writes it. Where the loop
     * writes at its variable alone ({@code exactly}), that is before the first index it reaches
     * ({@code A[j]} in {@code for (ii = j + 1; ...; ii++)}, or in {@code for (ii = j - 1; ...; ii--)}),
     * or past its bound ({@code X[k]} in {@code for (i = 0; i < k; i++)}, or in {@code for (i = n - 1;
     * i > k; i--)}); where it writes blocks or strides from it, which reach past the variable
     * upwards, only before the first index of an ascending loop.
     */
    boolean outsideTheRange(ExpressionTree index, TreePath path, TreePath loopPath, Set<String> changedByTheBody,
            boolean exactly) {
        if (!(header.shape() instanceof CountedLoop counted) || counted.step() <= 0
                || !(loopPath.getLeaf() instanceof ForLoopTree loop) || asName(index) == null
                || changedByTheBody.contains(asName(index).getName().toString())
                || !scope.sameInEveryIteration(index, path)) {
            return false;
        }
        boolean ascending = counted.relation().ascending();
        String row = scope.normalized(index);
        ExpressionTree first = loop.getInitializer().size() == 1 && loop.getInitializer().get(0) instanceof VariableTree start
                ? start.getInitializer() : null;
        boolean startsPast = first != null && movedBy(first, row, ascending ? Tree.Kind.PLUS : Tree.Kind.MINUS);
        ExpressionTree condition = strip(loop.getCondition());
        boolean strict = condition.getKind() == Tree.Kind.LESS_THAN || condition.getKind() == Tree.Kind.GREATER_THAN;
        ExpressionTree bound = condition instanceof BinaryTree comparison && isIndex(comparison.getLeftOperand(), path)
                ? comparison.getRightOperand() : null;
        boolean endsBefore = bound != null && (strict ? scope.normalized(bound).equals(row)
                : movedBy(bound, row, ascending ? Tree.Kind.MINUS : Tree.Kind.PLUS));
        return ascending && startsPast || exactly && (startsPast || endsBefore);
    }

    /** Whether {@code value} is {@code row + c} or {@code row - c}, as {@code kind} says, with a constant {@code c >= 1}. */
    private boolean movedBy(ExpressionTree value, String row, Tree.Kind kind) {
        ExpressionTree bare = strip(value);
        return bare instanceof BinaryTree sum && bare.getKind() == kind
                && strip(sum.getRightOperand()) instanceof LiteralTree literal
                && literal.getValue() instanceof Integer by && by >= 1
                && scope.normalized(sum.getLeftOperand()).equals(row);
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
        if (scope.resolve(name, path).declaration() == header.variable()) {
            return true;
        }
        TreePath definition = definition(name, path);
        return definition != null && asName((ExpressionTree) definition.getLeaf()) != null
                && holdsLoopVariable(asName((ExpressionTree) definition.getLeaf()), definition);
    }

    /**
     * {@code row} is {@code i * w} or {@code (i - o) * w} and {@code column} an inner loop variable
     * that stays between 0 and {@code w - 1}.
     */
    private boolean rowMajor(ExpressionTree row, ExpressionTree column, TreePath path) {
        TreePath start = asName(row) == null ? null : definition(asName(row), path);
        return start != null ? rowMajor((ExpressionTree) start.getLeaf(), start, column, path)
                : rowMajor(row, path, column, path);
    }

    /** {@link #rowMajor(ExpressionTree, ExpressionTree, TreePath)} with the row start read at {@code rowPath}. */
    private boolean rowMajor(ExpressionTree row, TreePath rowPath, ExpressionTree column, TreePath path) {
        if (strip(row).getKind() != Tree.Kind.MULTIPLY || asName(column) == null) {
            return false;
        }
        BinaryTree product = (BinaryTree) strip(row);
        ExpressionTree number = countsRows(product.getLeftOperand(), rowPath) ? product.getLeftOperand()
                : countsRows(product.getRightOperand(), rowPath) ? product.getRightOperand() : null;
        ExpressionTree width = number == null ? null
                : number == product.getLeftOperand() ? product.getRightOperand() : product.getLeftOperand();
        if (width == null || !scope.sameInEveryIteration(width, rowPath)) {
            return false;
        }
        Resolution x = scope.resolve(asName(column), path);
        ForLoopTree inner = x.kind() != Resolution.Kind.LOCAL ? null
                : x.insideLoop() && innerLoopOf(x.declaration()) != null ? innerLoopOf(x.declaration())
                : loopSetting(x.declaration(), path);
        String counter = asName(column).getName().toString();
        boolean separates = inner != null && CountingLoop.staysInColumns(inner, counter,
                bound -> scope.normalized(bound).equals(scope.normalized(width)));
        // Columns counted between bounds the loop does not change (x from roiX below roiX + roiWidth)
        // stay within the row where the twin finds them to, before it runs the loop; bounds written
        // from the width, or a start below 0, that reach past the row are a mistake to report instead.
        CountingLoop.Columns columns = separates || inner == null ? null : CountingLoop.columns(inner, counter);
        boolean checked = columns != null && scope.sameInEveryIteration(columns.first(), path)
                && scope.sameInEveryIteration(columns.bound(), path)
                && strip(columns.first()).getKind() != Tree.Kind.UNARY_MINUS
                && !Syntax.names(columns.bound()).containsAll(Syntax.names(width));
        if (separates || checked) {
            rowsTaken(width, strip(number) instanceof BinaryTree difference ? difference.getRightOperand() : null,
                    checked ? columns : null);
        }
        return separates || checked;
    }

    /** Notes rows of {@code width} counted from {@code origin}, among {@code columns}, once, for the twin to check. */
    private void rowsTaken(ExpressionTree width, ExpressionTree origin, CountingLoop.Columns columns) {
        String from = origin == null ? "" : scope.normalized(origin) + " ";
        String among = columns == null ? "" : " " + scope.normalized(columns.first()) + (columns.inclusive() ? " <= " : " < ")
                + scope.normalized(columns.bound());
        rowMajor.putIfAbsent(from + scope.normalized(width) + among, new Rows(width, origin, columns, null));
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
     * The row of the iteration's own that the elements from {@code first} on make up, up to where
     * {@code limit} tells, how many ({@code count}) or where they end: {@code first} is {@code i * w}
     * or {@code w * i}, or a local of the body that holds it ({@code int at = i * w}), and
     * {@code limit} is {@code w}, or ends the row, {@code first + w} or {@code (i + 1) * w}; the
     * row as {@link #separatesRows} takes it, {@code null} for any other stretch.
     */
    OwnRow ownRow(ExpressionTree first, ExpressionTree limit, boolean count, TreePath path) {
        if (!(header.shape() instanceof CountedLoop)) {
            return null;
        }
        TreePath startPath = asName(first) == null ? null : definition(asName(first), path);
        ExpressionTree start = strip(startPath == null ? first : (ExpressionTree) startPath.getLeaf());
        TreePath at = startPath == null ? path : startPath;
        if (start.getKind() != Tree.Kind.MULTIPLY) {
            return null;
        }
        BinaryTree product = (BinaryTree) start;
        for (ExpressionTree row : List.of(product.getLeftOperand(), product.getRightOperand())) {
            ExpressionTree width = row == product.getLeftOperand() ? product.getRightOperand() : product.getLeftOperand();
            String w = scope.normalized(width);
            boolean ends = count ? scope.normalized(limit).equals(w) : endsRow(strip(limit), first, start, row, w);
            if (ends && isIndex(row, at) && separatesRows(row, width, at)) {
                return new OwnRow(row, width);
            }
        }
        return null;
    }

    /** Whether {@code end} is where the row from {@code start}, given as {@code first}, ends: {@code first + w}, {@code (row + 1) * w}. */
    private boolean endsRow(ExpressionTree end, ExpressionTree first, ExpressionTree start, ExpressionTree row, String width) {
        if (!(end instanceof BinaryTree operation)) {
            return false;
        }
        String left = scope.normalized(operation.getLeftOperand());
        String right = scope.normalized(operation.getRightOperand());
        if (end.getKind() == Tree.Kind.PLUS) {
            List<String> starts = List.of(scope.normalized(first), scope.normalized(start));
            return starts.contains(left) && right.equals(width) || starts.contains(right) && left.equals(width);
        }
        String next = scope.normalized(row) + "+1";
        return end.getKind() == Tree.Kind.MULTIPLY && (left.equals(next) && right.equals(width)
                || right.equals(next) && left.equals(width));
    }

    /**
     * Whether the rows {@code row} of {@code width} elements, from {@code row * width}, are apart:
     * {@code row} is the loop variable and {@code width} the same in every iteration.
     */
    boolean separatesRows(ExpressionTree row, ExpressionTree width, TreePath path) {
        boolean separates = header.shape() instanceof CountedLoop && isIndex(row, path) && scope.sameInEveryIteration(width, path);
        if (separates) {
            rowsTaken(width, null, null);
        }
        return separates;
    }

    /** Whether {@code operand} is the loop variable, or a copy of it, and not a name that shadows it. */
    private boolean isIndex(ExpressionTree operand, TreePath path) {
        return asName(operand) != null && holdsLoopVariable(asName(operand), path);
    }

    /**
     * The innermost loop of the body around {@code path} that starts by setting {@code counter},
     * declared before it ({@code int j; ... for (j = 1; j < w - 1; j++)}); {@code null} if none.
     */
    private ForLoopTree loopSetting(VariableTree counter, TreePath path) {
        for (TreePath at = path; at != null && at.getLeaf() != header.body(); at = at.getParentPath()) {
            AssignmentTree set = at.getLeaf() instanceof ForLoopTree loop ? CountingLoop.counterSet(loop) : null;
            if (set != null && scope.resolve(asName(set.getVariable()), at).declaration() == counter) {
                return (ForLoopTree) at.getLeaf();
            }
        }
        return null;
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
