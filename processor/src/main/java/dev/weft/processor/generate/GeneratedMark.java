package dev.weft.processor.generate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a companion can carry {@code @javax.annotation.processing.Generated}: that annotation
 * lives in the module {@code java.compiler}, which a named module that requires only
 * {@code dev.weft} does not read, and there the annotation would not compile. Such a companion is
 * marked by its Javadoc alone, as Dagger and AutoValue leave out the annotation where it is missing.
 */
final class GeneratedMark {
    private static final String MODULE = "java.compiler";

    private GeneratedMark() {}

    /** Whether code in the module of {@code origin} can name {@code @Generated}. */
    static boolean readableFrom(Element origin, Elements elements) {
        if (elements.getTypeElement(CompanionWriter.GENERATED) == null) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(origin);
        return module == null || module.isUnnamed() || reads(module).contains(MODULE);
    }

    /**
     * The names of the modules {@code module} reads: those it requires, and through them those
     * required {@code transitive}ly, as {@code java.se} requires {@code java.compiler}.
     */
    private static Set<String> reads(ModuleElement module) {
        Set<String> read = new HashSet<>();
        Deque<ModuleElement> todo = new ArrayDeque<>();
        for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            todo.add(requires.getDependency());
        }
        while (!todo.isEmpty()) {
            ModuleElement next = todo.remove();
            if (read.add(next.getQualifiedName().toString())) {
                for (RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
                    if (requires.isTransitive()) {
                        todo.add(requires.getDependency());
                    }
                }
            }
        }
        return read;
    }
}
