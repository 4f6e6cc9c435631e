package dev.weft.processor.generate.loop;

import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.Induction;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.PrivateLocal;
import dev.weft.processor.model.loop.Reduction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names the twin and the chunk method of one loop share. The chunk method's parameters keep the
 * user's names; only what Weft adds gets a fresh one.
 *
 * @param method the chunk method, {@code dotLoop1}
 * @param spec the {@code LoopSpec} constant, {@code DOT_LOOP_1}
 * @param first a counted loop's initial value, and {@code bound} its bound, when they are
 *     computed, and so evaluated once into locals, and {@code step} its step when that is known
 *     only at run time
 * @param elements the array or list an enhanced {@code for} walks, and {@code index} its position
 * @param partial one reduction partial while they are folded in, and {@code slot} its position in
 *     an array reduction, and {@code column} the position in a row of a reduction into rows
 * @param reached what takes the objects one element reaches, when the twin checks that no two
 *     elements reach one, and {@code element} each element of the array a counted loop's check walks
 * @param partials each reduction's partials array, by variable, and each collection reduction's
 * @param wholeArrays the chunk method's parameter for each array reduction's own array, by
 *     variable: the chunk accumulates into a new array under the variable's name, which lambdas in
 *     the body can then capture as they capture the original; likewise for each collection
 *     reduction, which the first chunk adds into and a sorted one's partials take the comparator
 *     of, and each private array, whose length the chunk's own takes
 * @param copies each reassigned capture's copy, by variable
 * @param lasts for each private local read after the loop, the array of the value each chunk
 *     leaves in it, by variable
 * @param assigned for each of those that some iterations leave unassigned, the array of whether
 *     each chunk assigned it, by variable
 * @param starts for each induction variable, the local holding its value before the loop
 */
record LoopNames(
        String method,
        String spec,
        String first,
        String bound,
        String step,
        String range,
        String chunk,
        String from,
        String to,
        String elements,
        String index,
        String partial,
        String slot,
        String column,
        String reached,
        String element,
        Map<String, String> partials,
        Map<String, String> wholeArrays,
        Map<String, String> copies,
        Map<String, String> lasts,
        Map<String, String> assigned,
        Map<String, String> starts) {

    static LoopNames of(String method, ParallelLoop loop, FreshNames fresh) {
        Map<String, String> partials = new LinkedHashMap<>();
        Map<String, String> wholeArrays = new LinkedHashMap<>();
        for (Reduction reduction : loop.reductions()) {
            partials.put(reduction.variable(), fresh.fresh(reduction.variable() + "Partials"));
            if (reduction.array()) {
                wholeArrays.put(reduction.variable(), fresh.fresh(reduction.variable() + "Whole"));
            }
        }
        for (CollectionReduction collection : loop.collections()) {
            partials.put(collection.variable(), fresh.fresh(collection.variable() + "Partials"));
            wholeArrays.put(collection.variable(), fresh.fresh(collection.variable() + "Whole"));
        }
        Map<String, String> copies = new LinkedHashMap<>();
        for (Capture capture : loop.captures()) {
            if (capture.reassigned()) {
                copies.put(capture.name(), fresh.fresh(capture.name() + "Before"));
            }
        }
        Map<String, String> lasts = new LinkedHashMap<>();
        Map<String, String> assigned = new LinkedHashMap<>();
        for (PrivateLocal local : loop.privates()) {
            if (local.kept()) {
                lasts.put(local.name(), fresh.fresh(local.name() + "ByChunk"));
            }
            if (local.assignedFlag() != null) {
                assigned.put(local.name(), fresh.fresh(local.assignedFlag() + "ByChunk"));
            }
            if (local.array()) {
                wholeArrays.put(local.name(), fresh.fresh(local.name() + "Whole"));
            }
        }
        Map<String, String> starts = new LinkedHashMap<>();
        for (Induction induction : loop.inductions()) {
            starts.put(induction.name(), fresh.fresh(induction.name() + "Before"));
        }
        return new LoopNames(method, constantName(method), fresh.fresh("first"), fresh.fresh("bound"),
                fresh.fresh("step"), fresh.fresh("range"), fresh.fresh("chunk"), fresh.fresh("from"), fresh.fresh("to"),
                fresh.fresh("elements"), fresh.fresh("index"), fresh.fresh("partial"), fresh.fresh("k"), fresh.fresh("column"), fresh.fresh("reached"), fresh.fresh("element"), partials,
                wholeArrays, copies, lasts, assigned, starts);
    }

    private static String constantName(String method) {
        return method.replaceAll("([a-z0-9])([A-Z0-9])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
