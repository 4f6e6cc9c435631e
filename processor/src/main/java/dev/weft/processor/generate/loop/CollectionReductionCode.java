package dev.weft.processor.generate.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.weft.processor.model.loop.CollectionReduction;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that start a chunk's partial of a collection reduction and add the partials to
 * the original in chunk order. The partials travel in an {@code AtomicReferenceArray}, which holds
 * a generic type where an array could not; each chunk sets its own slot, and the run's end makes
 * every slot visible to the fold.
 */
final class CollectionReductionCode {
    private static final ClassName PARTIALS = ClassName.get("java.util.concurrent.atomic", "AtomicReferenceArray");
    private static final ClassName SORTED_PARTIALS = ClassName.get("dev.weft.internal", "SortedPartials");
    private static final ClassName MAP_FOLDS = ClassName.get("dev.weft.internal", "MapFolds");

    private CollectionReductionCode() {}

    /** The type of the partials: one slot a chunk. */
    static TypeName partialsType(CollectionReduction collection) {
        return ParameterizedTypeName.get(PARTIALS, collection.type().box());
    }

    /** {@code new AtomicReferenceArray<>(range.chunks())}. */
    static CodeBlock newPartials(String chunks) {
        return CodeBlock.of("new $T<>($L)", PARTIALS, chunks);
    }

    /**
     * Starts this chunk's partial under the variable's own name, the original coming in as
     * {@code whole}: the first chunk's is the original itself, which then takes in the first
     * chunk's accumulations as the loop would, and another's is new, {@code new ArrayList<>()},
     * or ordered by the original's comparator.
     */
    static CodeBlock start(CollectionReduction collection, String whole, String chunk) {
        return CodeBlock.of("$T $L = $L", collection.type(), collection.variable(), newPartial(collection, whole, chunk));
    }

    /**
     * In stretches, takes up the partial of this piece's stretch where an earlier piece began it,
     * or else starts it as {@link #start} does; in one declaration, as lambdas in the body capture
     * the partial.
     */
    static CodeBlock startOrContinue(CollectionReduction collection, String whole, LoopNames names) {
        CodeBlock begun = CodeBlock.of("$L.get($L)", names.partials().get(collection.variable()), names.chunk());
        return CodeBlock.of("$T $L = $L != null ? $L : $L", collection.type(), collection.variable(), begun, begun,
                newPartial(collection, whole, names.chunk()));
    }

    private static CodeBlock newPartial(CollectionReduction collection, String whole, String chunk) {
        ClassName partial = collection.partialClass();
        CodeBlock created;
        if (collection.sorted()) {
            created = CodeBlock.of("$T.$L($L)", SORTED_PARTIALS, partial.simpleName().equals("TreeMap") ? "map" : "set",
                    whole);
        } else {
            // StringBuilder and StringBuffer take no type arguments
            String diamond = partial.packageName().equals("java.lang") ? "" : "<>";
            created = CodeBlock.of("new $T$L()", partial, diamond);
        }
        return CodeBlock.of("$L == 0 ? $L : $L", chunk, whole, created);
    }

    /** Adds the partials to the variable in chunk order, each chunk's in the order it took them in. */
    static List<CodeBlock> fold(CollectionReduction collection, LoopNames names, PartialLayout layout) {
        String target = collection.variable();
        String partials = names.partials().get(target);
        String k = names.slot();
        String partial = partials + ".get(" + k + ")";
        String entry = names.partial();
        String key = entry + ".getKey()";
        String value = entry + ".getValue()";
        List<CodeBlock> lines = new ArrayList<>();
        lines.add(CodeBlock.of("for (int $L = 0; $L < $L.length(); $L++) {", k, k, partials, k));
        lines.add(CodeBlock.of("    if ($L) {", layout.skips(partial, target)));
        lines.add(CodeBlock.of("        continue;"));
        lines.add(CodeBlock.of("    }"));
        CodeBlock each = switch (collection.accumulation()) {
            case COLLECT -> CodeBlock.of("$L.addAll($L);", target, partial);
            case APPEND -> CodeBlock.of("$L.append($L);", target, partial);
            case INSERT_AT_START -> CodeBlock.of("$L.insert(0, $L);", target, partial);
            case PUT -> CodeBlock.of("$L.putAll($L);", target, partial);
            case PUT_IF_ABSENT -> CodeBlock.of("$L.putIfAbsent($L, $L);", target, key, value);
            case MERGE -> CodeBlock.of("$L.merge($L, $L, $L);", target, key, value, collection.function());
            // The loop's own kind of call: a hash map orders the keys of a bucket by how they came in.
            case COUNT -> CodeBlock.of("$T.putSum($L, $L, $L, $L);", MAP_FOLDS, target, key, value, collection.function());
            case COUNT_BY_GET -> CodeBlock.of("$T.putCount($L, $L, $L, $L);", MAP_FOLDS, target, key, value,
                    collection.function());
            case GROUP -> CodeBlock.of("$T.addGroup($L, $L, $L);", MAP_FOLDS, target, key, value);
            case GROUP_BY_PUT -> CodeBlock.of("$T.putGroup($L, $L, $L);", MAP_FOLDS, target, key, value);
        };
        if (collection.foldsEntries()) {
            lines.add(CodeBlock.of("    for (var $L : $L.entrySet()) {", entry, partial));
            lines.add(CodeBlock.of("        $L", each));
            lines.add(CodeBlock.of("    }"));
        } else {
            lines.add(CodeBlock.of("    $L", each));
        }
        lines.add(CodeBlock.of("}"));
        return lines;
    }

    /** How the loop comment names it: {@code out (add)}, {@code counts (merge)}. */
    static String describe(CollectionReduction collection) {
        return collection.variable() + " (" + collection.accumulation().described() + ")";
    }
}
