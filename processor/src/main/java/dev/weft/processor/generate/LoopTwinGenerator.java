package dev.weft.processor.generate;

import com.palantir.javapoet.TypeSpec;
import dev.weft.processor.generate.loop.TwinMethods;
import dev.weft.processor.model.LoopTwin;
import dev.weft.processor.generate.loop.ClassNames;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes the loop twins: each method with {@code @ParallelFor} loops, its loops run in parallel. */
final class LoopTwinGenerator {
    private LoopTwinGenerator() {}

    static void addTo(TypeSpec.Builder type, List<LoopTwin> twins) {
        if (twins.isEmpty()) {
            return;
        }
        type.alwaysQualify(conflictingImports(twins).toArray(String[]::new));
        new TwinMethods(type).addAll(twins);
    }

    /**
     * The companion's source with the original's imports added: the twins carry the user's text
     * over, whose names resolve through those imports. JavaPoet has no way to add plain imports,
     * and qualifies its own types whose simple names those imports take ({@link #addTo}). Imports
     * the companion's code never names are left out: {@code ParallelFor}, above all, which the
     * twins drop with the loops' annotations.
     */
    static String withSourceImports(String companionSource, List<LoopTwin> twins) {
        Set<String> imports = new LinkedHashSet<>();
        twins.forEach(twin -> imports.addAll(twin.sourceImports()));
        String code = CodeText.of(companionSource);
        imports.removeIf(declaration -> companionSource.contains("\n" + declaration + "\n")
                || !names(code, imported(declaration)));
        if (imports.isEmpty()) {
            return companionSource;
        }
        String block = String.join("\n", imports) + "\n";
        if (!companionSource.startsWith("package ")) {
            return block + "\n" + companionSource;
        }
        int afterPackage = companionSource.indexOf('\n') + 1;
        return companionSource.substring(0, afterPackage) + "\n" + block + companionSource.substring(afterPackage);
    }

    /**
     * The simple names the original's single-type imports take, except where they import the very
     * class a twin's signature or its generated code names: JavaPoet must qualify any other class
     * of such a name.
     */
    private static Set<String> conflictingImports(List<LoopTwin> twins) {
        Set<String> signatureClasses = new HashSet<>(ClassNames.RUNTIME);
        twins.forEach(twin -> ClassNames.collect(twin, signatureClasses));
        Set<String> names = new LinkedHashSet<>();
        for (LoopTwin twin : twins) {
            for (String declaration : twin.sourceImports()) {
                String name = imported(declaration);
                if (!name.startsWith("static ") && !name.endsWith("*") && !signatureClasses.contains(name)) {
                    names.add(simpleName(name));
                }
            }
        }
        return names;
    }

    /** What an import declaration imports: {@code a.B}, {@code static a.B.c}, {@code a.*}. */
    private static String imported(String declaration) {
        return declaration.replaceFirst("^import\\s+", "").replaceFirst("\\s*;\\s*$", "");
    }

    private static String simpleName(String imported) {
        return imported.substring(imported.lastIndexOf('.') + 1);
    }

    /** Whether {@code code} uses the name an import brings in; an on-demand import may bring any. */
    private static boolean names(String code, String imported) {
        return imported.endsWith("*")
                || Pattern.compile("(?<![\\w$])" + Pattern.quote(simpleName(imported)) + "(?![\\w$])").matcher(code).find();
    }
}
