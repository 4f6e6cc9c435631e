package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.GivenBack;
import dev.weft.processor.analyze.effects.Arity;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Where the object that a loop body writes through comes from: shared by the iterations (an outer
 * variable, a field, {@code this}, an element at an index every iteration uses), the element of an
 * outer array at this iteration's index ({@code nodes[i]}), or the iteration's own (created in it,
 * the element an enhanced {@code for} hands it). A call returns what its summary says it returns,
 * taken at the call; one Weft cannot see into may return what it is handed, and handed nothing
 * that may hold an object, is trusted to return an object of the iteration's own.
 *
 * <p>A local of the body is followed through every value it may come to hold ({@link
 * LocalSources}), and what is reached through it through everything the body stores into it: a
 * local once set to an outer array, or an array holding one ({@code int[][] rr = {b}}), is as
 * shared as that array. Where Weft cannot see every value (a lambda's parameter handed to code it
 * does not see), the origin is uncertain, which counts as shared. Objects reached through an
 * iteration's element are taken to be its own, as distinct array elements are taken to be
 * distinct objects.
 */
final class ObjectOrigins {
    enum Kind {
        /** Every iteration may reach the object. */
        SHARED,
        /** Weft cannot see every object it may be. */
        UNCERTAIN,
        /** The iteration's own, or its element of an outer array. */
        OWN
    }

    /** An element of an outer array at this iteration's index: {@code array[index]}. */
    record Element(ExpressionTree array, ExpressionTree index, TreePath path) {}

    /**
     * @param elements the elements of outer arrays at this iteration's index that the object is, or
     *     is reached from
     * @param via for a shared object, the expression every iteration reaches it by ({@code b} for
     *     a local once set to {@code b}); {@code null} otherwise
     * @param why for an uncertain one, why Weft cannot tell
     */
    record Origin(Kind kind, List<Element> elements, ExpressionTree via, String why) {
        static final Origin OWN = new Origin(Kind.OWN, List.of(), null, null);

        static Origin shared(ExpressionTree via) {
            return new Origin(Kind.SHARED, List.of(), via, null);
        }

        static Origin uncertain(String why) {
            return new Origin(Kind.UNCERTAIN, List.of(), null, why);
        }

        /** Whether the iterations may share the object. */
        boolean shared() {
            return kind != Kind.OWN;
        }

        /** What either of two objects may be: the more shared one, or both elements. */
        Origin or(Origin other) {
            if (kind != other.kind) {
                return kind.ordinal() < other.kind.ordinal() ? this : other;
            }
            if (kind != Kind.OWN || other.elements.isEmpty()) {
                return this;
            }
            List<Element> both = new ArrayList<>(elements);
            both.addAll(other.elements);
            return new Origin(Kind.OWN, both, null, null);
        }
    }

    /**
     * A local followed for its own value or for what is reached through it, or an outer array (by
     * name, {@code local} {@code null}) for what its elements hold, against looping through cycles.
     */
    private record Following(VariableTree local, boolean contents, String array) {
        Following(VariableTree local, boolean contents) {
            this(local, contents, null);
        }
    }

    private final LoopBody body;

    ObjectOrigins(LoopBody body) {
        this.body = body;
    }

    /** How the objects the body reaches through its element are linked to other elements. */
    ElementLinks links() {
        return new ElementLinks(body, this);
    }

    /**
     * Whether {@code expression}, used at {@code path}, may be the element an enhanced {@code for}
     * hands the iteration, itself or a view of it: the loop's variable, or a local of the body set to
     * what may be.
     */
    boolean mayBeTheElement(ExpressionTree expression, TreePath path) {
        return mayBeTheElement(expression, path, new HashSet<>());
    }

    private boolean mayBeTheElement(ExpressionTree expression, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = strip(expression);
        if (bare instanceof MethodInvocationTree call && JdkChanges.viewed(call) != null) {
            ExpressionTree viewed = JdkChanges.viewed(call);
            return mayBeTheElement(viewed, new TreePath(path, viewed), following);
        }
        // What a local of the body holds: box[0] of int[][] box = {row}, l.get(0) after l.add(row)
        ExpressionTree holder = bare instanceof ArrayAccessTree element ? element.getExpression()
                : bare instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
                        ? select.getExpression() : null;
        if (holder != null) {
            return mayHoldTheElement(holder, new TreePath(path, holder), following);
        }
        if (bare instanceof ConditionalExpressionTree choice) {
            return mayBeTheElement(choice.getTrueExpression(), new TreePath(path, choice.getTrueExpression()), following)
                    || mayBeTheElement(choice.getFalseExpression(), new TreePath(path, choice.getFalseExpression()), following);
        }
        if (!(bare instanceof IdentifierTree name) || body.loopVariable() == null) {
            return false;
        }
        Resolution resolution = body.scope().resolve(name, path);
        VariableTree local = resolution.declaration();
        if (local == body.loopVariable()) {
            return true;
        }
        if (!(resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) || !following.add(local)) {
            return false;
        }
        return body.locals().of(local).stream()
                .anyMatch(source -> !source.elements() && mayBeTheElement(source.expression(), source.path(), following));
    }

    /**
     * Whether what {@code holder}, a local of the body, holds may be the element: what the body
     * stores into it, what it is set to hold, and what the calls handed it are handed besides.
     */
    private boolean mayHoldTheElement(ExpressionTree holder, TreePath path, Set<VariableTree> following) {
        if (!(strip(holder) instanceof IdentifierTree name)) {
            return mayBeTheElement(holder, path, following); // a[0][0]: what a[0] holds, through a
        }
        Resolution resolution = body.scope().resolve(name, path);
        VariableTree local = resolution.declaration();
        if (!(resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) || local == body.loopVariable()
                || !following.add(local)) {
            return false;
        }
        for (LocalSources.Source source : body.locals().of(local)) {
            if (source.elements() ? mayBeTheElement(source.expression(), source.path(), following)
                    : heldElementOf(source.expression(), source.path(), following)) {
                return true;
            }
        }
        for (LocalSources.Source stored : body.locals().stored(local)) {
            if (mayBeTheElement(stored.expression(), stored.path(), following)) {
                return true;
            }
        }
        for (LocalSources.Operand operand : body.locals().operands(local)) {
            for (ExpressionTree handed : LocalSources.operandsOf(operand.call().getLeaf())) {
                if (handed != null && mayBeTheElement(handed, new TreePath(operand.call(), handed), following)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code value}, which a local is set to, holds the element: {@code {row}}, or a local that holds it. */
    private boolean heldElementOf(ExpressionTree value, TreePath path, Set<VariableTree> following) {
        ExpressionTree bare = strip(value);
        if (bare instanceof NewArrayTree created && created.getInitializers() != null) {
            return created.getInitializers().stream()
                    .anyMatch(item -> mayBeTheElement(item, new TreePath(path, item), following));
        }
        return mayHoldTheElement(bare, path, following);
    }

    /** Where the object {@code expression}, used at {@code path}, denotes comes from. */
    Origin of(ExpressionTree expression, TreePath path) {
        return of(expression, path, new HashSet<>());
    }

    private Origin of(ExpressionTree expression, TreePath path, Set<Following> following) {
        ExpressionTree bare = strip(expression);
        if (bare instanceof IdentifierTree name) {
            return name.getName().contentEquals("this") ? Origin.shared(bare) : variable(name, path, false, following);
        }
        if (bare instanceof MemberSelectTree select) {
            // Outer.this, a class's static field, or a field of an object.
            return select.getIdentifier().contentEquals("this") ? Origin.shared(bare)
                    : member(select, select.getExpression(), null, path, following);
        }
        if (bare instanceof ArrayAccessTree element) {
            return member(element, element.getExpression(), element.getIndex(), path, following);
        }
        if (bare instanceof MethodInvocationTree call) {
            ExpressionTree viewed = JdkChanges.viewed(call);
            return viewed == null ? held(call, path, following, false) : of(viewed, new TreePath(path, viewed), following);
        }
        return either(bare, path, following, this::of); // new objects, literals, and the forms that choose one
    }

    /**
     * What a call returns: for the reads of {@link JdkChanges#KEYED_READS} and
     * {@link JdkChanges#ELEMENT_READS}, an object the receiver holds, as an element of an array is
     * (this iteration's at a key that separates the iterations, else as shared as the receiver),
     * or the default {@code getOrDefault} is given; for any other call, what it {@linkplain
     * #returned returns}.
     */
    private Origin held(MethodInvocationTree call, TreePath path, Set<Following> following, boolean contents) {
        if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return returned(call, path, following, contents);
        }
        String name = select.getIdentifier().toString();
        List<? extends ExpressionTree> arguments = call.getArguments();
        if (arguments.isEmpty() && JdkChanges.ELEMENT_READS.contains(name)) {
            return member(call, select.getExpression(), null, path, following);
        }
        if (arguments.isEmpty() || !JdkChanges.KEYED_READS.contains(name)) {
            return returned(call, path, following, contents);
        }
        Origin element = member(call, select.getExpression(), arguments.get(0), path, following);
        if (name.equals("getOrDefault") && arguments.size() == 2) {
            element = element.or(of(arguments.get(1), new TreePath(path, arguments.get(1)), following));
        }
        return element;
    }

    /**
     * What a call returns, or with {@code contents} what is reached through it: for a method of the
     * compilation, what its summary says ({@link MethodSummary#held} for what is reached), each root taken
     * at the call (a static field is shared, a parameter is as shared as its argument, the
     * receiver as its object); for a method Weft cannot see into, a copy ({@code clone()},
     * {@code Arrays.copyOf}) is the iteration's own, and anything else may be, or hold, what the
     * call is handed, as a summary takes such a call: handed nothing that may hold an object, it is
     * trusted to return the iteration's own, as it is trusted to change nothing shared.
     */
    private Origin returned(MethodInvocationTree call, TreePath path, Set<Following> following, boolean contents) {
        ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                && body.expressions().writtenClass(select.getExpression()) == null ? select.getExpression() : null;
        List<? extends ExpressionTree> arguments = call.getArguments();
        Origin result = null;
        for (ExecutableElement callee : body.expressions().calledMethods(call, path)) {
            MethodSummary summary = body.method().summaries().of(callee);
            if (summary == null) {
                continue;
            }
            Origin returned = Origin.OWN;
            for (Root root : contents ? summary.held() : summary.returned()) {
                returned = returned.or(switch (root.kind()) {
                    case FRESH -> Origin.OWN;
                    case STATIC -> Origin.shared(call);
                    case UNKNOWN -> Origin.uncertain("`" + body.method().source().text(call) + "` returns an object reached "
                            + "through " + root.name() + ", which Weft cannot follow");
                    case RECEIVER -> callee.getModifiers().contains(Modifier.STATIC) ? Origin.OWN
                            : receiver == null ? Origin.shared(call) : handed(receiver, path, following);
                    case PARAMETER -> {
                        Origin handed = Origin.OWN;
                        for (int k = root.parameter(); k < Arity.lastArgument(callee, root.parameter(), arguments.size()); k++) {
                            handed = handed.or(handed(arguments.get(k), path, following));
                        }
                        yield handed;
                    }
                });
            }
            result = result == null ? returned : result.or(returned);
        }
        if (result != null) {
            return result;
        }
        if (JdkChanges.copied(call) != null || !contents && JdkChanges.createsNew(body.expressions().calledMethods(call, path))) {
            return Origin.OWN;
        }
        Origin handed = Origin.OWN;
        for (ExpressionTree argument : arguments) {
            handed = handed.or(handed(argument, path, following));
        }
        // A stream's collect() or toList() fills a new container, or one its collector supplies,
        // with what flows through the stream: what it holds comes from the stream's receiver.
        boolean collects = receiver != null && call.getMethodSelect() instanceof MemberSelectTree select
                && JdkChanges.COLLECTS.contains(select.getIdentifier().toString());
        return receiver == null || collects && !contents ? handed : handed.or(handed(receiver, path, following));
    }

    /** Whether the call handed {@code operand} may leave it holding what else it is handed, by its summary or the JDK's table. */
    boolean mayKeep(LocalSources.Operand operand) {
        Tree call = operand.call().getLeaf();
        List<ExecutableElement> callees = call instanceof MethodInvocationTree invocation
                ? body.expressions().calledMethods(invocation, operand.call()) : body.expressions().constructors((NewClassTree) call);
        return callees.isEmpty() || callees.stream().anyMatch(callee -> body.method().summaries().mayKeep(callee, operand.index()));
    }

    /**
     * What a call may leave its operand holding: everything else it is handed, unless its summary
     * or the JDK's table says it does not change that operand.
     */
    private Origin keptBy(LocalSources.Operand operand, Set<Following> following) {
        if (!mayKeep(operand)) {
            return Origin.OWN;
        }
        Tree call = operand.call().getLeaf();
        List<ExpressionTree> handed = LocalSources.operandsOf(call);
        Origin kept = Origin.OWN;
        for (int k = 0; k < handed.size(); k++) {
            if (k - 1 != operand.index() && handed.get(k) != null
                    && (k > 0 || body.expressions().writtenClass(handed.get(k)) == null)) {
                kept = kept.or(handed(handed.get(k), operand.call(), following));
            }
        }
        return kept;
    }

    /**
     * Everything a call may reach through {@code object}, which it is handed: nothing for a value
     * of a class no call can change ({@link JdkChanges#VALUES}).
     */
    private Origin handed(ExpressionTree object, TreePath call, Set<Following> following) {
        TreePath path = new TreePath(call, object);
        return body.expressions().reachesNothing(object, path) ? Origin.OWN : reach(object, path, following);
    }

    /**
     * Where the objects reached through the fields and elements of {@code expression} come from:
     * those of an object the body created are what the body stored into it.
     */
    private Origin contents(ExpressionTree expression, TreePath path, Set<Following> following) {
        ExpressionTree bare = strip(expression);
        if (bare instanceof IdentifierTree name) {
            return name.getName().contentEquals("this") ? Origin.shared(bare) : variable(name, path, true, following);
        }
        if (bare instanceof MethodInvocationTree call) {
            // What a view or a copy holds is what the original holds.
            ExpressionTree original = JdkChanges.viewed(call) != null ? JdkChanges.viewed(call) : JdkChanges.copied(call);
            if (original != null) {
                return contents(original, new TreePath(path, original), following);
            }
            Origin held = held(call, path, following, true);
            if (call.getMethodSelect() instanceof MemberSelectTree select && strip(select.getExpression()) instanceof IdentifierTree outer
                    && JdkChanges.KEYED_READS.contains(select.getIdentifier().toString())) {
                // An element of an outer list holds what the body puts into the list or its elements.
                String name = outer.getName().toString();
                for (LocalSources.Operand operand : body.locals().callsOn(name)) {
                    held = held.or(keptBy(operand, following));
                }
                for (LocalSources.Operand operand : body.locals().elementOperands(name)) {
                    held = held.or(keptBy(operand, following));
                }
            }
            return held;
        }
        if (bare instanceof ArrayAccessTree && Syntax.root(bare) instanceof IdentifierTree array) {
            // An element of an outer array holds what the body stores into elements of it.
            Origin held = of(bare, path, following);
            Following key = new Following(null, true, array.getName().toString());
            if (!following.add(key)) {
                return held; // ps[i].next = ps[0]: what it holds adds nothing more the second time
            }
            for (LocalSources.Source stored : body.locals().storedInElements(array.getName().toString())) {
                held = held.or(handed(stored.expression(), stored.path().getParentPath(), following));
            }
            for (LocalSources.Operand operand : body.locals().elementOperands(array.getName().toString())) {
                held = held.or(keptBy(operand, following));
            }
            following.remove(key);
            return held;
        }
        if (bare instanceof MemberSelectTree || bare instanceof ArrayAccessTree) {
            // What a field or an element reaches is reached through the object holding it.
            return of(bare, path, following);
        }
        if (bare instanceof NewArrayTree created) {
            Origin held = Origin.OWN;
            for (ExpressionTree initializer : created.getInitializers() == null
                    ? List.<ExpressionTree>of() : created.getInitializers()) {
                held = held.or(reach(initializer, new TreePath(path, initializer), following));
            }
            return held;
        }
        if (bare instanceof NewClassTree created) {
            if (created.getClassBody() != null) {
                return Origin.uncertain("an anonymous class's fields may hold any object");
            }
            Origin held = Origin.OWN;
            for (ExpressionTree argument : created.getArguments()) {
                held = held.or(reach(argument, new TreePath(path, argument), following));
            }
            return held; // a constructor may keep what it is handed
        }
        if (bare instanceof LambdaExpressionTree) {
            // What a call of the function gives back, as a call Weft cannot see into would.
            Origin given = Origin.OWN;
            for (TreePath value : GivenBack.ofLambda(new TreePath(path, bare))) {
                given = given.or(handed((ExpressionTree) value.getLeaf(), value.getParentPath(), following));
            }
            return given;
        }
        if (bare instanceof MemberReferenceTree reference && !reference.getName().contentEquals("new")) {
            return Origin.uncertain("`" + body.method().source().text(reference) + "` may give back any object, and Weft does "
                    + "not follow what a method reference returns");
        }
        return either(bare, path, following, this::contents);
    }

    /** Everything {@code expression} reaches, itself included. */
    private Origin reach(ExpressionTree expression, TreePath path, Set<Following> following) {
        return of(expression, path, following).or(contents(expression, path, following));
    }

    /** The forms that evaluate to one of several expressions, by {@code origin} of each; the iteration's own for any other. */
    private Origin either(ExpressionTree bare, TreePath path, Set<Following> following, Origins origin) {
        if (bare instanceof ConditionalExpressionTree conditional) {
            return origin.of(conditional.getTrueExpression(), new TreePath(path, conditional.getTrueExpression()), following)
                    .or(origin.of(conditional.getFalseExpression(),
                            new TreePath(path, conditional.getFalseExpression()), following));
        }
        if (bare instanceof SwitchExpressionTree switched) {
            Origin result = Origin.OWN;
            for (TreePath value : GivenBack.ofSwitch(new TreePath(path, switched))) {
                result = result.or(origin.of((ExpressionTree) value.getLeaf(), value, following));
            }
            return result;
        }
        if (bare instanceof AssignmentTree assignment) {
            return origin.of(assignment.getExpression(), new TreePath(path, assignment.getExpression()), following);
        }
        if (bare instanceof TypeCastTree cast) {
            return origin.of(cast.getExpression(), new TreePath(path, cast.getExpression()), following);
        }
        return Origin.OWN;
    }

    @FunctionalInterface
    private interface Origins {
        Origin of(ExpressionTree expression, TreePath path, Set<Following> following);
    }

    /**
     * The object {@code select} denotes, a field or an element of {@code holder}: an outer array's
     * element at an index that separates the iterations is this iteration's; a field or element of
     * an object of the iteration's own is what the body stored there; of any other, as shared as it.
     */
    private Origin member(ExpressionTree select, ExpressionTree holder, ExpressionTree index, TreePath path,
            Set<Following> following) {
        TreePath holderPath = new TreePath(path, holder);
        Origin object = of(holder, holderPath, following);
        if (object.kind() == Kind.SHARED && index != null && body.separating().separates(index, new TreePath(path, index))) {
            Origin element = new Origin(Kind.OWN, List.of(new Element(object.via(), index, path)), null, null);
            // the element is what the body sets it to, too: ps[i] = shared makes ps[i].x = 1 a shared write
            if (strip(holder) instanceof IdentifierTree array) {
                for (LocalSources.Source set : body.locals().setInElements(array.getName().toString())) {
                    element = element.or(of(set.expression(), set.path(), following));
                }
            }
            return element;
        }
        if (object.kind() == Kind.OWN) {
            return contents(holder, holderPath, following);
        }
        // A field of a shared object is reached by its name when the object is; otherwise through the
        // name that the object is reached by. One of an uncertain or called object stays so.
        boolean named = object.kind() == Kind.SHARED && object.via() == strip(holder);
        return named ? Origin.shared(select) : object;
    }

    private Origin variable(IdentifierTree name, TreePath path, boolean contents, Set<Following> following) {
        Resolution resolution = body.scope().resolve(name, path);
        if (resolution.declaration() != null && body.scratchObjects().contains(resolution.declaration())) {
            return contents ? Origin.uncertain("what the scratch `" + name + "` holds, which Weft does not follow")
                    : Origin.OWN; // each chunk's own, emptied by each iteration
        }
        if (!(resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop())) {
            // An outer variable, a field, or a class whose static field this is.
            return Origin.shared(name);
        }
        VariableTree local = resolution.declaration();
        if (local == body.loopVariable() && !contents) {
            return Origin.OWN; // the element an enhanced for hands this iteration
        }
        if (body.locals().unknown(local) != null) {
            return Origin.uncertain(body.locals().unknown(local));
        }
        Following key = new Following(local, contents);
        if (!following.add(key)) {
            return Origin.OWN; // a cycle adds nothing to what the local may hold
        }
        Origin origin = Origin.OWN;
        for (LocalSources.Source source : body.locals().of(local)) {
            Origin value = source.elements() || contents
                    ? member(source.expression(), source.expression(), null, source.path(), following)
                    : of(source.expression(), source.path(), following);
            origin = origin.or(value);
        }
        if (contents) {
            for (LocalSources.Source stored : body.locals().stored(local)) {
                origin = origin.or(handed(stored.expression(), stored.path().getParentPath(), following));
            }
            for (LocalSources.Operand operand : body.locals().operands(local)) {
                origin = origin.or(keptBy(operand, following));
            }
        }
        following.remove(key);
        return origin;
    }
}
