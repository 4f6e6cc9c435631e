package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The contents of the elements an enhanced {@code for} walks, where each is an array or a
 * container of the JDK: an iteration that changes its own element's ({@code row[0] = 1},
 * {@code row.add(x)}) changes what another iteration may read of it through the collection the
 * loop walks ({@code for (int[] other : grid) s += other[0]}), which the sequential loop reads as
 * already changed for the elements before. Such a read is refused: field by field, the checks of
 * fields judge the elements that are objects of the user's classes.
 */
final class ElementContents {
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;
    private final VariableTree element;
    /** The name the loop walks its elements by: {@code grid} of {@code for (int[] row : grid)}. */
    private final ExpressionTree walked;
    private final TreePath body;
    /** The first change of the iteration's element's contents, reported with each read refused. */
    private Tree changed;

    /** @param loop the loop: an enhanced {@code for}'s elements are judged here, a counted loop's by the checks of arrays */
    ElementContents(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, TreePath loop) {
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
        EnhancedForLoopTree walk = loop.getLeaf() instanceof EnhancedForLoopTree enhanced ? enhanced : null;
        this.element = walk == null ? null : walk.getVariable();
        this.walked = walk == null ? null : rootOf(walk.getExpression());
        this.body = walk == null ? null : new TreePath(loop, walk.getStatement());
    }

    /** Notes {@code change} where what it changes the contents of, {@code object} at {@code objectPath}, may be the element itself. */
    void changes(ExpressionTree object, TreePath objectPath, Tree change) {
        if (element != null && changed == null && origins.mayBeTheElement(object, objectPath)) {
            changed = change;
        }
    }

    /** Reports each read of the contents of an object every iteration can reach that may be another iteration's element. */
    void check() {
        if (changed == null) {
            return;
        }
        TypeMirror elementType = expressions.ofLocal(element, body);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                return null;
            }

            @Override
            public Void visitArrayAccess(ArrayAccessTree read, Void unused) {
                refuseIfAnother(read.getExpression(), new TreePath(getCurrentPath(), read.getExpression()), read);
                return super.visitArrayAccess(read, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                if (call.getMethodSelect() instanceof MemberSelectTree select
                        && expressions.writtenClass(select.getExpression()) == null) {
                    TreePath receiver = new TreePath(new TreePath(getCurrentPath(), select), select.getExpression());
                    TypeElement type = expressions.classOf(select.getExpression(), receiver);
                    if (type == null || expressions.unsynchronisedContainer(type)) {
                        refuseIfAnother(select.getExpression(), receiver, call);
                    }
                }
                return super.visitMethodInvocation(call, unused);
            }

            private void refuseIfAnother(ExpressionTree object, TreePath objectPath, Tree read) {
                ObjectOrigins.Origin origin = origins.of(object, objectPath);
                if (!origin.shared() || sameName(Syntax.strip(object), walked)
                        || !mayBeOfTheElementsType(object, objectPath, elementType)
                        || origin.via() != null && !sameName(rootOf(origin.via()), walked)) {
                    return; // the collection walked, or one of another name: another, as arrays of different names are
                }
                method.error(DiagnosticId.LOOP_CARRIED, getCurrentPath(), read, "This @ParallelFor loop reads `"
                        + method.source().text(read) + "` through `" + method.source().text(object) + "`, which every "
                        + "iteration can reach, and changes what its own element `" + element.getName() + "` holds ("
                        + method.source().location(changed) + "): `" + method.source().text(object) + "` may be another "
                        + "iteration's element, which that iteration changes (a loop-carried dependence). Read from "
                        + "values saved before the loop, or keep this loop sequential");
            }
        }.scan(body, null);
    }

    /** What a chain of fields, elements and calls starts from: {@code rows} of {@code rows.get(j)[0]}. */
    private static ExpressionTree rootOf(ExpressionTree expression) {
        ExpressionTree bare = Syntax.root(expression);
        while (bare instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
            bare = Syntax.root(select.getExpression());
        }
        return bare;
    }

    private static boolean sameName(ExpressionTree a, ExpressionTree b) {
        return a != null && b != null && a.toString().equals(b.toString());
    }

    /** Whether {@code object} may be one of the elements: of their type, or of a type Weft cannot tell. */
    private boolean mayBeOfTheElementsType(ExpressionTree object, TreePath path, TypeMirror elementType) {
        TypeMirror type = expressions.of(object, path);
        if (type == null || elementType == null) {
            return true;
        }
        if (type.getKind() == TypeKind.ARRAY || elementType.getKind() == TypeKind.ARRAY) {
            return expressions.sameErasure(type, elementType);
        }
        TypeElement objectClass = expressions.classOf(object, path);
        TypeElement elementClass = ExpressionTypes.declared(elementType) == null ? null
                : (TypeElement) ExpressionTypes.declared(elementType).asElement();
        return objectClass == null || elementClass == null || expressions.related(objectClass, elementClass);
    }
}
