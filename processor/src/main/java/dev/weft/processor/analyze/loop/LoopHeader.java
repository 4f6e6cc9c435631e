package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.isName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.loop.CountedLoop;
import dev.weft.processor.model.loop.CountedLoop.Relation;
import dev.weft.processor.model.loop.ElementLoop;
import dev.weft.processor.model.loop.LoopShape;
import dev.weft.processor.model.loop.WrittenType;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @ParallelFor} loop's header, recognised: its variable, how its iterations are counted,
 * its body.
 *
 * @param bound the counted loop's bound, which the body must not change; the whole condition when
 *     it has an offset ({@code i + c < n}), whose offset must not change either; {@code null} for
 *     an enhanced {@code for}
 */
record LoopHeader(VariableTree variable, String variableType, LoopShape shape, StatementTree body, ExpressionTree bound) {

    private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "double", "Double",
            "float", "Float", "short", "Short", "byte", "Byte", "char", "Character", "boolean", "Boolean");

    /** The header of the loop at {@code loop}, or {@code null} after reporting why it cannot be run in parallel. */
    static LoopHeader read(TreePath loop, MethodContext method, ExpressionTypes expressions) {
        if (loop.getLeaf() instanceof ForLoopTree counted) {
            return counted(loop, counted, method, expressions);
        }
        return elements(loop, (EnhancedForLoopTree) loop.getLeaf(), method, expressions);
    }

    private static LoopHeader counted(TreePath path, ForLoopTree loop, MethodContext method,
            ExpressionTypes expressions) {
        if (loop.getInitializer().size() != 1) {
            method.error(DiagnosticId.LOOP_SHAPE, path, loop, "A @ParallelFor loop declares exactly one variable, its counter");
            return null;
        }
        VariableTree variable = (VariableTree) loop.getInitializer().get(0);
        String name = variable.getName().toString();
        if (!(variable.getType() instanceof PrimitiveTypeTree primitive)
                || primitive.getPrimitiveTypeKind() != TypeKind.INT && primitive.getPrimitiveTypeKind() != TypeKind.LONG
                || variable.getInitializer() == null) {
            method.error(DiagnosticId.LOOP_SHAPE, path, variable, "The @ParallelFor loop variable `" + name + "` must be the "
                    + "loop's only variable, an int or a long with an initial value: for (@ParallelFor int " + name
                    + " = 0; " + name + " < n; " + name + "++)");
            return null;
        }
        LoopCondition condition = loop.getCondition() == null ? null : LoopCondition.read(loop.getCondition(), name);
        if (condition == null) {
            Tree at = loop.getCondition() != null ? loop.getCondition() : loop;
            method.error(DiagnosticId.LOOP_SHAPE, path, at, "Weft cannot count the iterations of this @ParallelFor loop from its "
                    + "condition: write `" + name + " < bound`, `" + name + " <= bound`, `" + name + " > bound` or `"
                    + name + " >= bound`, or `" + name + " + c < bound` and the like, with a bound and an offset c "
                    + "the loop does not change");
            return null;
        }
        NumericKinds kinds = new NumericKinds(expressions, (written, at) -> writtenType(written, at, method));
        for (ExpressionTree part : new ExpressionTree[] {condition.bound(), condition.offset()}) {
            if (part != null && kinds.of(part, new TreePath(path, part)) == NumericKinds.Kind.FLOATING) {
                method.error(DiagnosticId.LOOP_SHAPE, path, part, "`" + method.source().text(part) + "`, in the condition "
                        + "of this @ParallelFor loop, is a floating-point number, and Weft counts the iterations in "
                        + "integers before the loop starts. Compare `" + name + "` with an integer: round the bound "
                        + "yourself, before the loop");
                return null;
            }
        }
        ExpressionStatementTree update = loop.getUpdate().size() == 1 ? loop.getUpdate().get(0) : null;
        int errors = method.diagnostics().errorCount();
        LoopStep step = LoopStep.read(update, name, path, method, expressions);
        if (step == null) {
            if (method.diagnostics().errorCount() == errors) {
                Tree at = update == null ? loop : update;
                method.error(DiagnosticId.LOOP_SHAPE, path, at, "Weft cannot analyse the update of this @ParallelFor loop: write `"
                        + name + "++`, `" + name + "--`, `" + name + " += c`, `" + name + " -= c`, `" + name + " = "
                        + name + " + c` or `" + name + " = " + name + " - c`, with c an integer constant or a value "
                        + "the loop does not change");
            }
            return null;
        }
        boolean intVariable = primitive.getPrimitiveTypeKind() == TypeKind.INT;
        if (intVariable && step.constant() > Integer.MAX_VALUE) {
            method.error(DiagnosticId.LOOP_SHAPE, path, update, "The step of `" + method.source().text(update)
                    + "` does not fit in `" + name + "`, an int: each update wraps around, so the loop does not count "
                    + "as its update reads. Declare `" + name + "` a long, or step by an int");
            return null;
        }
        Relation relation = condition.relation();
        if (relation.ascending() != step.ascending()) {
            method.error(DiagnosticId.LOOP_SHAPE, path, loop.getCondition(), "The condition `" + method.source().text(loop.getCondition())
                    + "` and the update `" + method.source().text(update) + "` of this @ParallelFor "
                    + "loop go in opposite directions: count up to an upper bound or down to a lower one");
            return null;
        }
        ExpressionTree first = variable.getInitializer();
        CountedLoop shape = new CountedLoop(
                render(first, method),
                relation,
                condition.boundText(method, intVariable),
                step.constant(),
                step.amount() == null ? null : render(step.amount(), method),
                render(update.getExpression(), method));
        ExpressionTree fixed = condition.offset() == null ? condition.bound() : loop.getCondition();
        return new LoopHeader(variable, primitive.toString(), shape, loop.getStatement(), fixed);
    }

    /** The type the declaration of {@code name}, used at {@code path}, writes; {@code var} for none. */
    private static String writtenType(IdentifierTree name, TreePath path, MethodContext method) {
        Resolution resolution = method.resolver().resolve(path, name.getName().toString(), null);
        return resolution.kind() == Resolution.Kind.FIELD ? resolution.field().asType().toString()
                : resolution.declaration() != null ? declaredType(resolution.declaration(), method) : "var";
    }

    private static String render(Tree tree, MethodContext method) {
        return method.edits().render(method.source().start(tree), method.source().end(tree));
    }

    private static LoopHeader elements(TreePath path, EnhancedForLoopTree loop, MethodContext method,
            ExpressionTypes expressions) {
        VariableTree variable = loop.getVariable();
        String variableType = declaredType(variable, method);
        ExpressionTree source = strip(loop.getExpression());
        String name = source instanceof IdentifierTree identifier ? identifier.getName().toString()
                : source instanceof MemberSelectTree select && isName(select.getExpression(), "this")
                        ? select.getIdentifier().toString() : null;
        TreePath sourcePath = new TreePath(path, loop.getExpression());
        Resolution resolution = name == null ? Resolution.OTHER : method.resolver().resolve(sourcePath, name, loop);
        if (source instanceof MemberSelectTree && resolution.kind() != Resolution.Kind.FIELD) {
            resolution = Resolution.OTHER;
        }
        String written = resolution.kind() == Resolution.Kind.LOCAL
                ? declaredType(resolution.declaration(), method) : null;
        TypeName container = switch (resolution.kind()) {
            case LOCAL -> written.equals("var") ? walked(expressions.of(loop.getExpression(), sourcePath), expressions)
                    : WrittenType.of(written);
            case PARAMETER -> method.parameterType(name);
            case FIELD -> TypeName.get(resolution.field().asType());
            case LOCAL_CLASS, OTHER -> walked(expressions.of(loop.getExpression(), sourcePath), expressions);
        };
        if (container == null) {
            method.error(DiagnosticId.UNTYPED, path, loop.getExpression(), "Weft cannot see whether `"
                    + method.source().text(loop.getExpression()) + "` is an array or a collection: javac has not "
                    + "worked out its type yet when Weft runs, and declarations do not show it. Loop over a variable, "
                    + "parameter or field declared with its type");
            return null;
        }
        boolean array = container instanceof ArrayTypeName || container.toString().endsWith("]");
        if (!array) {
            TypeName inferred = variableType.equals("var") ? expressions.inferred(variable, path) : null;
            if (inferred != null) {
                variableType = ExpressionTypes.text(inferred);
            } else if (variableType.equals("var")) {
                method.error(DiagnosticId.UNTYPED, path, variable, "Give the @ParallelFor loop variable `" + variable.getName()
                        + "` its type instead of `var`: Weft indexes the collection through a List of that type, "
                        + "and the declarations of what it walks do not show it");
                return null;
            }
            container = ParameterizedTypeName.get(ClassName.get(List.class),
                    WildcardTypeName.subtypeOf(WrittenType.of(BOXES.getOrDefault(variableType, variableType))));
        }
        String text = render(loop.getExpression(), method);
        return new LoopHeader(variable, variableType, new ElementLoop(text, array, container), loop.getStatement(), null);
    }

    /**
     * The container type of a loop over an expression of type {@code walked}: an array's own type,
     * where the companion can name it, or the class of a collection, which the twin then indexes
     * through a list; {@code null} for a type unknown.
     */
    private static TypeName walked(TypeMirror walked, ExpressionTypes expressions) {
        if (walked instanceof ArrayType array) {
            return expressions.nameable(array) ? TypeName.get(array) : null;
        }
        DeclaredType collection = ExpressionTypes.declared(walked);
        return collection == null ? null : ClassName.get((TypeElement) collection.asElement());
    }

    /**
     * A variable's type as written, with the body's rewrites applied, in a form a parameter can
     * declare: an array declared C-style ({@code int a[]}, {@code int[] a[]}) or of variable arity
     * ({@code int... a}) as {@code int[]} and {@code int[][]}; {@code var} when it has none.
     */
    static String declaredType(VariableTree variable, MethodContext method) {
        Tree type = method.writtenType(variable);
        if (type == null) {
            return "var";
        }
        // The brackets of `int a[]` follow the name, inside the type's source range; write them out.
        int dimensions = 0;
        Tree element = type;
        while (element instanceof ArrayTypeTree array) {
            dimensions++;
            element = array.getType();
        }
        return render(element, method) + "[]".repeat(dimensions);
    }
}
