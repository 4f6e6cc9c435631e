package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashSet;
import java.util.Set;

/** The names a method uses, and those it assigns after their declaration. */
final class NameUse extends TreeScanner<Void, Void> {
    final Set<String> names = new HashSet<>();
    final Set<String> reassigned = new HashSet<>();

    static NameUse of(MethodTree method) {
        NameUse use = of(method.getBody());
        method.getParameters().forEach(parameter -> use.names.add(parameter.getName().toString()));
        return use;
    }

    static NameUse of(Tree tree) {
        NameUse use = new NameUse();
        use.scan(tree, null);
        return use;
    }

    @Override
    public Void visitAnnotation(AnnotationTree tree, Void unused) {
        return null; // attribute names such as `chunk` are no variables
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        names.add(tree.getName().toString());
        return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        names.add(tree.getIdentifier().toString());
        return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
        names.add(tree.getName().toString());
        return super.visitVariable(tree, unused);
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree tree, Void unused) {
        names.add(tree.getLabel().toString());
        return super.visitLabeledStatement(tree, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
        assigned(tree.getVariable());
        return super.visitAssignment(tree, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        assigned(tree.getVariable());
        return super.visitCompoundAssignment(tree, unused);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
        switch (tree.getKind()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> assigned(tree.getExpression());
            default -> { }
        }
        return super.visitUnary(tree, unused);
    }

    private void assigned(Tree target) {
        IdentifierTree name = Syntax.asName((ExpressionTree) target);
        if (name != null) {
            reassigned.add(name.getName().toString());
        }
    }
}
