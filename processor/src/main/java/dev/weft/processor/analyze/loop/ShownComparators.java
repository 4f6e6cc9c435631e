package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.CalledName;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.analyze.effects.Summaries;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Comparators whose code Weft reads: a lambda written in the body, or an anonymous class of nothing
 * but {@code compare} methods, whose code the loop's analysis reads as the body's own; a method
 * reference, judged by what it reads and changes of the objects it is applied to where it is
 * handed on; an object of a class of the compilation, whose {@code compare} is judged as what the
 * JDK runs of it; and what the factories of {@code Comparator} make of such ({@code comparingInt(p
 * -> p.rank).reversed()}). A call of the JDK handed one compares what it sorts, searches or keeps
 * by that code alone, and runs no method of those objects.
 */
final class ShownComparators {
    private final ExpressionTypes expressions;
    private final Summaries summaries;

    ShownComparators(ExpressionTypes expressions, Summaries summaries) {
        this.expressions = expressions;
        this.summaries = summaries;
    }

    /**
     * Whether a call that may run any of {@code callees}, of the JDK, is handed among {@code arguments}
     * a comparator whose code Weft reads, where each of them takes a {@code Comparator} there.
     */
    boolean comparesByShownCode(List<? extends ExpressionTree> arguments, List<ExecutableElement> callees,
            TreePath call) {
        for (int k = 0; k < arguments.size(); k++) {
            if (takesComparator(callees, arguments, k, call) && read(arguments.get(k), new TreePath(call, arguments.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code expression} is a comparator whose code Weft reads: one the body shows, or an
     * object of a class of the compilation, whose {@code compare} is judged where it is handed.
     */
    private boolean read(ExpressionTree expression, TreePath path) {
        TypeElement type = expressions.classOf(expression, path);
        return shown(expression, path) || type != null && summaries.compiles(type);
    }

    /**
     * Whether {@code expression} is a comparator whose code the body shows, read as the body's own:
     * handed to the JDK, it runs that code alone, and needs no judging of its own.
     */
    boolean shown(ExpressionTree expression, TreePath path) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof LambdaExpressionTree lambda) {
            return lambda.getParameters().size() == 2;
        }
        if (bare instanceof MemberReferenceTree) {
            return true; // judged where it is handed on
        }
        if (bare instanceof NewClassTree creation && creation.getClassBody() != null) {
            // javac may have given the anonymous class its constructor, which can only call super()
            return isComparator(expressions.writtenClass(creation.getIdentifier()))
                    && creation.getClassBody().getMembers().stream().allMatch(member -> member instanceof MethodTree compare
                            && (compare.getName().contentEquals("compare") || compare.getName().contentEquals("<init>")));
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
                && (receiver == null || read(receiver, new TreePath(callPath, receiver)))
                && call.getArguments().stream().allMatch(argument -> shownFunction(argument, new TreePath(callPath, argument)));
    }

    /** Whether {@code argument}, handed to a factory of comparators, is a key function the body shows or a comparator Weft reads. */
    private boolean shownFunction(ExpressionTree argument, TreePath path) {
        ExpressionTree bare = Syntax.strip(argument);
        return bare instanceof LambdaExpressionTree || bare instanceof MemberReferenceTree || read(argument, path);
    }

    /**
     * Whether each of {@code callees} that may take {@code arguments} as they are takes a {@code
     * Comparator} as the argument {@code k}: {@code new PriorityQueue<>(comparator)}, not the
     * constructor that takes a collection.
     */
    boolean takesComparator(List<ExecutableElement> callees, List<? extends ExpressionTree> arguments, int k,
            TreePath call) {
        List<ExecutableElement> applicable = callees.stream().filter(callee -> callee.getParameters().size()
                == arguments.size() && IntStream.range(0, arguments.size()).allMatch(j -> expressions.accepts(
                        callee.getParameters().get(j).asType(), arguments.get(j), new TreePath(call, arguments.get(j)))))
                .toList();
        return !applicable.isEmpty() && applicable.stream()
                .allMatch(callee -> isComparator(callee.getParameters().get(k).asType()));
    }

    private static boolean isComparator(TypeMirror type) {
        return type instanceof DeclaredType declared && isComparator((TypeElement) declared.asElement());
    }

    private static boolean isComparator(TypeElement type) {
        return type != null && type.getQualifiedName().contentEquals(JdkChanges.COMPARATOR);
    }
}
