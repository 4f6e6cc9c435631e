package dev.weft.processor.analyze.loop;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.Schedule;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.loop.LoopOptions;

/** Reads a {@code @ParallelFor} annotation's attributes from its source, which is all there is before attribution. */
final class LoopOptionsReader {
    private LoopOptionsReader() {}

    /** The options, or {@code null} after reporting an attribute it cannot read. */
    static LoopOptions read(VariableTree variable, TreePath where, MethodContext method) {
        Diagnostics diagnostics = method.diagnostics();
        LoopOptions options = LoopOptions.DEFAULTS;
        for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
            if (!annotation.getAnnotationType().toString().endsWith("ParallelFor")) {
                continue;
            }
            for (ExpressionTree argument : annotation.getArguments()) {
                if (!(argument instanceof AssignmentTree assignment)) {
                    continue;
                }
                String attribute = assignment.getVariable().toString();
                ExpressionTree value = assignment.getExpression();
                Long number = attribute.equals("schedule") ? null : LoopStep.constant(value, where, method);
                if (attribute.equals("schedule")) {
                    String constant = value instanceof MemberSelectTree select ? select.getIdentifier().toString()
                            : value instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
                    if (!isSchedule(constant)) {
                        diagnostics.error(DiagnosticId.LOOP_OPTIONS, where, Syntax.leftmost(value), "Weft reads `schedule` from the source: write a Schedule "
                                + "constant such as Schedule.DYNAMIC");
                        return null;
                    }
                    options = new LoopOptions(constant, options.chunk(), options.minIterations(), options.parallelism());
                } else if (number != null && number == number.intValue()) {
                    int whole = number.intValue();
                    options = switch (attribute) {
                        case "chunk" -> new LoopOptions(options.schedule(), whole, options.minIterations(), options.parallelism());
                        case "minIterations" -> new LoopOptions(options.schedule(), options.chunk(), whole, options.parallelism());
                        default -> new LoopOptions(options.schedule(), options.chunk(), options.minIterations(), whole);
                    };
                } else {
                    diagnostics.error(DiagnosticId.LOOP_OPTIONS, where, Syntax.leftmost(value), "Weft reads `" + attribute + "` from the source "
                            + "before javac evaluates it, and there it can compute integer literals, constants of the "
                            + "class (`static final int CHUNK = 64;`) and arithmetic of those: write `" + attribute
                            + "` with them");
                    return null;
                }
            }
        }
        return options;
    }

    private static boolean isSchedule(String name) {
        for (Schedule schedule : Schedule.values()) {
            if (schedule.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
