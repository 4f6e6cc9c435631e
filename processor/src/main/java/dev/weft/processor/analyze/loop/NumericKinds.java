package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import java.util.Set;
import java.util.function.BiFunction;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an arithmetic expression is an integer or a floating-point number, worked out from
 * declarations before javac attributes the body: the question that decides whether
 * {@code total += e} into an integer narrows a floating-point value at every step.
 */
final class NumericKinds {
    enum Kind {
        INTEGER, FLOATING, OTHER, UNKNOWN;

        /** The kind of a binary arithmetic operation's result: floating wins, unknown taints. */
        Kind with(Kind other) {
            if (this == FLOATING || other == FLOATING) {
                return FLOATING;
            }
            return this == INTEGER && other == INTEGER ? INTEGER : this == OTHER || other == OTHER ? OTHER : UNKNOWN;
        }
    }

    /** Math's methods whose result has the promoted type of their arguments: abs(int) is an int, abs(double) a double. */
    private static final Set<String> PROMOTING = Set.of("abs", "max", "min", "absExact", "addExact", "subtractExact",
            "multiplyExact", "negateExact", "incrementExact", "decrementExact", "floorDiv", "floorMod", "ceilDiv",
            "ceilMod", "clamp");

    private final ExpressionTypes expressions;
    /** The type a name's declaration writes, as {@link #ofTypeName} reads it: {@code Integer x}. */
    private final BiFunction<IdentifierTree, TreePath, String> declared;

    NumericKinds(ExpressionTypes expressions, BiFunction<IdentifierTree, TreePath, String> declared) {
        this.expressions = expressions;
        this.declared = declared;
    }

    /** The kind of a variable or element declared with the type written {@code type}: {@code int}, {@code Long}, {@code double[]}. */
    static Kind ofTypeName(String written) {
        String type = written.startsWith("java.lang.") ? written.substring("java.lang.".length()) : written;
        return switch (type) {
            case "byte", "short", "char", "int", "long", "Byte", "Short", "Character", "Integer", "Long" -> Kind.INTEGER;
            case "float", "double", "Float", "Double" -> Kind.FLOATING;
            default -> type.equals("var") ? Kind.UNKNOWN : Kind.OTHER;
        };
    }

    /** The kind of {@code expression}'s value, used at {@code path}. */
    Kind of(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof LiteralTree) {
            return switch (bare.getKind()) {
                case INT_LITERAL, LONG_LITERAL, CHAR_LITERAL -> Kind.INTEGER;
                case FLOAT_LITERAL, DOUBLE_LITERAL -> Kind.FLOATING;
                default -> Kind.OTHER;
            };
        }
        if (bare instanceof TypeCastTree cast) {
            return ofTypeName(cast.getType().toString());
        }
        if (bare instanceof BinaryTree binary) {
            Kind left = of(binary.getLeftOperand(), path);
            return switch (bare.getKind()) {
                case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> left;
                case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER, AND, OR, XOR -> left.with(of(binary.getRightOperand(), path));
                default -> Kind.OTHER; // comparisons and logic give booleans
            };
        }
        if (bare instanceof UnaryTree unary) {
            return bare.getKind() == Tree.Kind.LOGICAL_COMPLEMENT ? Kind.OTHER : of(unary.getExpression(), path);
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            return of(conditional.getTrueExpression(), path).with(of(conditional.getFalseExpression(), path));
        }
        if (bare instanceof AssignmentTree assignment) {
            return of(assignment.getVariable(), path);
        }
        if (bare instanceof CompoundAssignmentTree compound) {
            return of(compound.getVariable(), path);
        }
        if (bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("length")
                && expressions.of(select.getExpression(), path) instanceof ArrayType) {
            return Kind.INTEGER;
        }
        Kind typed = ofType(expressions.of(bare, path));
        if (typed == Kind.UNKNOWN && bare instanceof IdentifierTree name) {
            return ofTypeName(declared.apply(name, path));
        }
        if (typed == Kind.UNKNOWN && bare instanceof MethodInvocationTree call && isPromoting(call)) {
            Kind promoted = Kind.INTEGER;
            for (ExpressionTree argument : call.getArguments()) {
                promoted = promoted.with(of(argument, path));
            }
            return promoted;
        }
        return typed;
    }

    private static boolean isPromoting(MethodInvocationTree call) {
        return call.getMethodSelect() instanceof MemberSelectTree select
                && select.getExpression().toString().matches("(java\\.lang\\.)?(Strict)?Math")
                && PROMOTING.contains(select.getIdentifier().toString());
    }

    private static Kind ofType(TypeMirror type) {
        if (type == null) {
            return Kind.UNKNOWN;
        }
        if (type.getKind().isPrimitive()) {
            return switch (type.getKind()) {
                case FLOAT, DOUBLE -> Kind.FLOATING;
                case BOOLEAN -> Kind.OTHER;
                default -> Kind.INTEGER;
            };
        }
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement() instanceof TypeElement declared
                && declared.getQualifiedName().toString().startsWith("java.lang.")) {
            return ofTypeName(declared.getQualifiedName().toString());
        }
        return Kind.OTHER;
    }
}
