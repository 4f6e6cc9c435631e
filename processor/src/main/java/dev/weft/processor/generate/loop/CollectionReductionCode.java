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
     * Starts this chunk's partial under the variable's own name: {@code List<String> out = new
     * ArrayList<>()}, or ordered by the original's comparator, the original coming in as {@code whole}.
     */
    static CodeBlock start(CollectionReduction collection, String whole) {
        ClassName partial = collection.partialClass();
        if (collection.sorted()) {
            return CodeBlock.of("$T $L = $T.$L($L)", collection.type(), collection.variable(), SORTED_PARTIALS,
                    partial.simpleName().equals("TreeMap") ? "map" : "set", whole);
        }
        // StringBuilder and StringBuffer take no type arguments
        String diamond = partial.packageName().equals("java.lang") ? "" : "<>";
        return CodeBlock.of("$T $L = new $T$L()", collection.type(), collection.variable(), partial, diamond);
    }

    /** Adds the partials to the variable in chunk order, each chunk's in the order it took them in. */
    static List<String> fold(CollectionReduction collection, LoopNames names) {
        String target = collection.variable();
        String partials = names.partials().get(target);
        String k = names.slot();
        String partial = partials + ".get(" + k + ")";
        String entry = names.partial();
        List<String> lines = new ArrayList<>();
        lines.add("for (int " + k + " = 0; " + k + " < " + partials + ".length(); " + k + "++) {");
        switch (collection.accumulation()) {
            case COLLECT -> lines.add("    " + target + ".addAll(" + partial + ");");
            case APPEND -> lines.add("    " + target + ".append(" + partial + ");");
            case PUT -> lines.add("    " + target + ".putAll(" + partial + ");");
            case PUT_IF_ABSENT, MERGE -> {
                lines.add("    for (var " + entry + " : " + partial + ".entrySet()) {");
                lines.add("        " + entryFold(collection, entry));
                lines.add("    }");
            }
            case GROUP -> {
                // A group new to the original is the partial's own, made by the same factory: kept, not copied.
                String key = entry + ".getKey()";
                String value = entry + ".getValue()";
                lines.add("    for (var " + entry + " : " + partial + ".entrySet()) {");
                lines.add("        if (" + target + ".putIfAbsent(" + key + ", " + value + ") != null) {");
                lines.add("            " + target + ".get(" + key + ")." + (collection.groupsAppend() ? "append" : "addAll")
                        + "(" + value + ");");
                lines.add("        }");
                lines.add("    }");
            }
        }
        lines.add("}");
        return lines;
    }

    private static String entryFold(CollectionReduction collection, String entry) {
        String target = collection.variable();
        String key = entry + ".getKey()";
        String value = entry + ".getValue()";
        return switch (collection.accumulation()) {
            case PUT_IF_ABSENT -> target + ".putIfAbsent(" + key + ", " + value + ");";
            case MERGE -> target + ".merge(" + key + ", " + value + ", " + collection.function() + ");";
            default -> throw new IllegalArgumentException(collection.accumulation() + " folds whole partials");
        };
    }

    /** How the loop comment names it: {@code out (add)}, {@code counts (merge)}. */
    static String describe(CollectionReduction collection) {
        return collection.variable() + " (" + collection.accumulation().described() + ")";
    }
}
