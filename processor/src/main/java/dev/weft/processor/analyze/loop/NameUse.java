package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.Writes;
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
    public Void scan(Tree tree, Void unused) {
        ExpressionTree written = Writes.target(tree);
        if (written != null) {
            assigned(written);
        }
        return super.scan(tree, unused);
    }

    private void assigned(ExpressionTree target) {
        IdentifierTree name = Syntax.asName(target);
        if (name != null) {
            reassigned.add(name.getName().toString());
        }
    }
}
