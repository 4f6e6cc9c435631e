package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.CountedLoop;
import dev.weft.processor.model.loop.ElementLoop;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.Reduction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that replace a parallel loop in its twin: cut the iterations into chunks, run the
 * chunk method on each, fold the reductions' partials back in chunk order.
 */
final class LoopCall {
    static final ClassName LOOPS = ClassName.get("dev.weft.internal", "Loops");
    static final ClassName LOOP_RANGE = ClassName.get("dev.weft.internal", "LoopRange");

    private LoopCall() {}

    /** The replacement's lines, to be indented where the loop stood. */
    static List<CodeBlock> lines(ParallelLoop loop, LoopNames names) {
        List<CodeBlock> body = new ArrayList<>();
        if (loop.shape() instanceof ElementLoop elements) {
            body.add(elements.array()
                    ? CodeBlock.of("var $L = $L;", names.elements(), elements.source())
                    : CodeBlock.of("var $L = $T.indexable($L);", names.elements(), LOOPS, elements.source()));
        }
        names.copies().forEach((variable, copy) -> body.add(CodeBlock.of("var $L = $L;", copy, variable)));
        CodeBlock range = rangeOf(loop, names);
        // Without reductions nothing depends on the chunks, which lets a short loop run in one call.
        String runs = loop.reductions().isEmpty() ? "runIterations" : "run";
        CodeBlock run = CodeBlock.of(".$L(($L, $L, $L) -> $L($L));", runs, names.chunk(), names.from(), names.to(),
                names.method(), String.join(", ", arguments(loop, names)));
        List<CodeBlock> lines = new ArrayList<>();
        lines.add(CodeBlock.of("// @ParallelFor loop from $L$L", loop.location(), describeReductions(loop)));
        if (body.isEmpty() && loop.reductions().isEmpty()) {
            lines.add(CodeBlock.of("$L$L", range, run));
            return lines;
        }
        if (loop.reductions().isEmpty()) {
            body.add(CodeBlock.of("$L$L", range, run));
            return block(lines, body);
        }
        body.add(CodeBlock.of("$T $L = $L;", LOOP_RANGE, names.range(), range));
        for (Reduction reduction : loop.reductions()) {
            body.add(CodeBlock.of("$L[] $L = $L;", ReductionCode.partialType(reduction),
                    names.partials().get(reduction.variable()),
                    ReductionCode.newPartials(reduction, names.range() + ".chunks()")));
        }
        body.add(CodeBlock.of("$L$L", names.range(), run));
        for (Reduction reduction : loop.reductions()) {
            fold(reduction, names).forEach(line -> body.add(CodeBlock.of("$L", line)));
        }
        return block(lines, body);
    }

    private static List<CodeBlock> block(List<CodeBlock> lines, List<CodeBlock> body) {
        lines.add(CodeBlock.of("{"));
        body.forEach(line -> lines.add(CodeBlock.of("    $L", line)));
        lines.add(CodeBlock.of("}"));
        return lines;
    }

    private static CodeBlock rangeOf(ParallelLoop loop, LoopNames names) {
        if (loop.shape() instanceof CountedLoop counted) {
            String factory = switch (counted.relation()) {
                case LESS -> "ascending";
                case LESS_EQUAL -> "ascendingInclusive";
                case GREATER -> "descending";
                case GREATER_EQUAL -> "descendingInclusive";
            };
            return CodeBlock.of("$T.$L($L, $L, $L, $L)", LOOPS, factory, names.spec(), counted.first(),
                    counted.bound(), counted.step());
        }
        ElementLoop elements = (ElementLoop) loop.shape();
        return CodeBlock.of("$T.indices($L, $L$L)", LOOPS, names.spec(), names.elements(),
                elements.array() ? ".length" : ".size()");
    }

    private static List<String> arguments(ParallelLoop loop, LoopNames names) {
        List<String> arguments = new ArrayList<>();
        for (Capture capture : loop.captures()) {
            arguments.add(names.copies().getOrDefault(capture.name(), capture.name()));
        }
        if (loop.shape() instanceof ElementLoop) {
            arguments.add(names.elements());
        }
        for (Reduction reduction : loop.reductions()) {
            arguments.add(names.partials().get(reduction.variable()));
        }
        if (!loop.reductions().isEmpty()) {
            arguments.add(names.chunk());
        }
        // The runtime counts in long; an int loop's chunk takes int bounds, so that it stays a
        // counted int loop, which the JIT unrolls and rids of array bounds checks.
        String narrowing = ChunkMethod.intIndices(loop) ? "(int) " : "";
        arguments.add(narrowing + names.from());
        arguments.add(narrowing + names.to());
        return arguments;
    }

    private static List<String> fold(Reduction reduction, LoopNames names) {
        String partials = names.partials().get(reduction.variable());
        String partial = names.partial();
        List<String> lines = new ArrayList<>();
        lines.add("for (" + ReductionCode.partialType(reduction) + " " + partial + " : " + partials + ") {");
        if (reduction.array()) {
            String k = names.slot();
            lines.add("    for (int " + k + " = 0; " + k + " < " + partial + ".length; " + k + "++) {");
            lines.add("        " + reduction.variable() + "[" + k + "] += " + partial + "[" + k + "];");
            lines.add("    }");
        } else {
            lines.add("    " + ReductionCode.combine(reduction, partial));
        }
        lines.add("}");
        return lines;
    }

    private static String describeReductions(ParallelLoop loop) {
        if (loop.reductions().isEmpty()) {
            return "";
        }
        return (loop.reductions().size() == 1 ? " — reduction: " : " — reductions: ")
                + loop.reductions().stream().map(ReductionCode::describe).collect(Collectors.joining(", "));
    }
}
