package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The uses of an object of the element's class that every iteration can reach, and so may be
 * another iteration's element, in a loop that writes fields of its own element: reading its
 * fields, calling its methods and handing it to methods of the compilation are judged by the
 * fields they read; handed to the JDK, or added to a string, it may have its {@code toString},
 * {@code equals}, {@code hashCode} or {@code compareTo} called, which read what Weft cannot see,
 * and that is refused.
 */
final class OtherElementUses {
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;

    OtherElementUses(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins) {
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
    }

    /**
     * Reports each use in {@code body} of another element, an object of a class related to
     * {@code element}, whose reads Weft cannot judge; {@code written} tells what the loop writes of
     * its element, for the message: {@code `vx`}, or {@code fields}.
     */
    void check(TreePath body, TypeElement element, String written, Set<Tree> refused) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                return null;
            }

            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                judge(name, getCurrentPath());
                return null;
            }

            @Override
            public Void visitArrayAccess(ArrayAccessTree access, Void unused) {
                judge(access, getCurrentPath());
                return super.visitArrayAccess(access, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                judge(call, getCurrentPath());
                return super.visitMethodInvocation(call, unused);
            }

            private void judge(ExpressionTree object, TreePath path) {
                TypeElement type = expressions.classOf(object, path);
                if (type == null || !expressions.related(type, element) || !origins.of(object, path).shared()) {
                    return;
                }
                String where = unjudged(path, refused);
                if (where != null) {
                    String text = "`" + method.source().text(object) + "`";
                    String what = text + ", " + (type.equals(element) ? "a " : "of a class related to ")
                            + element.getSimpleName() + " every iteration can reach,";
                    method.error(DiagnosticId.LOOP_CARRIED, path, object, "This @ParallelFor loop " + where.replace("{}", what)
                            + " and writes " + written + " of its element: " + text + " may be another iteration's "
                            + "element, and its toString, equals, hashCode or compareTo may be called there, which may "
                            + "read what that iteration writes (a loop-carried dependence). Hand on the fields it needs, "
                            + "or keep this loop sequential");
                }
            }
        }.scan(body, null);
    }

    /**
     * How the object at {@code path} is used where Weft cannot tell what is read of it, {@code {}}
     * standing for it ("hands {} to `String.valueOf(x)`, ...", "adds {} to a string,"); {@code null}
     * where the checks of fields and calls judge the use, or it reads nothing of it.
     */
    private String unjudged(TreePath path, Set<Tree> refused) {
        TreePath at = path;
        Tree parent = at.getParentPath().getLeaf();
        while (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree
                || parent instanceof ConditionalExpressionTree choice && choice.getCondition() != at.getLeaf()) {
            at = at.getParentPath();
            parent = at.getParentPath().getLeaf();
        }
        Tree leaf = at.getLeaf();
        if (parent instanceof MemberSelectTree select && select.getExpression() == leaf) {
            return at.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                    && call.getMethodSelect() == select && !summarised(call, at.getParentPath().getParentPath())
                    && !refused.contains(call) ? "calls `" + method.source().text(call) + "`, which Weft cannot see into, on {}" : null;
        }
        if (parent instanceof MethodInvocationTree call && call.getArguments().contains(leaf)) {
            return summarised(call, at.getParentPath()) || refused.contains(call) ? null
                    : "hands {} to `" + method.source().text(call) + "`, which Weft cannot see into,";
        }
        if (parent instanceof NewClassTree creation && creation.getArguments().contains(leaf)) {
            List<ExecutableElement> constructors = expressions.constructors(creation);
            return !constructors.isEmpty() && constructors.stream().allMatch(c -> method.summaries().of(c) != null) ? null
                    : "hands {} to `new " + creation.getIdentifier() + "(…)`, which Weft cannot see into,";
        }
        if (parent.getKind() == Tree.Kind.PLUS || parent.getKind() == Tree.Kind.PLUS_ASSIGNMENT) {
            return "adds {} to a string,"; // the only + an object takes: its toString is called
        }
        // Compared by identity, set into a local or an element, whose own uses are judged where they are made
        return null;
    }

    private boolean summarised(MethodInvocationTree call, TreePath path) {
        List<ExecutableElement> callees = expressions.calledMethods(call, path);
        return !callees.isEmpty() && callees.stream().allMatch(callee -> method.summaries().of(callee) != null);
    }
}
