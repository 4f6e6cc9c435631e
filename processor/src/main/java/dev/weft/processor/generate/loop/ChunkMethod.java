package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.weft.processor.model.LoopTwin;
import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.CountedLoop;
import dev.weft.processor.model.loop.ElementLoop;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.PrivateLocal;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.WrittenType;
import javax.lang.model.element.Modifier;

/**
 * The companion method that runs one chunk of a parallel loop: the user's loop, unchanged but for
 * its header, over the chunk's indices, with each reduction accumulating into a partial of its own.
 */
final class ChunkMethod {
    private ChunkMethod() {}

    static MethodSpec of(LoopTwin twin, ParallelLoop loop, LoopNames names) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.method())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("One chunk of the @ParallelFor loop at $L: the iterations from {@code $L} to {@code $L}.\n",
                        loop.location(), names.from(), names.to())
                .addTypeVariables(twin.typeVariables())
                .addExceptions(twin.exceptions());
        for (Capture capture : loop.captures()) {
            method.addParameter(capture.type(), names.wholeArrays().getOrDefault(capture.name(), capture.name()));
        }
        if (loop.shape() instanceof ElementLoop elements) {
            method.addParameter(elements.containerType(), names.elements());
        }
        TypeName bound = intIndices(loop) ? TypeName.INT : TypeName.LONG;
        if (loop.shape() instanceof CountedLoop counted && counted.runtimeStep() != null) {
            method.addParameter(bound, names.step());
        }
        for (Reduction reduction : loop.reductions()) {
            method.addParameter(WrittenType.of(ReductionCode.partialType(reduction) + "[]"),
                    names.partials().get(reduction.variable()));
        }
        for (CollectionReduction collection : loop.collections()) {
            method.addParameter(collection.type(), names.wholeArrays().get(collection.variable()));
            method.addParameter(CollectionReductionCode.partialsType(collection),
                    names.partials().get(collection.variable()));
        }
        names.lasts().forEach((local, lasts) -> method.addParameter(ArrayTypeName.of(typeOf(loop, local)), lasts));
        names.assigned().forEach((local, assigned) -> method.addParameter(boolean[].class, assigned));
        // Where the loop would have each cursor at the chunk's first iteration.
        loop.inductions().forEach(induction -> method.addParameter(induction.type(), induction.name()));
        if (byChunk(loop)) {
            method.addParameter(TypeName.INT, names.chunk());
        }
        method.addParameter(bound, names.from()).addParameter(bound, names.to());
        PartialLayout layout = PartialLayout.of(loop);
        if (layout == PartialLayout.STRETCHES) {
            method.addComment("The pieces a thread runs in a row make one partial: a piece after the first takes up");
            method.addComment("its arrays and collections, and adds its sums to theirs");
        }
        for (Reduction reduction : loop.reductions()) {
            String whole = names.wholeArrays().get(reduction.variable());
            if (layout == PartialLayout.STRETCHES && reduction.array()) {
                method.addStatement("$L", ReductionCode.startOrContinue(reduction, whole, names.chunk(),
                        names.partials().get(reduction.variable())));
                continue;
            }
            CodeBlock start = ReductionCode.start(reduction, whole, names.chunk());
            if (ReductionCode.startNote(reduction) != null) {
                method.addComment("$L", ReductionCode.startNote(reduction));
            }
            if (!start.isEmpty()) {
                method.addStatement(start);
            }
        }
        for (CollectionReduction collection : loop.collections()) {
            String whole = names.wholeArrays().get(collection.variable());
            method.addStatement(layout == PartialLayout.STRETCHES
                    ? CollectionReductionCode.startOrContinue(collection, whole, names)
                    : CollectionReductionCode.start(collection, whole, names.chunk()));
        }
        if (loop.privates().stream().anyMatch(local -> local.created() == null)) {
            method.addComment("Assigned by each iteration before it reads them: the chunk's own");
        }
        for (PrivateLocal local : loop.privates()) {
            if (local.array()) {
                method.addStatement("$T $L = new $L[$L.length]", local.type(), local.name(), local.elementType(),
                        names.wholeArrays().get(local.name()));
            } else if (local.created() != null) {
                method.addComment("Emptied by each iteration before it uses it: the chunk's own");
                method.addStatement("$T $L = $L", local.type(), local.name(), local.created());
            } else {
                method.addStatement("$T $L = $L", local.type(), local.name(), local.initial());
            }
            if (local.assignedFlag() != null) {
                method.addStatement("boolean $L = false", local.assignedFlag());
            }
        }
        method.addCode("$L$L\n", loop.label().isEmpty() ? "" : loop.label() + ": ", header(loop, names));
        for (Reduction reduction : loop.reductions()) {
            method.addStatement("$L", ReductionCode.store(reduction, names.partials().get(reduction.variable()),
                    names.chunk(), layout));
        }
        for (CollectionReduction collection : loop.collections()) {
            method.addStatement("$L.set($L, $L)", names.partials().get(collection.variable()), names.chunk(),
                    collection.variable());
        }
        names.lasts().forEach((local, lasts) -> method.addStatement("$L[$L] = $L", lasts, names.chunk(), local));
        names.assigned().forEach((local, assigned) -> method.addStatement("$L[$L] = $L", assigned, names.chunk(),
                flagOf(loop, local)));
        return method.build();
    }

    /** Whether the chunk method leaves something per chunk, and so is told its chunk's number. */
    static boolean byChunk(ParallelLoop loop) {
        return !loop.reductions().isEmpty() || !loop.collections().isEmpty() || loop.privates().stream().anyMatch(PrivateLocal::kept);
    }

    static TypeName typeOf(ParallelLoop loop, String local) {
        return privateLocal(loop, local).type();
    }

    private static String flagOf(ParallelLoop loop, String local) {
        return privateLocal(loop, local).assignedFlag();
    }

    private static PrivateLocal privateLocal(ParallelLoop loop, String local) {
        return loop.privates().stream().filter(p -> p.name().equals(local)).findFirst().orElseThrow();
    }

    /** Whether the chunk's bounds are ints: for an int loop variable and for element indices. */
    static boolean intIndices(ParallelLoop loop) {
        return loop.shape() instanceof ElementLoop || loop.variableType().equals("int");
    }

    /** The update by a step known only at run time, which the twin has evaluated into {@code step}. */
    static String update(String i, CountedLoop counted, String step) {
        return i + (counted.relation().ascending() ? " += " : " -= ") + step;
    }

    private static CodeBlock header(ParallelLoop loop, LoopNames names) {
        String i = loop.variable();
        if (loop.shape() instanceof CountedLoop counted) {
            String compare = counted.relation().ascending() ? " < " : " > ";
            String update = counted.runtimeStep() == null ? counted.update() : update(i, counted, names.step());
            return CodeBlock.of("for ($L $L = $L; $L$L$L; $L) $L", loop.variableType(), i, names.from(), i,
                    compare, names.to(), update, loop.chunkBody());
        }
        ElementLoop elements = (ElementLoop) loop.shape();
        String index = names.index();
        String element = elements.array() ? names.elements() + "[" + index + "]"
                : names.elements() + ".get(" + index + ")";
        String body = loop.chunkBody();
        int open = body.indexOf('{') + 1;
        String withElement = body.substring(0, open) + "\n    " + loop.variableType() + " " + i + " = " + element + ";"
                + body.substring(open);
        return CodeBlock.of("for (int $L = $L; $L < $L; $L++) $L", index, names.from(), index, names.to(),
                index, withElement);
    }
}
