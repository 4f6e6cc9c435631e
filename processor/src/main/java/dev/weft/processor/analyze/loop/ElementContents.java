package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.Set;
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
    /** Whether the loop walks a collection named by a variable alone, whose every use in the body can be told. */
    private final boolean walkedByName;
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
        this.walkedByName = walk != null && Syntax.strip(walk.getExpression()) instanceof IdentifierTree;
        this.body = walk == null ? null : new TreePath(loop, walk.getStatement());
    }

    /** Notes {@code change} where what it changes the contents of, {@code object} at {@code objectPath}, may be the element itself. */
    void changes(ExpressionTree object, TreePath objectPath, Tree change) {
        if (element != null && changed == null && !ofUsersClass(object, objectPath)
                && origins.mayBeTheElement(object, objectPath)) {
            changed = change;
        }
    }

    /** Whether {@code object} is of a class of the user's, whose fields the checks of fields follow. */
    private boolean ofUsersClass(ExpressionTree object, TreePath path) {
        TypeMirror type = expressions.of(object, path);
        TypeElement declared = expressions.classOf(object, path);
        return type != null && type.getKind() == TypeKind.DECLARED && declared != null
                && !expressions.unsynchronisedContainer(declared);
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
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (walkedByName && sameName(name, walked) && !elementTaken(getCurrentPath())) {
                    method.error(DiagnosticId.LOOP_CARRIED, getCurrentPath(), name, "This @ParallelFor loop uses `"
                            + name + "`, the collection it walks, whole here, and changes what its own element `"
                            + element.getName() + "` holds (" + method.source().location(changed) + "): what is read "
                            + "of `" + name + "` here may be what another iteration changes (a loop-carried "
                            + "dependence). Hand on only the iteration's element, or values saved before the loop");
                }
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

    /**
     * Whether the collection walked, named at {@code use}, is used for one element, an element at
     * a time or its size: {@code grid[j]}, {@code rows.get(j)}, {@code grid.length}, {@code
     * rows.size()}, {@code for (int[] other : grid)}, whose reads of what the elements hold are
     * judged where they are made.
     */
    private static boolean elementTaken(TreePath use) {
        Tree parent = use.getParentPath().getLeaf();
        if (parent instanceof ArrayAccessTree access && access.getExpression() == use.getLeaf()
                || parent instanceof EnhancedForLoopTree walk && walk.getExpression() == use.getLeaf()) {
            return true;
        }
        if (!(parent instanceof MemberSelectTree select) || select.getExpression() != use.getLeaf()) {
            return false;
        }
        String member = select.getIdentifier().toString();
        boolean called = use.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select;
        return called ? SIZES_AND_ELEMENTS.contains(member) : member.equals("length");
    }

    /** What a list tells of its elements one at a time, or of its size. */
    private static final Set<String> SIZES_AND_ELEMENTS = Set.of("get", "size", "isEmpty", "getFirst", "getLast");

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
