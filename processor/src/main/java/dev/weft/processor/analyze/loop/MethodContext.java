package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.TypeName;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.effects.Summaries;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.CompanionName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Everything the analysis of one twinned method shares between its loops.
 *
 * @param receiver the twin's receiver parameter, {@code null} for a static method
 * @param names every name the method's text uses
 * @param reassigned the names the method assigns after their declaration
 * @param edits how the method's text changes on its way into the companion
 * @param summaries what the methods of the compilation change, shared by every analysis
 * @param privates the private members the method uses, which the companion reaches through handles
 */
record MethodContext(
        TreePath path,
        MethodTree tree,
        ExecutableElement element,
        TypeElement type,
        MethodSource source,
        NameResolver resolver,
        Diagnostics diagnostics,
        String receiver,
        Set<String> names,
        Set<String> reassigned,
        Edits edits,
        Summaries summaries,
        PrivateAccesses privates) {

    /** A name the method's text does not use, {@code base} or else {@code base2}, ..., which no later name takes. */
    String claim(String base) {
        String name = free(base, names);
        names.add(name);
        return name;
    }

    /** {@code base} where {@code taken} lacks it, else the first of {@code base2}, {@code base3}, ... that it lacks. */
    static String free(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** An error about {@code tree}, placed at its first character. */
    void error(DiagnosticId id, TreePath where, Tree tree, String message) {
        diagnostics.error(id, where, Syntax.leftmost(tree), message);
    }

    /** How generated code names the class, {@code Foo} or {@code Outer.Inner}: the companion shares its package. */
    static String relativeName(TypeElement type) {
        Element element = type;
        List<String> nesting = new ArrayList<>();
        while (element instanceof TypeElement enclosing) {
            nesting.add(0, enclosing.getSimpleName().toString());
            element = enclosing.getEnclosingElement();
        }
        return String.join(".", nesting);
    }

    /**
     * The type of the method's parameter {@code name} as javac resolved it, qualified so that the
     * companion can name it: the signature's own text may name classes the companion only sees
     * qualified. {@code null} when the method has no such parameter.
     */
    TypeName parameterType(CharSequence name) {
        VariableElement parameter = parameter(name);
        return parameter == null ? null : TypeName.get(parameter.asType());
    }

    /** The method's parameter {@code name}, as javac entered it; {@code null} when it has none of that name. */
    VariableElement parameter(CharSequence name) {
        for (VariableElement parameter : element.getParameters()) {
            if (parameter.getSimpleName().contentEquals(name)) {
                return parameter;
            }
        }
        return null;
    }

    /** The type {@code variable}'s declaration writes; {@code null} for {@code var} and an implicit lambda parameter. */
    Tree writtenType(VariableTree variable) {
        Tree type = variable.getType();
        // Before attribution `var` has no type tree, or, in newer javac, one without an end position.
        boolean written = type != null && source.start(type) >= 0 && source.end(type) > source.start(type);
        return written ? type : null;
    }

    /** The companion's simple name, for messages. */
    String companionName() {
        return CompanionName.simpleNameFor(List.of(relativeName(type).split("\\.")));
    }

    /** {@code foo} for {@code Foo}: the twin's receiver parameter's name before it is made fresh. */
    static String receiverBase(TypeElement type) {
        String simple = type.getSimpleName().toString();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }
}
