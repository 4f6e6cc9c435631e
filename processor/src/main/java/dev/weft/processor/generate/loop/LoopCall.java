package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.CountedLoop;
import dev.weft.processor.model.loop.ElementLoop;
import dev.weft.processor.model.loop.Induction;
import dev.weft.processor.model.loop.LoopOptions;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.RowMajorIndex;
import dev.weft.processor.model.loop.SameArrayCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The statements that replace a parallel loop in its twin: when the loop is known to be short, the
 * loop as written; otherwise cut the iterations into chunks, run the chunk method on each, fold the
 * reductions' partials back in chunk order.
 */
final class LoopCall {
    static final ClassName LOOPS = ClassName.get("dev.weft.internal", "Loops");
    static final ClassName LOOP_RANGE = ClassName.get("dev.weft.internal", "LoopRange");
    static final ClassName REACHED_OBJECTS = ClassName.get("dev.weft.internal", "ReachedObjects");
    private static final String INDENT = "    ";
    /** Text that only reads, so that evaluating it twice is evaluating it once: names, literals, fields. */
    private static final Pattern READ_ONLY = Pattern.compile("[\\w$.\\s\\[\\]+\\-*/%]*");

    private LoopCall() {}

    /** The replacement's lines, to be indented where the loop stood. */
    static List<CodeBlock> lines(ParallelLoop loop, LoopNames names) {
        List<CodeBlock> before = new ArrayList<>();
        Bounds bounds = bounds(loop, names, before);
        List<CodeBlock> parallel = parallel(loop, names, bounds);
        List<CodeBlock> statements = new ArrayList<>(before);
        // A floating-point reduction must fold the same chunks however long the run, or a loop's
        // result would change with what the runtime has learnt about it. The loop as written
        // folds them only where each iteration is a chunk of its own.
        String inlineCheck = loop.reductions().stream().allMatch(Reduction::exact) ? "runsInline"
                : loop.reductions().stream().allMatch(Reduction::exactInSingleIterationChunks)
                        && singleIterationChunksWhenShort(loop.options()) && PartialLayout.of(loop) == PartialLayout.CHUNKS
                        ? "runsInlineExactly"
                        : null;
        // Rows of a row-major index are apart only while the index does not overflow.
        List<CodeBlock> asWrittenWhen = new ArrayList<>();
        if (inlineCheck != null) {
            asWrittenWhen.add(CodeBlock.of("$L.$L($L)", names.spec(), inlineCheck, bounds.guard()));
        }
        for (RowMajorIndex rows : loop.rowMajorIndices()) {
            if (rows.firstRow() != null) {
                // x * width + i: the loop's columns within a row, the rows of x not overflowing
                CountedLoop counted = (CountedLoop) loop.shape();
                String end = counted.relation() == CountedLoop.Relation.LESS ? bounds.bound() : "(long) " + bounds.bound() + " + 1";
                asWrittenWhen.add(CodeBlock.of("!$T.columnsFit($L, $L, $L)", LOOPS, bounds.first(), end, rows.width()));
                asWrittenWhen.add(CodeBlock.of("!$T.rowsFit($L, $L, $L)", LOOPS, rows.firstRow(), rows.rowEnd(), rows.width()));
                continue;
            }
            asWrittenWhen.add(rows.origin() == null
                    ? CodeBlock.of("!$T.rowsFit($L, $L, $L)", LOOPS, bounds.first(), bounds.bound(), rows.width())
                    : CodeBlock.of("!$T.rowsFit($L, $L, $L, $L)", LOOPS, bounds.first(), bounds.bound(), rows.origin(),
                            rows.width()));
            if (rows.firstColumn() != null) {
                asWrittenWhen.add(CodeBlock.of("!$T.columnsFit($L, $L, $L)", LOOPS, rows.firstColumn(), rows.columnEnd(),
                        rows.width()));
            }
        }
        // Arrays the analysis took to be distinct, as Fortran takes its arguments: one array, the
        // iterations would touch each other's elements.
        for (SameArrayCheck same : loop.sameArrayChecks()) {
            CodeBlock compared = same.list()
                    ? CodeBlock.of("$T.mayShareElements($L, $L)", LOOPS, same.writtenInTwin(), same.otherInTwin())
                    : CodeBlock.of(same.asObjects() ? "(Object) $L == $L" : "$L == $L", same.writtenInTwin(), same.otherInTwin());
            // a.data read before the loop only where the loop's own read of it would not fail
            asWrittenWhen.add(same.guardsInTwin().isEmpty() ? compared
                    : CodeBlock.of("($L && $L)", String.join(" && ", same.guardsInTwin()), compared));
        }
        // Objects the analysis could not tell each element owns: where two elements reach one,
        // iterations would race on it.
        if (!loop.distinctReached().isEmpty()) {
            asWrittenWhen.add(distinctReached(loop, names));
        }
        boolean runsAsWrittenSometimes = !asWrittenWhen.isEmpty();
        if (runsAsWrittenSometimes) {
            statements.add(CodeBlock.of("if ($L) {", CodeBlock.join(asWrittenWhen, " || ")));
            asWritten(loop, names, bounds).lines().forEach(line -> statements.add(indented(CodeBlock.of("$L", line))));
            statements.add(CodeBlock.of("} else {"));
            parallel.forEach(line -> statements.add(indented(line)));
            statements.add(CodeBlock.of("}"));
        } else {
            statements.addAll(parallel);
        }
        List<CodeBlock> lines = new ArrayList<>();
        lines.add(CodeBlock.of("// @ParallelFor loop from $L$L", loop.location(), describeReductions(loop)));
        boolean declaresLocals = !before.isEmpty() || !runsAsWrittenSometimes && parallel.size() > 1;
        if (!declaresLocals) {
            lines.addAll(statements);
            return lines;
        }
        lines.add(CodeBlock.of("{"));
        statements.forEach(line -> lines.add(indented(line)));
        lines.add(CodeBlock.of("}"));
        return lines;
    }

    /**
     * That no two elements reach one object the body writes through them: over the elements of an
     * enhanced {@code for}, or over every element of the array {@code a} of a counted loop's
     * {@code a[i]}, each named as the body names it, or afresh for {@code a[i]}.
     */
    private static CodeBlock distinctReached(ParallelLoop loop, LoopNames names) {
        boolean counted = !loop.reachedArray().isEmpty();
        String written = loop.distinctReached().get(0).holders().get(0);
        // A name the body gives the element serves as it is; a[i] gets one.
        String element = SourceVersion.isIdentifier(written) ? written : names.element();
        String reached = names.reached();
        String each = loop.distinctReached().stream()
                .map(object -> "if (" + object.holders().stream().map(holder -> from(holder, written, element) + " != null")
                        .collect(Collectors.joining(" && ")) + ") " + reached + ".accept("
                        + from(object.object(), written, element) + ");")
                .collect(Collectors.joining(" ", "{ ", " }"));
        return CodeBlock.of("!$T.distinct($L, ($L, $L) -> $L)", REACHED_OBJECTS,
                counted ? loop.reachedArray() : names.elements(), element, reached, each);
    }

    /** {@code expression}, which starts from the element as the body writes it, from {@code element} instead. */
    private static String from(String expression, String written, String element) {
        int at = expression.indexOf(written);
        return at < 0 ? expression : expression.substring(0, at) + element + expression.substring(at + written.length());
    }

    /**
     * Whether the runtime gives each iteration of a short run its own chunk: it does under the
     * {@code AUTO} and {@code DYNAMIC} schedules unless a chunk size is set, and whenever the chunk
     * size set is one, but for {@code GUIDED}, whose chunks grow from there.
     */
    private static boolean singleIterationChunksWhenShort(LoopOptions options) {
        return switch (options.schedule()) {
            case "AUTO", "DYNAMIC" -> options.chunk() <= 1;
            case "STATIC" -> options.chunk() == 1;
            default -> false;
        };
    }

    /**
     * What the loop walks, evaluated once before it runs whichever way it runs: the elements of an
     * enhanced {@code for}, a counted loop's initial value and bound when they compute anything, and
     * its step when it is known only at run time, checked there.
     *
     * @param guard the arguments of {@code LoopSpec.runsInline}
     * @param first the initial value, {@code bound} the bound, and {@code step} the step, as the
     *     statements refer to them
     */
    private record Bounds(String guard, String first, String bound, String step) {}

    private static Bounds bounds(ParallelLoop loop, LoopNames names, List<CodeBlock> before) {
        if (loop.shape() instanceof ElementLoop elements) {
            before.add(elements.array()
                    ? CodeBlock.of("var $L = $L;", names.elements(), elements.source())
                    : CodeBlock.of("var $L = $T.indexable($L);", names.elements(), LOOPS, elements.source()));
            String size = names.elements() + (elements.array() ? ".length" : ".size()");
            return new Bounds("0, " + size + ", 1", "0", size, "1");
        }
        CountedLoop counted = (CountedLoop) loop.shape();
        String first = evaluatedOnce(counted.first(), names.first(), before);
        String bound = evaluatedOnce(counted.bound(), names.bound(), before);
        String step = stepLiteral(counted);
        if (counted.runtimeStep() != null) {
            // Checked before the loop runs either way: as written, a step that is not positive never ends.
            boolean intStep = ChunkMethod.intIndices(loop);
            before.add(CodeBlock.of("$L $L = $T.$L($L, $L);", intStep ? "int" : "long", names.step(), LOOPS,
                    intStep ? "intStep" : "step", names.spec(), counted.runtimeStep()));
            step = names.step();
        }
        String guard = counted.relation().ascending() ? first + ", " + bound : bound + ", " + first;
        return new Bounds(guard + ", " + step, first, bound, step);
    }

    private static String evaluatedOnce(String expression, String local, List<CodeBlock> before) {
        if (READ_ONLY.matcher(expression).matches() && !expression.contains("++") && !expression.contains("--")) {
            return expression;
        }
        before.add(CodeBlock.of("var $L = $L;", local, expression));
        return local;
    }

    /** The loop as the user wrote it, for a run known to be short: nothing in it needs rewriting. */
    private static String asWritten(ParallelLoop loop, LoopNames names, Bounds bounds) {
        String label = loop.label().isEmpty() ? "" : loop.label() + ": ";
        String i = loop.variable();
        if (loop.shape() instanceof CountedLoop counted) {
            String update = counted.runtimeStep() == null ? counted.update()
                    : ChunkMethod.update(i, counted, bounds.step());
            return label + "for (" + loop.variableType() + " " + i + " = " + bounds.first() + "; " + i + " "
                    + counted.relation().symbol() + " " + bounds.bound() + "; " + update + ") " + loop.body();
        }
        return label + "for (" + loop.variableType() + " " + i + " : " + names.elements() + ") " + loop.body();
    }

    /** The chunked run: copies of reassigned captures, the range, the partials, the run, the fold. */
    private static List<CodeBlock> parallel(ParallelLoop loop, LoopNames names, Bounds bounds) {
        List<CodeBlock> statements = new ArrayList<>();
        names.copies().forEach((variable, copy) -> statements.add(CodeBlock.of("var $L = $L;", copy, variable)));
        CodeBlock range = rangeOf(loop, names, bounds);
        // Where nothing depends on the chunks, a short loop may run in one call.
        boolean byChunk = ChunkMethod.byChunk(loop);
        String runs = byChunk ? "run" : "runIterations";
        names.starts().forEach((variable, start) -> statements.add(CodeBlock.of("var $L = $L;", start, variable)));
        CodeBlock run = CodeBlock.of(".$L(($L, $L, $L) -> $L($L));", runs, names.chunk(), names.from(), names.to(),
                names.method(), String.join(", ", arguments(loop, names)));
        if (!byChunk && loop.inductions().isEmpty()) {
            statements.add(CodeBlock.of("$L$L", range, run));
            return statements;
        }
        // A partial of an array is as long as the array: one per worker, not one per chunk.
        PartialLayout layout = PartialLayout.of(loop);
        statements.add(CodeBlock.of("$T $L = $L$L;", LOOP_RANGE, names.range(), range, layout.range()));
        for (Reduction reduction : loop.reductions()) {
            statements.add(CodeBlock.of("$L[] $L = $L;", ReductionCode.partialType(reduction),
                    names.partials().get(reduction.variable()),
                    ReductionCode.newPartials(reduction, names.range() + ".partials()")));
        }
        for (CollectionReduction collection : loop.collections()) {
            statements.add(CodeBlock.of("$T $L = $L;", CollectionReductionCode.partialsType(collection),
                    names.partials().get(collection.variable()),
                    CollectionReductionCode.newPartials(names.range() + ".partials()")));
        }
        names.lasts().forEach((local, lasts) -> statements.add(CodeBlock.of("$T $L = new $T[$L.chunks()];",
                ArrayTypeName.of(ChunkMethod.typeOf(loop, local)), lasts, ChunkMethod.typeOf(loop, local), names.range())));
        names.assigned().forEach((local, assigned) -> statements.add(CodeBlock.of("boolean[] $L = new boolean[$L.chunks()];",
                assigned, names.range())));
        statements.add(CodeBlock.of("$L$L", names.range(), run));
        for (Reduction reduction : loop.reductions()) {
            fold(reduction, loop, names, layout).forEach(line -> statements.add(CodeBlock.of("$L", line)));
        }
        for (CollectionReduction collection : loop.collections()) {
            statements.addAll(CollectionReductionCode.fold(collection, names, layout));
        }
        for (Induction induction : loop.inductions()) {
            statements.add(CodeBlock.of("$L = $L;", induction.name(),
                    advanced(induction, names, names.range() + ".count()")));
        }
        // The chunks follow the iterations in order: the last one ran the last iteration, and the
        // last one that assigned a local ran the last iteration that did.
        names.lasts().forEach((local, lasts) -> {
            String assigned = names.assigned().get(local);
            if (assigned == null) {
                statements.add(CodeBlock.of("if ($L.chunks() > 0) {", names.range()));
                statements.add(indented(CodeBlock.of("$L = $L[$L.chunks() - 1];", local, lasts, names.range())));
            } else {
                String chunk = names.chunk();
                statements.add(CodeBlock.of("for (int $L = $L.chunks() - 1; $L >= 0; $L--) {", chunk, names.range(),
                        chunk, chunk));
                statements.add(indented(CodeBlock.of("if ($L[$L]) {", assigned, chunk)));
                statements.add(indented(indented(CodeBlock.of("$L = $L[$L];", local, lasts, chunk))));
                statements.add(indented(indented(CodeBlock.of("break;"))));
                statements.add(indented(CodeBlock.of("}")));
            }
            statements.add(CodeBlock.of("}"));
        });
        return statements;
    }

    private static CodeBlock indented(CodeBlock line) {
        return line.isEmpty() ? line : CodeBlock.of("$L$L", INDENT, line);
    }

    private static CodeBlock rangeOf(ParallelLoop loop, LoopNames names, Bounds bounds) {
        if (loop.shape() instanceof CountedLoop counted) {
            String factory = switch (counted.relation()) {
                case LESS -> "ascending";
                case LESS_EQUAL -> "ascendingInclusive";
                case GREATER -> "descending";
                case GREATER_EQUAL -> "descendingInclusive";
            };
            return CodeBlock.of("$T.$L($L, $L, $L, $L)", LOOPS, factory, names.spec(), bounds.first(),
                    bounds.bound(), bounds.step());
        }
        return CodeBlock.of("$T.indices($L, $L)", LOOPS, names.spec(), bounds.bound());
    }

    /** The step as a Java literal: one past the range of int needs its {@code L}. */
    private static String stepLiteral(CountedLoop counted) {
        return counted.step() + (counted.step() > Integer.MAX_VALUE ? "L" : "");
    }

    private static List<String> arguments(ParallelLoop loop, LoopNames names) {
        List<String> arguments = new ArrayList<>();
        for (Capture capture : loop.captures()) {
            arguments.add(names.copies().getOrDefault(capture.name(), capture.name()));
        }
        if (loop.shape() instanceof ElementLoop) {
            arguments.add(names.elements());
        }
        if (loop.shape() instanceof CountedLoop counted && counted.runtimeStep() != null) {
            arguments.add(names.step());
        }
        for (Reduction reduction : loop.reductions()) {
            arguments.add(names.partials().get(reduction.variable()));
        }
        for (CollectionReduction collection : loop.collections()) {
            arguments.add(collection.variable());
            arguments.add(names.partials().get(collection.variable()));
        }
        arguments.addAll(names.lasts().values());
        arguments.addAll(names.assigned().values());
        for (Induction induction : loop.inductions()) {
            arguments.add(advanced(induction, names, names.range() + ".position(" + names.from() + ")").toString());
        }
        if (ChunkMethod.byChunk(loop)) {
            arguments.add(names.chunk());
        }
        // The runtime counts in long; an int loop's chunk takes int bounds, so that it stays a
        // counted int loop, which the JIT unrolls and rids of array bounds checks.
        String narrowing = ChunkMethod.intIndices(loop) ? "(int) " : "";
        arguments.add(narrowing + names.from());
        arguments.add(narrowing + names.to());
        return arguments;
    }

    /** The cursor's value after {@code iterations} iterations: {@code (int) (kBefore + 2 * iterations)}. */
    private static CodeBlock advanced(Induction induction, LoopNames names, String iterations) {
        String sum = names.starts().get(induction.name()) + " + " + induction.stepLiteral() + " * " + iterations;
        return induction.type().toString().equals("long") ? CodeBlock.of("$L", sum)
                : CodeBlock.of("($L) ($L)", induction.type(), sum);
    }

    private static List<String> fold(Reduction reduction, ParallelLoop loop, LoopNames names, PartialLayout layout) {
        String partials = names.partials().get(reduction.variable());
        String partial = names.partial();
        List<Reduction> beside = loop.reductions().stream()
                .filter(other -> reduction.variable().equals(other.keptWith())).toList();
        if (reduction.keptWith() != null) {
            return List.of(); // folded with its extremum
        }
        if (!beside.isEmpty()) {
            // The values set beside an extremum go with it, from the chunk whose extremum the comparison keeps.
            String k = names.slot();
            List<String> lines = new ArrayList<>();
            lines.add("for (int " + k + " = 0; " + k + " < " + partials + ".length; " + k + "++) {");
            lines.add("    if (" + ReductionCode.compared(reduction, partials + "[" + k + "]") + " " + reduction.keptBy() + " "
                    + ReductionCode.compared(reduction, reduction.variable()) + ") {");
            lines.add("        " + reduction.variable() + " = " + partials + "[" + k + "];");
            beside.forEach(value -> lines.add("        " + value.variable() + " = "
                    + names.partials().get(value.variable()) + "[" + k + "];"));
            lines.add("    }");
            lines.add("}");
            return lines;
        }
        String each = "for (" + ReductionCode.partialType(reduction) + " " + partial + " : " + partials + ") {";
        if (!reduction.array()) {
            return List.of(each, "    " + ReductionCode.combine(reduction, partial), "}");
        }
        String array = names.copies().getOrDefault(reduction.variable(), reduction.variable());
        String k = names.slot();
        if (reduction.rows()) {
            // Row by row on this thread: a row the array holds twice would be added into from two slices at once.
            String column = names.column();
            return List.of(
                    each,
                    "    if (" + layout.skips(partial, array) + ") {",
                    "        continue;",
                    "    }",
                    "    for (int " + k + " = 0; " + k + " < " + partial + ".length; " + k + "++) {",
                    "        for (int " + column + " = 0; " + partial + "[" + k + "] != null && " + column + " < "
                            + partial + "[" + k + "].length; " + column + "++) {",
                    "            " + array + "[" + k + "][" + column + "] += " + partial + "[" + k + "][" + column + "];",
                    "        }",
                    "    }",
                    "}");
        }
        // A long array is added up in slices, on helpers too: each element still takes the
        // partials in chunk order, the first chunk's having gone into the array itself, and in
        // stretches, numbers that began none having none.
        return List.of(
                names.range() + ".fold(" + array + ".length, (" + names.chunk() + ", " + names.from() + ", "
                        + names.to() + ") -> {",
                "    " + each,
                "        if (" + layout.skips(partial, array) + ") {",
                "            continue;",
                "        }",
                "        for (int " + k + " = (int) " + names.from() + "; " + k + " < " + names.to() + "; " + k + "++) {",
                "            " + array + "[" + k + "] += " + partial + "[" + k + "];",
                "        }",
                "    }",
                "});");
    }

    /** What the comment above the loop says Weft inferred: {@code — reduction: sum (+); private: t}. */
    private static String describeReductions(ParallelLoop loop) {
        List<String> parts = new ArrayList<>();
        List<String> reductions = new ArrayList<>();
        loop.reductions().forEach(reduction -> reductions.add(ReductionCode.describe(reduction)));
        loop.collections().forEach(collection -> reductions.add(CollectionReductionCode.describe(collection)));
        if (!reductions.isEmpty()) {
            parts.add((reductions.size() == 1 ? "reduction: " : "reductions: ") + String.join(", ", reductions));
        }
        if (!loop.privates().isEmpty()) {
            parts.add("private: " + loop.privates().stream()
                    .map(local -> local.name() + (!local.kept() ? "" : local.assignedFlag() == null ? " (last value kept)"
                            : " (last value assigned kept)")
                            + (local.array() ? " (a new array for each chunk)" : "")
                            + (local.created() != null ? " (a new one for each chunk)" : ""))
                    .collect(Collectors.joining(", ")));
        }
        if (!loop.inductions().isEmpty()) {
            parts.add((loop.inductions().size() == 1 ? "cursor: " : "cursors: ") + loop.inductions().stream()
                    .map(induction -> induction.name() + " (+" + induction.step() + " an iteration)")
                    .collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "" : " — " + String.join("; ", parts);
    }
}
