package dev.weft.processor.analyze.effects;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.CountingLoop;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * Which elements of its array parameters a method's indices name, in terms of its other
 * parameters: what lets a call with the loop's own index count as the loop's own write.
 */
final class ParameterElements {
    private final ExecutableElement method;
    private final MethodTree tree;

    ParameterElements(ExecutableElement method, MethodTree tree) {
        this.method = method;
        this.tree = tree;
    }

    /** The index of the parameter {@code expression} names, never assigned in the method; {@code -1} for any other expression. */
    int parameterIndex(ExpressionTree expression, TreePath path) {
        if (!(Bare.of(expression) instanceof IdentifierTree name)) {
            return -1;
        }
        TreePath declaration = LocalNames.declaration(path, name.getName());
        int parameter = declaration == null ? -1 : tree.getParameters().indexOf(declaration.getLeaf());
        return parameter >= 0 && !CountingLoop.assigns(tree.getBody(), name.getName().toString()) ? parameter : -1;
    }

    /**
     * Which elements an index written in this method reaches, in terms of its parameters: one of
     * them ({@code out[i]}), or a row ({@code counts[y * w + x]} in {@code for (int x = 0; x < w; x++)});
     * {@code null} for any other index.
     */
    ElementRange range(ExpressionTree index, TreePath path) {
        ExpressionTree bare = Bare.of(index);
        int parameter = parameterIndex(bare, path);
        if (parameter >= 0) {
            return method.getParameters().get(parameter).asType().getKind().isPrimitive()
                    ? ElementRange.at(parameter) : null;
        }
        if (bare.getKind() != Tree.Kind.PLUS) {
            return null;
        }
        BinaryTree sum = (BinaryTree) bare;
        ElementRange row = row(sum.getLeftOperand(), sum.getRightOperand(), path);
        return row != null ? row : row(sum.getRightOperand(), sum.getLeftOperand(), path);
    }

    /** {@code y * w + x}: {@code y} and {@code w} parameters, {@code x} the counter of a loop around the write up to {@code w}. */
    private ElementRange row(ExpressionTree product, ExpressionTree column, TreePath path) {
        if (Bare.of(product).getKind() != Tree.Kind.MULTIPLY || !(Bare.of(column) instanceof IdentifierTree x)) {
            return null;
        }
        BinaryTree factors = (BinaryTree) Bare.of(product);
        int left = parameterIndex(factors.getLeftOperand(), path);
        int right = parameterIndex(factors.getRightOperand(), path);
        TreePath counter = LocalNames.declaration(path, x.getName());
        if (left < 0 || right < 0 || counter == null || !(counter.getParentPath().getLeaf() instanceof ForLoopTree loop)) {
            return null;
        }
        VariableTree variable = (VariableTree) counter.getLeaf();
        for (int[] rowAndWidth : new int[][] {{left, right}, {right, left}}) {
            String width = tree.getParameters().get(rowAndWidth[1]).getName().toString();
            if (CountingLoop.countsColumns(loop, variable, bound -> Bare.of(bound) instanceof IdentifierTree name
                    && name.getName().contentEquals(width))) {
                return ElementRange.row(rowAndWidth[0], rowAndWidth[1]);
            }
        }
        return null;
    }

    /**
     * Where the method uses its array parameter other than for its length and the elements {@code
     * range} holds, itself or through the calls it hands it to; {@code null} where it does not, so
     * that iterations calling it with indices of their own touch elements of their own.
     */
    Tree touchedElsewhere(int parameter, ElementRange range, TreePath body, Set<Tree> rangedArguments) {
        VariableTree declared = tree.getParameters().get(parameter);
        Tree[] elsewhere = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                TreePath declaration = LocalNames.declaration(getCurrentPath(), name.getName());
                if (elsewhere[0] == null && declaration != null && declaration.getLeaf() == declared
                        && !rangedArguments.contains(name)) {
                    TreePath parent = getCurrentPath().getParentPath();
                    boolean inRange = parent.getLeaf() instanceof MemberSelectTree select
                            && select.getIdentifier().contentEquals("length")
                            || parent.getLeaf() instanceof ArrayAccessTree element && element.getExpression() == name
                                    && range.equals(range(element.getIndex(), new TreePath(parent, element.getIndex())));
                    elsewhere[0] = inRange ? null : parent.getLeaf();
                }
                return null;
            }
        }.scan(body, null);
        return elsewhere[0];
    }
}
