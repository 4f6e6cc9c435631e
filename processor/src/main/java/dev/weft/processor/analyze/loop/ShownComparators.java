package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.CalledName;
import dev.weft.processor.analyze.effects.JdkChanges;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Comparators whose code the body shows: a lambda written in it, or what the factories of
 * {@code Comparator} make of such lambdas ({@code comparingInt(p -> p.rank).reversed()}). A call of
 * the JDK handed one compares what it sorts, searches or keeps by that code alone, which the loop's
 * analysis reads as the body's own, and runs no method of those objects. A method reference is not
 * one: the analysis checks what it changes, not what it reads.
 */
final class ShownComparators {
    private final ExpressionTypes expressions;

    ShownComparators(ExpressionTypes expressions) {
        this.expressions = expressions;
    }

    /**
     * Whether a call that may run any of {@code callees}, of the JDK, is handed among {@code arguments}
     * a comparator whose code the body shows, where each of them takes a {@code Comparator} there.
     */
    boolean comparesByShownCode(List<? extends ExpressionTree> arguments, List<ExecutableElement> callees,
            TreePath call) {
        for (int k = 0; k < arguments.size(); k++) {
            int argument = k;
            if (!callees.isEmpty() && callees.stream().allMatch(callee -> comparatorParameter(callee, argument))
                    && shown(arguments.get(k), new TreePath(call, arguments.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code expression} is a comparator whose code the body shows: handed to the JDK, it runs that code alone. */
    boolean shown(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof LambdaExpressionTree lambda) {
            return lambda.getParameters().size() == 2;
        }
        if (!(bare instanceof MethodInvocationTree call)
                || !JdkChanges.COMPARES_BY_WHAT_IT_IS_HANDED.contains(CalledName.of(call))) {
            return false;
        }
        TreePath callPath = new TreePath(path, call);
        List<ExecutableElement> callees = expressions.calledMethods(call, callPath);
        boolean ofComparator = !callees.isEmpty() && callees.stream().allMatch(callee ->
                ((TypeElement) callee.getEnclosingElement()).getQualifiedName().contentEquals(JdkChanges.COMPARATOR));
        // comparing(f) and thenComparing(f) compare keys by their own compareTo: shown only with a comparator
        boolean keysCompared = JdkChanges.COMPARES_KEYS.contains(CalledName.of(call))
                && !callees.stream().allMatch(callee -> callee.getParameters().stream()
                        .anyMatch(parameter -> isComparator(parameter.asType())));
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                && expressions.writtenClass(select.getExpression()) == null ? select.getExpression() : null;
        return ofComparator && !keysCompared
                && (receiver == null || shown(receiver, new TreePath(callPath, receiver)))
                && call.getArguments().stream().allMatch(argument -> shownFunction(argument, new TreePath(callPath, argument)));
    }

    /** Whether {@code argument}, handed to a factory of comparators, is a key function or a comparator the body shows. */
    private boolean shownFunction(ExpressionTree argument, TreePath path) {
        return Syntax.strip(argument) instanceof LambdaExpressionTree || shown(argument, path);
    }

    private static boolean comparatorParameter(ExecutableElement callee, int argument) {
        return argument < callee.getParameters().size() && isComparator(callee.getParameters().get(argument).asType());
    }

    private static boolean isComparator(TypeMirror type) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(JdkChanges.COMPARATOR);
    }
}
