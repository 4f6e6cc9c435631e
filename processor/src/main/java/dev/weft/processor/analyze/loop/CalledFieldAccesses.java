package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.effects.FieldAccess;
import dev.weft.processor.analyze.effects.Root;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * The fields the calls of a loop body read and write, judged once every write of the body is known:
 * a call that reads a field the loop writes, of an object that may be another iteration's element
 * or an object another iteration's element reaches, reads what that iteration writes.
 */
final class CalledFieldAccesses {
    /**
     * A field the loop writes of objects its element reaches.
     *
     * @param owner the class declaring the field; {@code null} where unknown
     * @param head the element's field the way to the object starts with; {@code null} where unknown
     * @param owned whether every field on the way is one each object owns
     */
    private record ReachedWrite(TypeElement owner, String field, String head, boolean owned) {}

    /** A read that may be of what another iteration writes, with what the loop writes that it may read. */
    record Conflict(CalledAccess read, String written) {}

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;
    private final ElementLinks links;
    private final List<CalledAccess> reads = new ArrayList<>();
    private final List<CalledAccess> writes = new ArrayList<>();
    private final Set<Tree> changingElement = new HashSet<>();
    private final List<ReachedWrite> reachedWrites = new ArrayList<>();

    CalledFieldAccesses(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins) {
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
        this.links = origins.links();
    }

    void accessed(List<CalledAccess> read, List<CalledAccess> written) {
        reads.addAll(read);
        writes.addAll(written);
    }

    /** The reads of the calls from fields of a receiver or an argument they are handed ({@link CalledAccess#object()}). */
    List<CalledAccess> readsFromOperands() {
        return reads.stream().filter(read -> read.object() != null).toList();
    }

    /** The reads of the calls of the body's own class from {@code this}, the receiver they run on, by fields alone. */
    List<CalledAccess> readsOfThis() {
        return reads.stream().filter(read -> read.operand() == null && read.access().root().kind() == Root.Kind.RECEIVER
                && read.access().way().fromRoot()).toList();
    }

    /** Whether a call may write a field named {@code field}, of any object. */
    boolean writes(String field) {
        return writes.stream().anyMatch(write -> write.access().field().equals(field));
    }

    /** {@code call} changes the iteration's element, or what it reaches: what it writes is written through the element. */
    void changesElement(Tree call) {
        changingElement.add(call);
    }

    /** The body writes {@code field} of {@code object}, an object other than its element that its element reaches. */
    void bodyWrote(ExpressionTree object, TreePath path, String field) {
        ElementLinks.Behind behind = links.behind(object, path);
        reachedWrites.add(new ReachedWrite(expressions.classOf(object, path), field,
                behind == null ? null : behind.field(), links.sharedBecause(object, path) == null));
    }

    /**
     * The fields of the iteration's element, of class {@code element}, that the calls changing it
     * write, or by which they reach what they write ({@code *} where Weft cannot tell); noting what
     * they write of objects the element reaches.
     */
    Set<String> elementFieldsWritten(TypeElement element) {
        Set<String> fields = new HashSet<>();
        for (CalledAccess write : writes) {
            if (!changingElement.contains(write.call())) {
                continue;
            }
            FieldAccess access = write.access();
            boolean ofElementClass = related(access.owner(), element);
            TreePath objectPath = write.object() == null ? null : new TreePath(write.path(), write.object());
            ElementLinks.Behind behind = objectPath == null ? null : links.behind(write.object(), objectPath);
            if (behind == null || behind.another() != null) {
                if (ofElementClass) {
                    fields.add("*");
                } else {
                    reachedWrites.add(new ReachedWrite(access.owner(), access.field(), null, false));
                }
                continue;
            }
            List<String> way = access.way().fields();
            if (behind.itself() && way.isEmpty()) {
                fields.add(access.field());
                continue;
            }
            String head = behind.itself() ? way.get(0) : behind.field();
            fields.add(head != null ? head : "*");
            if (!ofElementClass) {
                reachedWrites.add(new ReachedWrite(access.owner(), access.field(), head, owned(write.object(), objectPath, way)));
            }
        }
        return fields;
    }

    /**
     * The reads of the calls, from what they are handed, of a field the loop writes of objects its
     * elements reach: those the twin may check with what the body writes.
     */
    List<CalledAccess> readsOfReachedWrites() {
        return reads.stream().filter(read -> read.object() != null && reachedWrites.stream().anyMatch(write ->
                write.field().equals(read.access().field()) && related(write.owner(), read.access().owner()))).toList();
    }

    /**
     * The reads of the calls that may be of what another iteration writes: of {@code elementFields} of
     * an object of class {@code element} other than the iteration's element or one it creates, or of
     * a field the loop writes of objects the element reaches, other than by the element's own ways.
     */
    List<Conflict> conflicts(TypeElement element, Set<String> elementFields, Set<Tree> refusedCalls,
            ReachedObjectWrites reached) {
        List<Conflict> conflicts = new ArrayList<>();
        Set<Tree> reported = new HashSet<>(refusedCalls);
        for (CalledAccess read : reads) {
            FieldAccess access = read.access();
            if (access.anyField() && read.operand() != null && !method.summaries().mayHoldFields(
                    expressions.of(read.operand(), new TreePath(read.path(), read.operand())))) {
                continue; // what the JDK runs reads only numbers and strings there
            }
            boolean ofElements = element != null && related(access.owner(), element) && (elementFields.contains(access.field())
                    || elementFields.contains("*") || access.anyField() && !elementFields.isEmpty());
            List<ReachedWrite> matching = reachedWrites.stream().filter(write -> (access.anyField()
                    || write.field().equals(access.field())) && related(write.owner(), access.owner())).toList();
            if (reported.contains(read.call()) || !ofElements && matching.isEmpty()
                    || own(read, ofElements, matching, element, reached)) {
                continue;
            }
            reported.add(read.call());
            conflicts.add(new Conflict(read, (access.anyField() ? "fields" : "`" + access.field() + "`") + " of "
                    + (ofElements ? "its element" : "objects its elements reach")));
        }
        return conflicts;
    }

    /**
     * Whether a read is of this iteration's own: its element itself or an object it creates, for a
     * field of the element's class; for a field of objects the element reaches, an object reached
     * from the element by fields it owns, or from any object of the element's class by a field it
     * owns that no way the loop writes through starts with.
     */
    private boolean own(CalledAccess read, boolean ofElements, List<ReachedWrite> matching, TypeElement element,
            ReachedObjectWrites reached) {
        List<String> way = read.access().way().fields();
        if (read.object() != null) {
            TreePath objectPath = new TreePath(read.path(), read.object());
            ElementLinks.Behind behind = links.behind(read.object(), objectPath);
            if (behind == null && way.isEmpty()
                    && origins.of(read.object(), objectPath).kind() == ObjectOrigins.Kind.OWN) {
                return true;
            }
            if (behind != null && behind.another() == null) {
                boolean itself = behind.itself() && way.isEmpty();
                // An object the twin checks no other element reaches is the iteration's own too.
                String text = String.join(".", Stream.concat(Stream.of(method.source().text(read.object())),
                        way.stream()).toList());
                return ofElements ? itself : !itself && (owned(read.object(), objectPath, way) || reached.checks(text));
            }
        }
        FieldAccess.Way from = read.access().way();
        String head = way.isEmpty() ? null : way.get(0);
        return !ofElements && head != null && element != null && from.base() != null
                && expressions.related(from.base(), element)
                && method.summaries().sharedBecause(from.base(), way).isEmpty()
                && matching.stream().allMatch(write -> write.owned() && write.head() != null && !write.head().equals(head));
    }

    /** Whether objects of the two classes may be one: where either is unknown, they may. */
    private boolean related(TypeElement a, TypeElement b) {
        return a == null || b == null || expressions.related(a, b);
    }

    /** Whether every way to {@code object} from the element, and then the fields {@code way}, is owned. */
    private boolean owned(ExpressionTree object, TreePath path, List<String> way) {
        return links.sharedBecause(object, path) == null
                && method.summaries().sharedBecause(expressions.classOf(object, path), way).isEmpty();
    }
}
