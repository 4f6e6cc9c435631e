package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.effects.MethodSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * The writes of a loop body through objects its element reaches, other than the element itself
 * ({@code e.to.inDegree++}), judged once the whole body is known. Where two elements may reach one
 * of them alike, as edges share nodes, they are left to a check before the loop, that no object
 * any element reaches so, or writes through, is reached by another, where the twin can make it: a
 * body that reaches every such object from one element (an enhanced {@code for}'s variable,
 * {@code a[i]} of one array, or a local set once to it) through fields alone, each final or set
 * neither by the body nor by a call handed the element or what it reaches but to a new object,
 * and whose calls so handed are all ones Weft sees into. Otherwise those writes are refused.
 */
final class ReachedObjectWrites {
    /**
     * A write through an object the element reaches, with why two elements may share it;
     * {@code null} where each owns it.
     */
    record Write(ExpressionTree object, TreePath path, Tree update, String shared) {}

    /**
     * An object the twin checks: reached by {@code way} from the element, then by {@code fields}, the
     * way a call the body makes goes on from what it is handed ({@code this.acceleration} of
     * {@code boid.update()}); none for what the body reaches itself.
     */
    record Checked(ElementLinks.Way way, List<VariableElement> fields) {}

    /** A call reads, of what it is handed at {@code operand}, the object {@code fields} further on. */
    private record CallRead(TreePath operand, List<String> fields) {}

    /**
     * A call changes objects reached from what it is handed at {@code operand} by each of {@code ways},
     * which two elements may share; {@code refusal} says so where the twin cannot check them.
     */
    record CallWrite(Tree call, TreePath operand, List<List<String>> ways, String refusal) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ElementLinks links;
    private final TreePath body;
    private final List<Write> writes = new ArrayList<>();
    /** The objects reached through the element that the body reads what the loop writes of, by ways two elements may share. */
    private final List<TreePath> reads = new ArrayList<>();
    private final List<CallRead> callReads = new ArrayList<>();
    private final List<CallWrite> callWrites = new ArrayList<>();
    private final List<CallWrite> refusedCalls = new ArrayList<>();
    /** The fields written of those objects, {@link #ELEMENTS} for elements of arrays. */
    private final Set<String> written = new HashSet<>();
    private final Set<Tree> changingCalls = new HashSet<>();
    /** The objects the twin checks, each by the way from its element, keyed by the expression's text. */
    private final Map<String, Checked> checked = new LinkedHashMap<>();
    private Set<String> assignedFields;
    /** The fields the calls handed the element may set to an object other than a new one; {@code null} where Weft cannot see into one. */
    private Set<String> setByCalls;

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

    /**
     * The body reads, of {@code object}, which its element reaches by a way two elements may share,
     * a field or elements that the loop writes of objects its elements reach: the twin checks it
     * with the objects written, where it can.
     */
    void read(TreePath object) {
        reads.add(object);
    }

    /** A call changes, through what it is handed, objects two elements may share, as {@link CallWrite} tells. */
    void wroteByCall(Tree call, TreePath operand, List<List<String>> ways, String refusal) {
        callWrites.add(new CallWrite(call, operand, ways, refusal));
    }

    /** The calls whose changes through objects two elements may share the twin cannot check, after {@link #refused}. */
    List<CallWrite> refusedCalls() {
        return refusedCalls;
    }

    /**
     * A call reads, of the object its operand {@code operand} reaches by {@code fields}, what the
     * loop writes of objects its elements reach: checked with them, where the twin can name it.
     */
    void readByCall(TreePath operand, List<String> fields) {
        callReads.add(new CallRead(operand, fields));
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
        if (writes.stream().allMatch(write -> write.shared() == null) && callWrites.isEmpty() && reads.stream()
                .allMatch(read -> links.sharedBecause((ExpressionTree) read.getLeaf(), read) == null)) {
            return List.of();
        }
        Map<String, ElementLinks.Way> ways = new LinkedHashMap<>();
        boolean checkable = setByCalls() != null;
        for (Write write : writes) {
            List<ElementLinks.Way> found = checkable ? links.paths(write.object(), write.path(), this::leftAsItIs) : null;
            checkable = found != null;
            if (!checkable) {
                break;
            }
            found.forEach(way -> ways.putIfAbsent(text(way), way));
        }
        Map<String, Checked> byCalls = new LinkedHashMap<>();
        for (CallWrite write : callWrites) {
            for (List<String> way : write.ways()) {
                List<Checked> found = checkable ? callWays(write.operand(), way) : null;
                checkable = found != null;
                if (found != null) {
                    found.forEach(each -> byCalls.putIfAbsent(text(each), each));
                }
            }
        }
        // One element each iteration, walked whole before the loop.
        checkable &= Stream.concat(ways.values().stream(), byCalls.values().stream().map(Checked::way))
                .map(way -> method.source().text(way.steps().get(0))).distinct().count() <= 1;
        checkable &= !ways.isEmpty() || !byCalls.isEmpty();
        if (checkable) {
            ways.forEach((text, way) -> checked.put(text, new Checked(way, List.of())));
            byCalls.forEach(checked::putIfAbsent);
            String element = method.source().text(checked.values().iterator().next().way().steps().get(0));
            for (TreePath read : reads) {
                List<ElementLinks.Way> found = links.paths((ExpressionTree) read.getLeaf(), read, this::leftAsItIs);
                if (found != null && found.stream().allMatch(way -> method.source().text(way.steps().get(0)).equals(element))) {
                    found.forEach(way -> checked.putIfAbsent(text(way), new Checked(way, List.of())));
                }
            }
            callReads.forEach(read -> checkCallRead(read, element));
            return List.of();
        }
        refusedCalls.addAll(callWrites);
        return writes.stream().filter(write -> write.shared() != null).toList();
    }

    /** The ways to the objects the twin checks. */
    Collection<Checked> checked() {
        return checked.values();
    }

    /**
     * Checks, with what the body writes, the object a call reads from what it is handed, where every
     * way to it goes from {@code element} by fields that stay as they are and that the twin can read.
     */
    private void checkCallRead(CallRead read, String element) {
        List<Checked> found = callWays(read.operand(), read.fields());
        if (found != null && found.stream().allMatch(each -> method.source().text(each.way().steps().get(0)).equals(element))) {
            found.forEach(each -> checked.putIfAbsent(text(each), each));
        }
    }

    /**
     * The ways to the object reached from what a call is handed at {@code operand} by {@code fields},
     * from the element by fields that stay as they are and the twin can read; {@code null} where
     * there is another.
     */
    private List<Checked> callWays(TreePath operand, List<String> fields) {
        ExpressionTree handed = strip((ExpressionTree) operand.getLeaf());
        ElementLinks.Behind behind = links.behind(handed, operand);
        List<ElementLinks.Way> bases = behind != null && behind.itself() ? itself(handed, operand)
                : links.paths(handed, operand, this::leftAsItIs);
        TypeElement type = expressions.classOf(handed, operand);
        List<VariableElement> taken = new ArrayList<>();
        for (String name : fields) {
            VariableElement field = type == null ? null : ElementFilter.fieldsIn(method.resolver().members(type)).stream()
                    .filter(member -> member.getSimpleName().contentEquals(name)).findFirst().orElse(null);
            // A private field the twin reads through a handle, where it can name the field's class.
            if (field == null || !field.getModifiers().contains(Modifier.FINAL) && !leftAsItIs(field)
                    || field.getModifiers().contains(Modifier.PRIVATE) && !nameable((TypeElement) field.getEnclosingElement())) {
                return null;
            }
            taken.add(field);
            DeclaredType declared = DeclaredTypes.of(field.asType());
            type = declared == null ? null : (TypeElement) declared.asElement();
        }
        return bases == null ? null : bases.stream().map(base -> new Checked(base, List.copyOf(taken))).toList();
    }

    /** The text of a checked object as the body would write it: {@code e.to}, {@code boid.acceleration}. */
    private String text(Checked checked) {
        return String.join(".", Stream.concat(Stream.of(text(checked.way())),
                checked.fields().stream().map(field -> field.getSimpleName().toString())).toList());
    }

    /** Whether the companion, in the same package, can name {@code type}: neither it nor a class around it is private. */
    private static boolean nameable(TypeElement type) {
        for (Element each = type; each instanceof TypeElement nested; each = nested.getEnclosingElement()) {
            if (nested.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    /** The way to the element itself, as the body names it: its variable, {@code a[i]} or {@code list.get(i)}; none for any other. */
    private List<ElementLinks.Way> itself(ExpressionTree element, TreePath path) {
        ExpressionTree array = links.elementsOf(element, path);
        return element instanceof IdentifierTree || array instanceof IdentifierTree
                ? List.of(new ElementLinks.Way(array, List.of(element))) : null;
    }

    /** Whether the twin checks that no other element reaches {@code object}, by every way it is reached. */
    boolean checks(ExpressionTree object, TreePath path) {
        List<ElementLinks.Way> ways = checked.isEmpty() ? null : links.paths(object, path, this::leftAsItIs);
        return ways != null && ways.stream().allMatch(way -> checked.containsKey(text(way)));
    }

    /** Whether the twin checks the object the body names {@code text}, as {@code e.to}, that no other element reaches. */
    boolean checks(String text) {
        return checked.containsKey(text);
    }

    /** The first object the twin checks, as the body writes it; {@code null} where it checks none. */
    String firstChecked() {
        return checked.isEmpty() ? null : checked.keySet().iterator().next();
    }

    private String text(ElementLinks.Way way) {
        return method.source().text(way.steps().get(way.steps().size() - 1));
    }

    /**
     * The fields that the calls of the body handed its element, or an object reached from it, or
     * changing them, may set to an object other than a new one, by their summaries: a call Weft
     * cannot see into may set any, and reads and changes what the check would not see, so none is
     * checked then ({@code null}).
     */
    private Set<String> setByCalls() {
        if (setByCalls != null) {
            return setByCalls;
        }
        Set<String> set = new HashSet<>();
        boolean[] unseen = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                if (handed(tree)) {
                    summarised(expressions.calledMethods(tree, getCurrentPath()));
                }
                return super.visitMethodInvocation(tree, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree tree, Void unused) {
                if (handed(tree)) {
                    summarised(expressions.constructors(tree));
                }
                return super.visitNewClass(tree, unused);
            }

            private boolean handed(Tree call) {
                return changingCalls.contains(call) || LocalSources.operandsOf(call).stream().anyMatch(operand -> {
                    TreePath path = operand == null ? null : new TreePath(getCurrentPath(), operand);
                    return path != null && expressions.writtenClass(operand) == null
                            && !expressions.reachesNothing(operand, path) && links.behind(operand, path) != null;
                });
            }

            private void summarised(List<ExecutableElement> callees) {
                unseen[0] |= callees.isEmpty();
                for (ExecutableElement callee : callees) {
                    MethodSummary summary = method.summaries().of(callee);
                    unseen[0] |= summary == null || !summary.trusted().isEmpty();
                    if (summary != null) {
                        summary.fieldWrites().forEach((access, how) -> {
                            if (!how.fresh()) {
                                set.add(access.field());
                            }
                        });
                    }
                }
            }
        }.scan(body, null);
        setByCalls = unseen[0] ? null : set;
        return setByCalls;
    }

    /** Whether neither the body nor a call handed its element sets a field named as {@code field} is, of any object, but to a new one. */
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
        return !assignedFields.contains(field.getSimpleName().toString())
                && !setByCalls().contains(field.getSimpleName().toString());
    }
}
