package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The objects a loop body reaches through its element, followed back to the element: one of the
 * element's class, or of a class related to it, may be another iteration's element, in a linked
 * list, a tree or a graph ({@code n.next}). What the element's fields refer to otherwise is taken
 * to be its own.
 */
final class ElementLinks {
    private final LoopBody body;
    private final ObjectOrigins origins;
    /**
     * The ways found so far to each local being followed, which a value it is set to that reads it
     * again goes on from: in a second pass, {@code cur = cur.next} is {@code e.next} for
     * {@code cur = e}.
     */
    private final Map<VariableTree, List<List<TreePath>>> walked = new HashMap<>();
    /** The most ways to one local that are followed one by one. */
    private static final int MOST_WAYS = 64;
    /** The locals being followed that a value they are set to reads again, which need the second pass. */
    private final Set<VariableTree> reread = new HashSet<>();

    ElementLinks(LoopBody body, ObjectOrigins origins) {
        this.body = body;
        this.origins = origins;
    }

    /**
     * What is found behind an expression reached from the iteration's element: the element's class,
     * the last object on the way of a class related to it, which may be another iteration's
     * element ({@code n.next}; of {@code n.next.next}, the second), and the field taken from the
     * last of the two on the way ({@code value} of {@code n.next.value}); {@code null} where an
     * element or a call takes it; and whether the expression is the element itself.
     */
    record Behind(TypeElement element, ExpressionTree another, String field, boolean itself) {}

    /** What is behind {@code expression}, reached from the iteration's element; {@code null} where it is not. */
    Behind behind(ExpressionTree expression, TreePath path) {
        List<TreePath> steps = steps(expression, path);
        TypeElement element = steps == null ? null : body.expressions().classOf((ExpressionTree) steps.get(0).getLeaf(), steps.get(0));
        if (element == null) {
            return null;
        }
        int start = 0;
        for (int k = 1; k < steps.size(); k++) {
            TypeElement type = body.expressions().classOf((ExpressionTree) steps.get(k).getLeaf(), steps.get(k));
            start = type != null && body.expressions().related(type, element) ? k : start;
        }
        String field = start + 1 < steps.size() && steps.get(start + 1).getLeaf() instanceof MemberSelectTree select
                ? select.getIdentifier().toString() : null;
        return new Behind(element, start == 0 ? null : (ExpressionTree) steps.get(start).getLeaf(), field,
                steps.size() == 1);
    }

    /**
     * Why an object reached through the iteration's element by {@code expression} may be one that
     * another iteration's element reaches too: the first field on some way to it that may hold an
     * object other objects hold, an element of an array, or what a call returns; {@code null} where
     * every way goes through fields each object owns ({@link dev.weft.processor.analyze.effects.Summaries#sharedBecause}).
     */
    String sharedBecause(ExpressionTree expression, TreePath path) {
        for (List<TreePath> chain : chains(expression, path, new HashSet<>())) {
            for (TreePath step : chain.subList(1, chain.size())) {
                ExpressionTree bare = Syntax.strip((ExpressionTree) step.getLeaf());
                String text = "`" + body.method().source().text(bare) + "`";
                String why;
                if (bare instanceof MemberSelectTree select) {
                    VariableElement field = body.expressions().fieldOf(select, step);
                    why = field == null ? text + " is a field Weft cannot find"
                            : body.method().summaries().sharedBecause(field).orElse(null);
                } else if (bare instanceof MethodInvocationTree call) {
                    List<ExecutableElement> callees = body.expressions().calledMethods(call, step);
                    why = callees.isEmpty() ? text + " calls a method Weft cannot find" : callees.stream()
                            .map(callee -> body.method().summaries().returnsSharedBecause(callee))
                            .flatMap(Optional::stream).findFirst().orElse(null);
                } else {
                    why = text + " is an element of an array, which Weft cannot tell is the element's own";
                }
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    /**
     * One way an object is reached from the iteration's element, by fields selected one from the
     * other ({@code e}, {@code e.to}, {@code e.to.edge}), from the element as the body names it:
     * an enhanced {@code for}'s variable, {@code a[i]}, {@code list.get(i)}, or a local set to it
     * once ({@code Edge e = edges[i]}).
     *
     * @param array the array {@code a} or list whose element that is, {@code null} for an enhanced {@code for}
     */
    record Way(ExpressionTree array, List<ExpressionTree> steps) {}

    /**
     * Every way {@code expression} is reached from the iteration's element, where each goes by
     * fields alone, each {@code final} or one that {@code fixed} says the body leaves as it is, so
     * that evaluated before the loop they give the object the body reaches; {@code null} where some
     * way goes otherwise (an element of an array, what a call returns).
     */
    List<Way> paths(ExpressionTree expression, TreePath path, Predicate<VariableElement> fixed) {
        List<Way> found = new ArrayList<>();
        for (List<TreePath> chain : chains(expression, path, new HashSet<>())) {
            ExpressionTree element = Syntax.strip((ExpressionTree) chain.get(0).getLeaf());
            ExpressionTree array = elementsOf(element, chain.get(0));
            if (!(element instanceof IdentifierTree || array instanceof IdentifierTree) || chain.size() == 1) {
                return null;
            }
            List<ExpressionTree> steps = new ArrayList<>(List.of(element));
            for (TreePath step : chain.subList(1, chain.size())) {
                ExpressionTree taken = Syntax.strip((ExpressionTree) step.getLeaf());
                // A getter of a field is that field: b.velocity() as b.v.
                MethodInvocationTree getter = taken instanceof MethodInvocationTree call && call.getArguments().isEmpty()
                        ? call : null;
                MemberSelectTree select = taken instanceof MemberSelectTree member ? member
                        : getter != null && getter.getMethodSelect() instanceof MemberSelectTree member ? member : null;
                ExpressionTree holder = select == null ? null : Syntax.strip(select.getExpression());
                if (steps.size() == 1 && holder instanceof IdentifierTree name && setOnceTo(name, step, element)) {
                    steps.set(0, holder); // Edge e = edges[i]; e.to
                }
                VariableElement field = holder == null || holder != steps.get(steps.size() - 1) ? null
                        : getter != null ? gotField(getter, step) : body.expressions().fieldOf(select, step);
                if (field == null || !field.getModifiers().contains(Modifier.FINAL) && !fixed.test(field)) {
                    return null;
                }
                steps.add(taken);
            }
            found.add(new Way(array, steps));
        }
        return found;
    }

    /** The field every method {@code call} may run does nothing but return; {@code null} where there is none. */
    private VariableElement gotField(MethodInvocationTree call, TreePath path) {
        List<VariableElement> fields = body.expressions().calledMethods(call, path).stream()
                .map(callee -> body.method().summaries().returnedField(callee).orElse(null)).distinct().toList();
        return fields.size() == 1 ? fields.get(0) : null;
    }

    /** Whether {@code name} is a local of the body that is only ever set to {@code element}, where it is declared. */
    private boolean setOnceTo(IdentifierTree name, TreePath path, ExpressionTree element) {
        VariableTree local = bodyLocal(name, path);
        List<LocalSources.Source> sources = local == null ? List.of() : body.locals().of(local);
        return sources.size() == 1 && !sources.get(0).elements() && Syntax.strip(sources.get(0).expression()) == element
                && local.getInitializer() != null && Syntax.strip(local.getInitializer()) == element;
    }

    /**
     * The objects {@code expression} is reached through, from the iteration's element to itself,
     * each with its path, a local standing for what it is set to; {@code null} where it is not
     * reached from the element. Of several ways, the longest.
     */
    private List<TreePath> steps(ExpressionTree expression, TreePath path) {
        List<TreePath> longest = null;
        for (List<TreePath> chain : chains(expression, path, new HashSet<>())) {
            longest = longest == null || chain.size() > longest.size() ? chain : longest;
        }
        return longest;
    }

    /** Every way {@code expression} is reached from the iteration's element, as {@link #steps} tells one. */
    private List<List<TreePath>> chains(ExpressionTree expression, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = Syntax.strip(expression);
        List<List<TreePath>> found = new ArrayList<>();
        if (isElement(bare, path)) {
            found.add(List.of(path));
            return found;
        }
        if (bare instanceof IdentifierTree name) {
            VariableTree local = bodyLocal(name, path);
            if (local == null) {
                return found;
            }
            if (!following.add(local)) {
                // cur = cur.next goes on from the ways cur is set to otherwise
                reread.add(local);
                return new ArrayList<>(walked.getOrDefault(local, List.of()));
            }
            List<List<List<TreePath>>> bySource = new ArrayList<>();
            List<LocalSources.Source> sources = body.locals().of(local).stream().filter(source -> !source.elements()).toList();
            for (LocalSources.Source source : sources) {
                bySource.add(chains(source.expression(), source.path(), following));
                walked.put(local, joined(bySource));
            }
            if (reread.remove(local)) {
                // again, the values that read the local itself, from the ways found to it
                for (int k = 0; k < sources.size(); k++) {
                    if (Syntax.mentions(sources.get(k).expression(), local.getName().toString())) {
                        bySource.set(k, chains(sources.get(k).expression(), sources.get(k).path(), following));
                    }
                }
            }
            found = bounded(joined(bySource), path);
            walked.remove(local);
            reread.remove(local);
            following.remove(local);
            return found;
        }
        List<ExpressionTree> holders = new ArrayList<>();
        if (bare instanceof MemberSelectTree select && !select.getIdentifier().contentEquals("length")
                && body.expressions().writtenClass(select.getExpression()) == null) {
            holders.add(select.getExpression());
        } else if (bare instanceof ArrayAccessTree element) {
            holders.add(element.getExpression());
        } else if (bare instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
                && JdkChanges.RETURNS_RECEIVER.contains(select.getIdentifier().toString())
                && body.expressions().writtenClass(select.getExpression()) == null) {
            // A builder's chained call is its receiver by another name, no object reached through it.
            return chains(select.getExpression(), new TreePath(path, select.getExpression()), following);
        } else if (bare instanceof MethodInvocationTree call) {
            holders.addAll(returnedFrom(call, path));
        }
        for (ExpressionTree holder : holders) {
            TreePath holderPath = new TreePath(path, holder);
            for (List<TreePath> chain : chains(holder, holderPath, following)) {
                List<TreePath> longer = new ArrayList<>(chain);
                longer.add(path);
                found.add(longer);
            }
            found.addAll(held(holder, holderPath, following));
        }
        return found;
    }

    private static List<List<TreePath>> joined(List<List<List<TreePath>>> parts) {
        List<List<TreePath>> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    /**
     * {@code chains}, or where they are more than Weft follows one by one (locals walking from
     * one another, each doubling the ways), one way for each object they start from that goes
     * straight to the local at {@code local}: which counts as an object of a related class reached
     * some way Weft cannot tell, maybe another iteration's element, held in no field it owns.
     */
    private static List<List<TreePath>> bounded(List<List<TreePath>> chains, TreePath local) {
        if (chains.size() <= MOST_WAYS) {
            return chains;
        }
        List<List<TreePath>> bounded = new ArrayList<>();
        Set<Tree> starts = new HashSet<>();
        for (List<TreePath> chain : chains) {
            if (starts.add(chain.get(0).getLeaf())) {
                bounded.add(List.of(chain.get(0), local));
            }
        }
        return bounded;
    }

    /**
     * The ways to what a local of the body holds, which stand for what is taken out of it: what the
     * body stores into it, what it is created holding ({@code {e.to}}, {@code new Holder(e.to)}),
     * what a call handed it may leave in it ({@code targets.add(e.to)}), and what a local it is set
     * to holds.
     */
    private List<List<TreePath>> held(ExpressionTree holder, TreePath path, Set<VariableTree> following) {
        List<List<TreePath>> found = new ArrayList<>();
        VariableTree local = Syntax.strip(holder) instanceof IdentifierTree name ? bodyLocal(name, path) : null;
        if (local == null || !following.add(local)) {
            return found;
        }
        List<TreePath> values = new ArrayList<>();
        body.locals().stored(local).forEach(stored -> values.add(stored.path()));
        for (LocalSources.Source source : body.locals().of(local)) {
            ExpressionTree created = Syntax.strip(source.expression());
            List<? extends ExpressionTree> parts = created instanceof NewArrayTree array && array.getInitializers() != null
                    ? array.getInitializers() : created instanceof NewClassTree creation ? creation.getArguments() : List.of();
            parts.forEach(part -> values.add(new TreePath(source.path(), part)));
            if (created instanceof IdentifierTree) {
                found.addAll(held(created, source.path(), following));
            }
        }
        for (LocalSources.Operand operand : body.locals().operands(local)) {
            List<ExpressionTree> handed = LocalSources.operandsOf(operand.call().getLeaf());
            for (int k = 0; k < handed.size() && origins.mayKeep(operand); k++) {
                if (k - 1 != operand.index() && handed.get(k) != null) {
                    values.add(new TreePath(operand.call(), handed.get(k)));
                }
            }
        }
        for (TreePath value : values) {
            found.addAll(chains((ExpressionTree) value.getLeaf(), value, following));
        }
        following.remove(local);
        return found;
    }

    /** The local of the body, other than the loop's variable, that {@code name} denotes; {@code null} for any other name. */
    private VariableTree bodyLocal(IdentifierTree name, TreePath path) {
        Resolution resolution = body.scope().resolve(name, path);
        return resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()
                && resolution.declaration() != body.loopVariable() ? resolution.declaration() : null;
    }

    /**
     * What a call may return an object reached through: its receiver and arguments, but for those
     * the summaries of every method it may run say it returns nothing from, and for a copy none.
     */
    private List<ExpressionTree> returnedFrom(MethodInvocationTree call, TreePath path) {
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                && body.expressions().writtenClass(select.getExpression()) == null
                && !body.expressions().reachesNothing(select.getExpression(), new TreePath(path, select.getExpression()))
                ? select.getExpression() : null;
        List<ExpressionTree> from = new ArrayList<>();
        List<ExecutableElement> callees = body.expressions().calledMethods(call, path);
        if (JdkChanges.copied(call) != null || JdkChanges.createsNew(callees)) {
            return from;
        }
        List<MethodSummary> summaries = callees.stream().map(callee -> body.method().summaries().of(callee)).toList();
        boolean seen = !callees.isEmpty() && summaries.stream().allMatch(summary -> summary != null);
        if (receiver != null && (!seen || summaries.stream().anyMatch(summary -> summary.held().stream()
                .anyMatch(root -> root.kind() == Root.Kind.RECEIVER)))) {
            from.add(receiver);
        }
        for (int k = 0; k < call.getArguments().size(); k++) {
            int argument = k;
            if (!seen || summaries.stream().anyMatch(summary -> summary.held().stream()
                    .anyMatch(root -> root.kind() == Root.Kind.PARAMETER && root.parameter() <= argument))) {
                from.add(call.getArguments().get(k));
            }
        }
        return from;
    }

    /**
     * Whether {@code bare} is the iteration's element itself: what an enhanced {@code for} hands it,
     * {@code a[i]}, or {@code list.get(i)}.
     */
    private boolean isElement(ExpressionTree bare, TreePath path) {
        if (bare instanceof IdentifierTree name) {
            return body.scope().resolve(name, path).declaration() == body.loopVariable() && body.loopVariable() != null;
        }
        ExpressionTree holder = bare instanceof ArrayAccessTree element ? element.getExpression() : listOf(bare, path);
        ExpressionTree index = bare instanceof ArrayAccessTree element ? element.getIndex()
                : holder != null ? ((MethodInvocationTree) bare).getArguments().get(0) : null;
        return holder != null
                && origins.of(holder, new TreePath(path, holder)).kind() == ObjectOrigins.Kind.SHARED
                && body.separating().separates(index, new TreePath(path, index));
    }

    /**
     * The array or list whose element {@code element} reads, {@code a} of {@code a[i]} or
     * {@code list} of {@code list.get(i)}, without parentheses; {@code null} for anything else.
     */
    ExpressionTree elementsOf(ExpressionTree element, TreePath path) {
        ExpressionTree elements = element instanceof ArrayAccessTree access ? access.getExpression() : listOf(element, path);
        return elements == null ? null : Syntax.strip(elements);
    }

    /** The list {@code bare} is an element of, as {@code list.get(i)} reads one; {@code null} for anything else. */
    private ExpressionTree listOf(ExpressionTree bare, TreePath path) {
        return bare instanceof MethodInvocationTree call && call.getArguments().size() == 1
                && call.getMethodSelect() instanceof MemberSelectTree select && select.getIdentifier().contentEquals("get")
                && body.expressions().isList(select.getExpression(), new TreePath(path, select.getExpression()))
                ? select.getExpression() : null;
    }
}
