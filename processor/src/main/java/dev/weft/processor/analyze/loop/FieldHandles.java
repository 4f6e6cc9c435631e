package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.TypeName;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Uses of a private field, rewritten to go through its {@code VarHandle}: a read as the handle's
 * {@code get}, an assignment, compound assignment, increment or decrement statement as its
 * {@code set}. A write whose value the expression uses is reported: a handle has no such access.
 */
final class FieldHandles {
    private static final Map<Tree.Kind, String> OPERATORS = Map.ofEntries(
            Map.entry(Tree.Kind.PLUS_ASSIGNMENT, "+"), Map.entry(Tree.Kind.MINUS_ASSIGNMENT, "-"),
            Map.entry(Tree.Kind.MULTIPLY_ASSIGNMENT, "*"), Map.entry(Tree.Kind.DIVIDE_ASSIGNMENT, "/"),
            Map.entry(Tree.Kind.REMAINDER_ASSIGNMENT, "%"), Map.entry(Tree.Kind.AND_ASSIGNMENT, "&"),
            Map.entry(Tree.Kind.OR_ASSIGNMENT, "|"), Map.entry(Tree.Kind.XOR_ASSIGNMENT, "^"),
            Map.entry(Tree.Kind.LEFT_SHIFT_ASSIGNMENT, "<<"), Map.entry(Tree.Kind.RIGHT_SHIFT_ASSIGNMENT, ">>"),
            Map.entry(Tree.Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, ">>>"), Map.entry(Tree.Kind.PREFIX_INCREMENT, "+"),
            Map.entry(Tree.Kind.POSTFIX_INCREMENT, "+"), Map.entry(Tree.Kind.PREFIX_DECREMENT, "-"),
            Map.entry(Tree.Kind.POSTFIX_DECREMENT, "-"));

    /** The widening order of the numeric types that arithmetic works in: narrower integers count as {@code int}. */
    private static final Map<TypeKind, Integer> RANKS = Map.of(TypeKind.BYTE, 1, TypeKind.SHORT, 1, TypeKind.CHAR, 1,
            TypeKind.INT, 1, TypeKind.LONG, 2, TypeKind.FLOAT, 3, TypeKind.DOUBLE, 4);

    private FieldHandles() {}

    /**
     * Rewrites the use of {@code field} at {@code use}.
     *
     * @param qualifier the object whose field it is; {@code null} for none or a class name
     */
    static void rewrite(MethodContext method, ExpressionTypes expressions, TreePath use, ExpressionTree qualifier,
            VariableElement field) {
        String handle = method.privates().field(field);
        List<Edits.Part> coordinates = new ArrayList<>();
        boolean receiver = false;
        if (!field.getModifiers().contains(Modifier.STATIC)) {
            if (qualifier != null) {
                coordinates.add(source(method, qualifier));
            } else if (method.receiver() != null) {
                coordinates.add(Edits.Part.text(method.receiver()));
                receiver = true;
            }
        }
        Tree tree = use.getLeaf();
        TreePath parent = use.getParentPath();
        ExpressionTree operand = parent.getLeaf() instanceof AssignmentTree assignment && assignment.getVariable() == tree
                ? assignment.getExpression()
                : parent.getLeaf() instanceof CompoundAssignmentTree compound && compound.getVariable() == tree
                        ? compound.getExpression() : null;
        boolean incremented = parent.getLeaf() instanceof UnaryTree unary && unary.getExpression() == tree
                && OPERATORS.containsKey(unary.getKind());
        if (operand == null && !incremented) {
            replace(method, tree, read(handle, field, coordinates), receiver);
            return;
        }
        // Evaluating the object twice, to read and to write, is evaluating it once only for a name.
        boolean once = qualifier == null || Syntax.strip(qualifier) instanceof IdentifierTree;
        if (!(parent.getParentPath().getLeaf() instanceof ExpressionStatementTree)
                || !once && !(parent.getLeaf() instanceof AssignmentTree)) {
            method.error(DiagnosticId.OUT_OF_REACH, parent, parent.getLeaf(), "The companion reaches the private field "
                    + field.getSimpleName() + " through a handle, which reads it and assigns it in statements of their "
                    + "own, and this expression uses the assignment's value, or reads the object twice. Write it as "
                    + "a statement of its own through a local: `" + field.getSimpleName() + " = ...;`");
            return;
        }
        List<Edits.Part> write = new ArrayList<>();
        write.add(Edits.Part.text(handle + ".set("));
        coordinates.forEach(coordinate -> write.addAll(List.of(coordinate, Edits.Part.text(", "))));
        if (parent.getLeaf() instanceof AssignmentTree) {
            write.add(source(method, operand));
        } else {
            // As the compound assignment does: the operation narrowed back to the field's type, where it may be wider.
            TypeMirror operandType = operand == null ? null : expressions.of(operand, new TreePath(parent, operand));
            boolean narrowed = operand == null ? RANKS.getOrDefault(field.asType().getKind(), 0) < 1
                    : narrows(field.asType(), operandType);
            write.add(Edits.Part.text(narrowed ? "(" + TypeName.get(field.asType()) + ") (" : "("));
            write.addAll(read(handle, field, coordinates));
            write.add(Edits.Part.text(" " + OPERATORS.get(parent.getLeaf().getKind()) + " "));
            write.addAll(operand == null ? List.of(Edits.Part.text("1"))
                    : List.of(Edits.Part.text("("), source(method, operand), Edits.Part.text(")")));
            write.add(Edits.Part.text(")"));
        }
        write.add(Edits.Part.text(")"));
        replace(method, parent.getLeaf(), write, receiver);
    }

    /**
     * Whether the operation of a compound assignment into a field of type {@code field} with an
     * operand of type {@code operand} needs narrowing back: where the field is narrower than
     * {@code int}, not a number, or the operand is wider or of a type unknown. A string's is a string.
     */
    private static boolean narrows(TypeMirror field, TypeMirror operand) {
        if (field.toString().equals("java.lang.String")) {
            return false;
        }
        int fieldRank = RANKS.getOrDefault(field.getKind(), 0);
        return fieldRank < 1 || operand == null || RANKS.getOrDefault(operand.getKind(), 5) > fieldRank;
    }

    private static List<Edits.Part> read(String handle, VariableElement field, List<Edits.Part> coordinates) {
        List<Edits.Part> read = new ArrayList<>();
        read.add(Edits.Part.text("((" + TypeName.get(field.asType()) + ") " + handle + ".get("));
        read.addAll(coordinates);
        read.add(Edits.Part.text("))"));
        return read;
    }

    private static Edits.Part source(MethodContext method, Tree tree) {
        return Edits.Part.source(method.source().start(tree), method.source().end(tree));
    }

    private static void replace(MethodContext method, Tree tree, List<Edits.Part> replacement, boolean receiver) {
        method.edits().replace(method.source().start(tree), method.source().end(tree), replacement, receiver);
    }
}
