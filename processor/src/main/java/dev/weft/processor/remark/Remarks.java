package dev.weft.processor.remark;

import com.palantir.javapoet.TypeName;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.discover.Targets;
import dev.weft.processor.model.Companion;
import dev.weft.processor.model.FanOutMethod;
import dev.weft.processor.model.FanOutParameter;
import dev.weft.processor.model.LoopTwin;
import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.CountedLoop;
import dev.weft.processor.model.loop.ElementLoop;
import dev.weft.processor.model.loop.LoopOptions;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.SameArrayCheck;
import dev.weft.processor.model.loop.TwinPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * What Weft did, told at each accepted {@code @ParallelFor} loop and {@code @Parallelizable} method
 * when {@code -Aweft.remarks=true}, as clang's {@code -Rpass} and gcc's {@code -fopt-info} do: one
 * note each, read from the model the analysis produced, so it says exactly what the companion does.
 */
public final class Remarks {
    /** The processor option that turns the notes on: {@code true}; anything else, or nothing, leaves them off. */
    public static final String OPTION = "weft.remarks";

    private final Trees trees;
    /** Where the analysis reported the calls it trusts, which the notes repeat. */
    private final Diagnostics diagnostics;

    private Remarks(Trees trees, Diagnostics diagnostics) {
        this.trees = trees;
        this.diagnostics = diagnostics;
    }

    /** The remarks, or {@code null} when the options leave them off; a value other than true or false is an error. */
    public static Remarks fromOptions(Trees trees, Diagnostics diagnostics, Messager messager, Map<String, String> options) {
        String option = options.getOrDefault(OPTION, "false").strip();
        if (!option.equalsIgnoreCase("true") && !option.equalsIgnoreCase("false")) {
            messager.printMessage(Diagnostic.Kind.ERROR, DiagnosticId.SETUP.tagged("-A" + OPTION + "=" + option
                    + " is not a setting Weft knows: use true or false (the default is false)"));
        }
        return option.equalsIgnoreCase("true") ? new Remarks(trees, diagnostics) : null;
    }

    /** Notes what the companion made of {@code targets} does, at each loop and method it was made from. */
    public void tell(Targets targets, Companion companion) {
        for (FanOutMethod fanOut : companion.fanOuts()) {
            for (TreePath method : targets.parallelizable()) {
                if (((MethodTree) method.getLeaf()).getName().contentEquals(fanOut.name())) {
                    note(method, fanOut(fanOut) + "; " + trusted(method.getLeaf(), false));
                }
            }
        }
        for (LoopTwin twin : companion.twins()) {
            for (TwinPart part : twin.body()) {
                if (part instanceof ParallelLoop loop) {
                    for (TreePath path : targets.parallelLoops()) {
                        if (line(path) == line(loop)) {
                            note(path, loop(loop) + "; " + trusted(path.getLeaf(), true));
                        }
                    }
                }
            }
        }
    }

    private void note(TreePath at, String message) {
        trees.printMessage(Diagnostic.Kind.NOTE, DiagnosticId.REMARK.tagged(message), at.getLeaf(),
                at.getCompilationUnit());
    }

    /**
     * The calls the analysis trusted in {@code tree}: reported at a call inside it for a loop
     * ({@code inside}), at the method itself for a fan-out.
     */
    private String trusted(Tree tree, boolean inside) {
        List<String> calls = new ArrayList<>();
        for (Diagnostics.Trusted report : diagnostics.trusted()) {
            for (TreePath at = report.where(); at != null; at = inside ? at.getParentPath() : null) {
                if (at.getLeaf() == tree) {
                    calls.addAll(report.calls());
                    break;
                }
            }
        }
        return calls.isEmpty()
                ? "it trusts no call it cannot see into"
                : "it trusts, without seeing into them, " + String.join(", ", calls);
    }

    private long line(TreePath path) {
        CompilationUnitTree unit = path.getCompilationUnit();
        return unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, path.getLeaf()));
    }

    /** The line of {@link ParallelLoop#location()}, {@code Foo.java:42}. */
    private static long line(ParallelLoop loop) {
        return Long.parseLong(loop.location().substring(loop.location().lastIndexOf(':') + 1));
    }

    static String loop(ParallelLoop loop) {
        List<String> said = new ArrayList<>();
        said.add("Weft runs this loop's iterations in parallel in the twin: " + shape(loop));
        said.add(loop.reductions().isEmpty()
                ? "no reductions"
                : "reductions " + loop.reductions().stream().map(Remarks::reduction).collect(Collectors.joining(", ")));
        // A reduction's variable reaches the chunks too, for its value before the loop: said above.
        List<String> captured = loop.captures().stream()
                .filter(capture -> loop.reductions().stream().noneMatch(reduction -> reduction.variable().equals(capture.name())))
                .map(Remarks::capture)
                .toList();
        said.add(captured.isEmpty() ? "it captures nothing else from the method" : "it captures " + String.join(", ", captured));
        if (!loop.privates().isEmpty()) {
            said.add("private to each chunk, as every iteration assigns them before it reads them: "
                    + loop.privates().stream().map(local -> "`" + local.name() + "`"
                            + (local.kept() ? " (left holding the last iteration's value)" : "")
                            + (local.array() ? " (an array of the same length for each chunk)" : ""))
                            .collect(Collectors.joining(", ")));
        }
        if (!loop.inductions().isEmpty()) {
            said.add("cursors, started in each chunk where the loop would have them: " + loop.inductions().stream()
                    .map(induction -> "`" + induction.name() + "` (+" + induction.step() + " an iteration)")
                    .collect(Collectors.joining(", ")));
        }
        for (SameArrayCheck same : loop.sameArrayChecks()) {
            said.add("it runs as written when `" + same.written() + "` and `" + same.other()
                    + "` are one array, which it takes them not to be");
        }
        if (!loop.distinctReached().isEmpty()) {
            said.add("it runs as written when two elements reach one object of " + loop.distinctReached().stream()
                    .map(reached -> "`" + reached.object() + "`").collect(Collectors.joining(", "))
                    + ", which it writes or reads");
        }
        said.add(options(loop.options()));
        return String.join("; ", said);
    }

    private static String shape(ParallelLoop loop) {
        if (loop.shape() instanceof CountedLoop counted) {
            return "a counted loop over `" + loop.variable() + "` from `" + counted.first() + "` while `"
                    + loop.variable() + " " + counted.relation().symbol() + " " + counted.bound() + "`, "
                    + (counted.relation().ascending() ? "up" : "down") + " by " + counted.step();
        }
        ElementLoop elements = (ElementLoop) loop.shape();
        return "an enhanced for over the elements of " + (elements.array() ? "the array" : "the collection")
                + " `" + elements.source() + "`";
    }

    private static String reduction(Reduction reduction) {
        if (reduction.keptWith() != null) {
            return "`" + reduction.variable() + "` (" + reduction.type() + ") with `" + reduction.keptWith()
                    + "`, from the chunk whose `" + reduction.keptWith() + "` the comparison keeps";
        }
        if (reduction.indexInto() != null) {
            return "`" + reduction.variable() + "` (" + reduction.type() + "), an index kept by comparing the elements it "
                    + "indexes, `new " + reduction.keptBy() + " old`";
        }
        return (reduction.array() ? "the elements of `" + reduction.variable() + "`" : "`" + reduction.variable() + "`")
                + " (" + reduction.type() + ") with " + reduction.operator().told()
                + (reduction.exact() ? "" : ", partials combined in chunk order so every run gives the same result");
    }

    private static String capture(Capture capture) {
        return "`" + capture.name() + "`" + (capture.reassigned() ? " (as a copy: the method reassigns it)" : "");
    }

    private static String options(LoopOptions options) {
        String schedule = "schedule " + options.schedule();
        String chunk = options.chunk() == 0 ? "the chunk size left to the runtime" : "chunks of " + options.chunk();
        String parallelism = options.parallelism() == 0 ? "the workers to the runtime's plan" : options.parallelism() + " workers";
        String minimum = options.minIterations() == 0
                ? "short loops run inline below an adaptive threshold"
                : "fewer than " + options.minIterations() + " iterations run inline";
        return schedule + ", " + chunk + ", " + parallelism + ", " + minimum;
    }

    static String fanOut(FanOutMethod method) {
        List<String> said = new ArrayList<>();
        said.add("Weft fans out `" + method.name() + "` over each element of `" + method.collectionName() + "` in `"
                + method.name() + "All` and `" + method.name() + "AllAsync`"
                + method.receiver().map(receiver -> ", on one receiver").orElse("")
                + (method.shared().isEmpty() ? "" : ", sharing " + names(method.shared())));
        said.add("workload " + method.task().workload()
                + (method.task().memoryPerTask().isEmpty() ? "" : ", " + method.task().memoryPerTask() + " per task")
                + "; the backend, the workers and the batching are left to the runtime");
        said.add(method.serializable()
                ? "its calls may cross to worker processes, which receive " + crossing(method)
                        + (method.returnType().equals(TypeName.VOID) ? " and send back nothing"
                                : " and send back " + method.returnType())
                : "its calls stay in this JVM: not every value a call needs provably serializes");
        return String.join("; ", said);
    }

    private static String names(List<FanOutParameter> parameters) {
        return parameters.stream().map(parameter -> "`" + parameter.name() + "`").collect(Collectors.joining(", "));
    }

    private static String crossing(FanOutMethod method) {
        List<String> types = new ArrayList<>();
        method.receiver().ifPresent(receiver -> types.add(receiver.type().toString()));
        method.parameters().forEach(parameter -> types.add(parameter.type().toString()));
        return String.join(", ", types);
    }
}
