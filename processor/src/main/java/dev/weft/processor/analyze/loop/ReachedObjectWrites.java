package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The writes of a loop body through objects its element reaches, other than the element itself
 * ({@code e.to.inDegree++}), judged once the whole body is known. Where two elements may reach one
 * of them alike, as edges share nodes, they are left to a check before the loop, that no object
 * any element reaches so, or writes through, is reached by another, where the twin can make it: a
 * body that reaches every such object from one element (an enhanced {@code for}'s variable,
 * {@code a[i]} of one array, or a local set once to it) through fields alone, each final or not
 * assigned in the body, and that hands neither the element nor what it reaches to a call, whose
 * reads and changes the check would not see. Otherwise those writes are refused.
 */
final class ReachedObjectWrites {
    /**
     * A write through an object the element reaches, with why two elements may share it;
     * {@code null} where each owns it.
     */
    record Write(ExpressionTree object, TreePath path, Tree update, String shared) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ElementLinks links;
    private final TreePath body;
    private final List<Write> writes = new ArrayList<>();
    /** The fields written of those objects, {@link #ELEMENTS} for elements of arrays. */
    private final Set<String> written = new HashSet<>();
    private final Set<Tree> changingCalls = new HashSet<>();
    /** The objects the twin checks, each by the way from its element, keyed by the expression's text. */
    private final Map<String, ElementLinks.Way> checked = new LinkedHashMap<>();
    private Set<String> assignedFields;

    static final String ELEMENTS = "[]";

    ReachedObjectWrites(MethodContext method, ExpressionTypes expressions, ElementLinks links, TreePath body) {
        this.method = method;
        this.expressions = expressions;
        this.links = links;
        this.body = body;
    }

    /** The body writes {@code field} of {@code object}, or an element where it is {@code null}. */
    void wrote(ExpressionTree object, TreePath path, Tree update, String field) {
        writes.add(new Write(object, path, update, links.sharedBecause(object, path)));
        written.add(field != null ? field : ELEMENTS);
    }

    /** Whether the body writes {@code field}, or with {@link #ELEMENTS} elements of arrays, of objects its element reaches. */
    boolean writes(String field) {
        return written.contains(field);
    }

    /** A call changes the iteration's element, or an object it reaches. */
    void changedBy(Tree call) {
        changingCalls.add(call);
    }

    /** Decides whether the twin checks; the writes that may race where it cannot. */
    List<Write> refused() {
        if (writes.stream().allMatch(write -> write.shared() == null)) {
            return List.of();
        }
        Map<String, ElementLinks.Way> ways = new LinkedHashMap<>();
        boolean checkable = changingCalls.isEmpty() && !handsOverElements();
        for (Write write : writes) {
            List<ElementLinks.Way> found = checkable ? links.paths(write.object(), write.path(), this::leftAsItIs) : null;
            checkable = found != null;
            if (!checkable) {
                break;
            }
            found.forEach(way -> ways.putIfAbsent(text(way), way));
        }
        // One element each iteration, walked whole before the loop.
        checkable &= ways.values().stream().map(way -> method.source().text(way.steps().get(0))).distinct().count() <= 1;
        if (checkable) {
            checked.putAll(ways);
            return List.of();
        }
        return writes.stream().filter(write -> write.shared() != null).toList();
    }

    /** The ways to the objects the twin checks. */
    Collection<ElementLinks.Way> checked() {
        return checked.values();
    }

    /** Whether the twin checks that no other element reaches {@code object}, by every way it is reached. */
    boolean checks(ExpressionTree object, TreePath path) {
        List<ElementLinks.Way> ways = checked.isEmpty() ? null : links.paths(object, path, this::leftAsItIs);
        return ways != null && ways.stream().allMatch(way -> checked.containsKey(text(way)));
    }

    /** The first object the twin checks, as the body writes it; {@code null} where it checks none. */
    String firstChecked() {
        return checked.isEmpty() ? null : checked.keySet().iterator().next();
    }

    private String text(ElementLinks.Way way) {
        return method.source().text(way.steps().get(way.steps().size() - 1));
    }

    /**
     * Whether a call of the body is handed its element, or an object reached from it: what the call
     * reads of it, the twin's check does not see.
     */
    private boolean handsOverElements() {
        boolean[] handed = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                LocalSources.operandsOf(tree).forEach(this::check);
                return super.visitMethodInvocation(tree, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree tree, Void unused) {
                LocalSources.operandsOf(tree).forEach(this::check);
                return super.visitNewClass(tree, unused);
            }

            private void check(ExpressionTree operand) {
                TreePath path = operand == null ? null : new TreePath(getCurrentPath(), operand);
                handed[0] |= path != null && expressions.writtenClass(operand) == null
                        && !expressions.reachesNothing(operand, path) && links.behind(operand, path) != null;
            }
        }.scan(body, null);
        return handed[0];
    }

    /** Whether the body assigns no field named as {@code field} is, of any object. */
    private boolean leftAsItIs(VariableElement field) {
        if (assignedFields == null) {
            assignedFields = new HashSet<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitAssignment(AssignmentTree tree, Void unused) {
                    ExpressionTree target = strip(tree.getVariable());
                    if (target instanceof MemberSelectTree select) {
                        assignedFields.add(select.getIdentifier().toString());
                    } else if (target instanceof IdentifierTree name) {
                        assignedFields.add(name.getName().toString());
                    }
                    return super.visitAssignment(tree, unused);
                }
            }.scan(body, null);
        }
        return !assignedFields.contains(field.getSimpleName().toString());
    }
}
