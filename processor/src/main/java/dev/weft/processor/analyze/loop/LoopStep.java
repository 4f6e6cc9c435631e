package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.isName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * How a counted loop's update moves its variable: {@code i++}, {@code i += c}, {@code i = i + c},
 * {@code i = c + i}, {@code i = i - c}, and the like, by a positive constant or by a loop-invariant
 * amount that the twin reads once and checks to be positive before the loop runs.
 *
 * @param ascending whether the update adds to the variable
 * @param constant the amount, positive, when it is known at compile time; {@code 0} otherwise
 * @param amount the expression of an amount known only at run time; {@code null} for a constant
 */
record LoopStep(boolean ascending, long constant, ExpressionTree amount) {
    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.INT, TypeKind.LONG, TypeKind.SHORT, TypeKind.BYTE,
            TypeKind.CHAR);
    private static final Set<String> BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Byte", "java.lang.Character");
    private static final Set<Tree.Kind> ARITHMETIC = Set.of(Tree.Kind.PLUS, Tree.Kind.MINUS, Tree.Kind.MULTIPLY,
            Tree.Kind.DIVIDE, Tree.Kind.REMAINDER, Tree.Kind.LEFT_SHIFT, Tree.Kind.RIGHT_SHIFT,
            Tree.Kind.UNSIGNED_RIGHT_SHIFT, Tree.Kind.AND, Tree.Kind.OR, Tree.Kind.XOR, Tree.Kind.UNARY_MINUS,
            Tree.Kind.UNARY_PLUS, Tree.Kind.BITWISE_COMPLEMENT);

    /**
     * The step of {@code update}, or {@code null}: after reporting why, for an amount that is not
     * positive or may change while the loop runs, and silently for an update of another form, which
     * the caller reports.
     */
    static LoopStep read(ExpressionStatementTree update, String name, TreePath loop, MethodContext method,
            ExpressionTypes expressions) {
        if (update == null) {
            return null;
        }
        ExpressionTree expression = update.getExpression();
        if (expression instanceof UnaryTree unary && isName(unary.getExpression(), name)) {
            return switch (unary.getKind()) {
                case POSTFIX_INCREMENT, PREFIX_INCREMENT -> new LoopStep(true, 1, null);
                case POSTFIX_DECREMENT, PREFIX_DECREMENT -> new LoopStep(false, 1, null);
                default -> null;
            };
        }
        Boolean ascending = null;
        ExpressionTree amount = null;
        if (expression instanceof CompoundAssignmentTree compound && isName(compound.getVariable(), name)) {
            ascending = compound.getKind() == Tree.Kind.PLUS_ASSIGNMENT ? Boolean.TRUE
                    : compound.getKind() == Tree.Kind.MINUS_ASSIGNMENT ? Boolean.FALSE : null;
            amount = compound.getExpression();
        } else if (expression instanceof AssignmentTree assignment && isName(assignment.getVariable(), name)
                && strip(assignment.getExpression()) instanceof BinaryTree sum) {
            if (sum.getKind() == Tree.Kind.PLUS) {
                ascending = true;
                amount = isName(sum.getLeftOperand(), name) ? sum.getRightOperand()
                        : isName(sum.getRightOperand(), name) ? sum.getLeftOperand() : null;
            } else if (sum.getKind() == Tree.Kind.MINUS && isName(sum.getLeftOperand(), name)) {
                ascending = false;
                amount = sum.getRightOperand();
            }
        }
        if (ascending == null || amount == null || Syntax.mentions(amount, name)) {
            return null;
        }
        TreePath at = new TreePath(loop, update);
        Long constant = constant(amount, at, method);
        if (constant == null && strip(amount) instanceof LiteralTree) {
            return null; // a literal of another type: not an update that counts
        }
        if (constant == null) {
            return invariant(amount, true, at, loop, method, expressions) ? new LoopStep(ascending, 0, amount) : null;
        }
        if (constant <= 0) {
            String text = method.source().text(amount);
            method.error(DiagnosticId.LOOP_SHAPE, at, amount, "The step `" + text + "` of this @ParallelFor loop is "
                    + (constant == 0 ? "zero: the loop as written never reaches its bound" : constant + ", not positive: "
                    + "the loop as written moves away from its bound") + ". Step by a positive amount: `" + name
                    + " += c` to count up, `" + name + " -= c` to count down");
            return null;
        }
        return new LoopStep(ascending, constant, null);
    }

    /**
     * The value of an expression made of integer literals and constants, as a loop's step or an
     * annotation's attribute may be ({@code 2 * STRIDE}), or {@code null} when it is not one or overflows.
     */
    static Long constant(ExpressionTree expression, TreePath path, MethodContext method) {
        ExpressionTree bare = strip(expression);
        try {
            if (bare instanceof LiteralTree literal) {
                return literal.getValue() instanceof Integer || literal.getValue() instanceof Long
                        ? ((Number) literal.getValue()).longValue() : null;
            }
            if (bare instanceof IdentifierTree identifier) {
                Resolution resolution = method.resolver().resolve(path, identifier.getName().toString(), null);
                return resolution.kind() == Resolution.Kind.FIELD
                        && (resolution.field().getConstantValue() instanceof Integer
                                || resolution.field().getConstantValue() instanceof Long)
                        ? ((Number) resolution.field().getConstantValue()).longValue() : null;
            }
            if (bare instanceof UnaryTree unary) {
                Long operand = constant(unary.getExpression(), path, method);
                return operand == null ? null : switch (unary.getKind()) {
                    case UNARY_MINUS -> Math.negateExact(operand);
                    case UNARY_PLUS -> operand;
                    default -> null;
                };
            }
            if (bare instanceof BinaryTree binary) {
                Long left = constant(binary.getLeftOperand(), path, method);
                Long right = constant(binary.getRightOperand(), path, method);
                if (left == null || right == null) {
                    return null;
                }
                return switch (binary.getKind()) {
                    case PLUS -> Math.addExact(left, right);
                    case MINUS -> Math.subtractExact(left, right);
                    case MULTIPLY -> Math.multiplyExact(left, right);
                    case DIVIDE -> right == 0 ? null : left / right;
                    default -> null;
                };
            }
        } catch (ArithmeticException overflow) {
            return null; // left to the check at run time, which sees what the original computes
        }
        return null;
    }

    /**
     * Whether the amount is an integer that keeps its value while the loop runs, after reporting
     * where it may not be: made of integer literals, locals and parameters the loop does not assign,
     * final fields, lengths of those, integer arithmetic and casts to an integer type.
     *
     * @param integral whether the expression's own type must be an integer: not under a cast to one
     */
    private static boolean invariant(ExpressionTree expression, boolean integral, TreePath path, TreePath loop,
            MethodContext method, ExpressionTypes expressions) {
        ExpressionTree bare = strip(expression);
        if (bare instanceof LiteralTree literal && (!integral || literal.getValue() instanceof Integer
                || literal.getValue() instanceof Long)) {
            return true;
        }
        if (bare instanceof UnaryTree unary && ARITHMETIC.contains(unary.getKind())) {
            return invariant(unary.getExpression(), integral, path, loop, method, expressions);
        }
        if (bare instanceof BinaryTree binary && ARITHMETIC.contains(binary.getKind())) {
            return invariant(binary.getLeftOperand(), integral, path, loop, method, expressions)
                    && invariant(binary.getRightOperand(), integral, path, loop, method, expressions);
        }
        if (bare instanceof TypeCastTree cast && cast.getType() instanceof PrimitiveTypeTree primitive
                && INTEGERS.contains(primitive.getPrimitiveTypeKind())) {
            return invariant(cast.getExpression(), false, path, loop, method, expressions);
        }
        if (bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("length")) {
            return invariant(select.getExpression(), false, path, loop, method, expressions);
        }
        if (bare instanceof IdentifierTree identifier && (!integral || integer(expressions.of(identifier, path)))) {
            String name = identifier.getName().toString();
            Resolution resolution = method.resolver().resolve(path, name, loop.getLeaf());
            boolean unchanging = resolution.isOuterVariable() ? !assignedIn(loop.getLeaf(), name)
                    : resolution.kind() == Resolution.Kind.FIELD && resolution.field().getModifiers().contains(Modifier.FINAL);
            if (!unchanging) {
                method.error(DiagnosticId.LOOP_SHAPE, path, identifier, "The step of this @ParallelFor loop uses `" + name
                        + "`, which " + (resolution.kind() == Resolution.Kind.FIELD ? "is a field that is not final"
                        : resolution.isOuterVariable() ? "the loop changes" : "Weft cannot see")
                        + ": the parallel loop reads its step once, before it starts, and the loop as written would "
                        + "see each change. Step by a constant, or by a local the loop does not change");
            }
            return unchanging;
        }
        method.error(DiagnosticId.LOOP_SHAPE, path, bare, "Weft cannot tell that `" + method.source().text(bare)
                + "`, in the step of this @ParallelFor loop, is an integer that keeps its value while the loop runs. "
                + "Compute the step into an effectively final int or long local before the loop and step by that");
        return false;
    }

    /**
     * Whether the loop assigns the variable {@code name}, in its body or its update. No variable
     * declared in the loop can have the name of one declared outside it, so the name tells.
     */
    private static boolean assignedIn(Tree loop, String name) {
        Boolean assigned = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitAssignment(AssignmentTree tree, Void unused) {
                return isName(tree.getVariable(), name) || Boolean.TRUE.equals(super.visitAssignment(tree, unused));
            }

            @Override
            public Boolean visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
                return isName(tree.getVariable(), name) || Boolean.TRUE.equals(super.visitCompoundAssignment(tree, unused));
            }

            @Override
            public Boolean visitUnary(UnaryTree tree, Void unused) {
                return isName(tree.getExpression(), name) && tree.getKind() != Tree.Kind.UNARY_MINUS
                        && tree.getKind() != Tree.Kind.UNARY_PLUS && tree.getKind() != Tree.Kind.BITWISE_COMPLEMENT
                        && tree.getKind() != Tree.Kind.LOGICAL_COMPLEMENT
                        || Boolean.TRUE.equals(super.visitUnary(tree, unused));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(loop, null);
        return Boolean.TRUE.equals(assigned);
    }

    /** Whether values of {@code type} are integers: an integral primitive or its box. */
    private static boolean integer(TypeMirror type) {
        if (type == null) {
            return false;
        }
        if (INTEGERS.contains(type.getKind())) {
            return true;
        }
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement box
                && BOXES.contains(box.getQualifiedName().toString());
    }
}
