package dev.weft.processor.analyze.fanout;

import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.Leftmost;
import dev.weft.processor.analyze.effects.FieldAccess;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import dev.weft.processor.analyze.effects.Summaries;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Types;

/**
 * The reads of a {@code @Parallelizable} method that its parallel calls may race on: of a field it
 * writes of its first argument, each call's own, in an object that may be another call's first
 * argument or reach what that call writes.
 */
final class FirstArgumentReads {
    private final Diagnostics diagnostics;
    private final Summaries summaries;
    private final Types types;

    FirstArgumentReads(Diagnostics diagnostics, Summaries summaries, Types types) {
        this.diagnostics = diagnostics;
        this.summaries = summaries;
        this.types = types;
    }

    /**
     * Reports a read of a field that the method writes of its first argument, or of an object its
     * first argument reaches, where the object read may be another call's first argument or reach
     * what that call writes ({@code b.speed = leader.speed}, a helper reading every element's
     * {@code speed}). What the first argument reaches by fields each object owns is its own.
     */
    void check(TreePath method, ExecutableElement element) {
        MethodSummary summary = summaries.of(element);
        DeclaredType firstType = element.getParameters().isEmpty() ? null
                : DeclaredTypes.of(element.getParameters().get(0).asType());
        if (summary == null || firstType == null) {
            return;
        }
        TypeElement first = (TypeElement) firstType.asElement();
        for (Map.Entry<FieldAccess, FieldAccess.Trail> write : summary.fieldWrites().entrySet()) {
            FieldAccess written = write.getKey();
            if (written.root().kind() != Root.Kind.PARAMETER || written.root().parameter() != 0) {
                continue;
            }
            for (Map.Entry<FieldAccess, FieldAccess.Trail> read : summary.fieldReads().entrySet()) {
                FieldAccess of = read.getKey();
                if ((of.field().equals(written.field()) || of.anyField()) && related(of.owner(), written.owner())
                        && !ownRead(of, written, first)) {
                    diagnostics.error(DiagnosticId.LOOP_CARRIED, method, Leftmost.of(read.getValue().at()),
                            Signatures.subject(method) + " " + write.getValue().text() + ", a field of its first argument"
                            + (written.direct() ? "" : " or of an object it reaches") + ", and "
                            + read.getValue().text() + ": it reads " + of.fieldText() + " " + whose(of, element)
                            + ", which may be another call's first argument, or reach what that call writes at the same "
                            + "time, so parallel calls would race on it. Read only what the first argument owns, hand "
                            + "the method values saved before the calls, or remove @Parallelizable");
                    return;
                }
            }
        }
    }

    /**
     * Whether a read of the field a write of the first argument makes is of what this call owns:
     * the first argument itself, for its own field; an object reached from it by fields each object
     * owns, for an object it reaches; or one reached from any object of its class by owned fields
     * that do not start as the write's way does.
     */
    private boolean ownRead(FieldAccess read, FieldAccess written, TypeElement first) {
        List<String> way = read.way().fields();
        if (read.root().kind() == Root.Kind.PARAMETER && read.root().parameter() == 0 && read.way().fromRoot()) {
            return written.direct() ? read.direct() : summaries.sharedBecause(first, way).isEmpty();
        }
        List<String> writtenWay = written.way().fields();
        return !written.direct() && written.way().fromRoot() && !way.isEmpty() && read.way().base() != null
                && related(read.way().base(), first) && !way.get(0).equals(writtenWay.get(0))
                && summaries.sharedBecause(first, writtenWay).isEmpty()
                && summaries.sharedBecause(read.way().base(), way).isEmpty();
    }

    /** Which object a read is of, seen from the method. */
    private static String whose(FieldAccess read, ExecutableElement method) {
        Root root = read.root();
        String of = switch (root.kind()) {
            case RECEIVER -> "`this`";
            case PARAMETER -> "`" + method.getParameters().get(root.parameter()).getSimpleName() + "`";
            case STATIC -> "the static field `" + root.name() + "`";
            default -> root.name();
        };
        return read.direct() ? "of " + of : "of an object reached through " + of;
    }

    /** Whether objects of the two classes may be one: where either is unknown, they may. */
    private boolean related(TypeElement a, TypeElement b) {
        return a == null || b == null || types.isSubtype(types.erasure(a.asType()), types.erasure(b.asType()))
                || types.isSubtype(types.erasure(b.asType()), types.erasure(a.asType()));
    }
}
