package dev.weft.processor.analyze.loop;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.CalledName;
import dev.weft.processor.analyze.effects.Arity;
import dev.weft.processor.analyze.effects.Effect;
import dev.weft.processor.analyze.effects.ElementRange;
import dev.weft.processor.analyze.effects.FieldAccess;
import dev.weft.processor.analyze.effects.JdkChanges;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.effects.Root;
import dev.weft.processor.analyze.effects.Shared;
import dev.weft.processor.analyze.effects.Unseen;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The calls in a loop body, checked by what their callees change: a method of the compilation by
 * its summary, a JDK method by {@link JdkChanges}. A change of the iteration's own objects is
 * fine; a change of a static field, of {@code this}, or of an object the iterations share is an
 * error at the call, naming the chain of calls down to the write.
 */
final class CallEffects extends TreePathScanner<Void, Void> {
    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final ObjectOrigins origins;
    private final ElementLinks links;
    private final LoopScope scope;
    /** The calls already refused: one reason a call is refused is enough to fix it. */
    private final Set<Tree> refused = new HashSet<>();
    /** What the calls trust, Weft unable to see into it, and the first call that does. */
    private final Set<String> trusted = new LinkedHashSet<>();
    private TreePath firstTrusting;

    private final ElementWrites writes;
    private final ShownComparators comparators;
    /** The calls that accumulate into collection reductions: they change only the chunk's partial. */
    private final Set<Tree> accumulations;
    private final TreePath body;

    /** The body's own check of the elements of outer arrays it writes, told of those its calls change. */
    interface ElementWrites {
        /**
         * A call changes objects reached from this iteration's elements of outer arrays, which
         * {@code origin} lists: with {@code fieldsOnly}, only fields of objects, which its summary
         * tells and the checks of fields see; otherwise what they may not see, an element of an
         * array or a container's contents.
         */
        void reachedFrom(ObjectOrigins.Origin origin, Tree call, boolean fieldsOnly);

        /** A call changes what {@code object}, at {@code objectPath}, holds: an array's elements, a container's, a builder's text, fields. */
        void changesContents(ExpressionTree object, TreePath objectPath, Tree call);

        /**
         * A call changes the iteration's element, an object of class {@code element}, or an object it
         * reaches through its field {@code field} ({@code items} for {@code q.items.add(v)});
         * {@code field} is {@code null} for the element itself.
         */
        void changesElement(Tree call, TypeElement element, String field);

        /** A call reads and may write these fields: judged once the body's writes are known. */
        void accessesFields(List<CalledAccess> reads, List<CalledAccess> writes);

        /**
         * A call changes objects reached from the object at {@code operand}, which the element
         * reaches, by each of {@code ways}, which two elements may share: accepted where the twin
         * checks them, refused with {@code refusal} otherwise.
         */
        void callWritesThrough(Tree call, TreePath operand, List<List<String>> ways, String refusal);

        /**
         * A call changes only the element of {@code array} at {@code index}, or, with a {@code width},
         * the row {@code index} of that many elements, as {@code change} tells: whether that is an
         * outer array, whose elements there are now checked as the body's writes, and refused where
         * the index is not the iteration's own.
         */
        boolean changedAt(ExpressionTree array, ExpressionTree index, ExpressionTree width, String change,
                TreePath callPath, ExpressionTree call);

        /**
         * A call of the JDK changes {@code array}: whether that is an outer array the body uses as
         * scratch, which each chunk has a copy of, checked with the body's other uses of it.
         */
        boolean scratchArray(ExpressionTree array, TreePath callPath);

        /**
         * A call of the JDK sets the elements of {@code array} from {@code first} on, up to where
         * {@code limit} tells, how many ({@code count}) or where they end: whether that is an outer
         * array of which they are the iteration's own row, now checked as the body's write of it.
         */
        boolean changedRow(ExpressionTree array, ExpressionTree first, ExpressionTree limit, boolean count,
                TreePath callPath, ExpressionTree call);

        /** A call is refused: neither it nor what it is handed needs a second error of its own. */
        void refused(Tree call, List<? extends ExpressionTree> arguments);

        /**
         * A call reads, at any element, the fields its summary's {@link MethodSummary#reads} names, of
         * any object, and the arrays held statically it names ({@link MethodSummary#staticArrays}):
         * checked against the arrays the body writes.
         */
        void readBy(ExpressionTree call, TreePath callPath, MethodSummary summary);
    }

    private CallEffects(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, LoopScope scope,
            ElementWrites writes, Set<Tree> accumulations, TreePath body) {
        this.body = body;
        this.accumulations = accumulations;
        this.method = method;
        this.expressions = expressions;
        this.origins = origins;
        this.links = origins.links();
        this.scope = scope;
        this.writes = writes;
        this.comparators = new ShownComparators(expressions, method.summaries());
    }

    /**
     * Checks the calls of {@code body}, but for the {@code accumulations} into collection reductions,
     * judged where they are found; what they trust is reported by {@link #reportTrusted}.
     */
    static CallEffects check(MethodContext method, ExpressionTypes expressions, ObjectOrigins origins, LoopScope scope,
            ElementWrites writes, Set<Tree> accumulations, TreePath body) {
        CallEffects calls = new CallEffects(method, expressions, origins, scope, writes, accumulations, body);
        calls.scan(body, null);
        return calls;
    }

    /** Reports what the loop's calls trust, once, at the first call that does: for a loop refused for nothing else. */
    void reportTrusted() {
        if (firstTrusting != null) {
            method.diagnostics().unseenCalls(firstTrusting, Syntax.leftmost(firstTrusting.getLeaf()), method.element(),
                    "This @ParallelFor loop calls what Weft cannot see into, and trusts it to change nothing the "
                            + "iterations share: ", trusted);
        }
    }

    /** Notes what {@code call}, or a method it calls, trusts: one report a loop, at its first such call. */
    private void trust(Collection<String> what) {
        if (!what.isEmpty() && firstTrusting == null) {
            firstTrusting = getCurrentPath();
        }
        trusted.addAll(what);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        // javac writes the super() of an anonymous class's constructor itself: no call of the body's
        if (method.source().end(call) >= 0) {
            ExpressionTree receiver = call.getMethodSelect() instanceof MemberSelectTree select
                    && expressions.writtenClass(select.getExpression()) == null ? select.getExpression() : null;
            ExpressionTree function = receiver == null ? null : localFunction(receiver);
            List<ExecutableElement> callees = expressions.calledMethods(call, getCurrentPath());
            if (function instanceof MemberReferenceTree reference) {
                referenced(call, reference, call.getArguments());
            } else if (function == null && !accumulations.contains(call)) {
                called(call, receiver, callees);
            }
            if (function == null && (method.summaries().runsJdkCode(callees) || jdkImplemented(receiver, callees))) {
                boolean compared = comparators.comparesByShownCode(call.getArguments(), callees, getCurrentPath());
                if (receiver != null && !accumulations.contains(call)
                        && !JdkChanges.RUNS_NOTHING_HELD.contains(CalledName.of(call))) {
                    handed(call, receiver, JdkChanges.methodsRun(callees), compared);
                }
                handedArguments(call, call.getArguments(), callees, compared);
            }
        }
        return super.visitMethodInvocation(call, unused);
    }

    /**
     * Whether {@code callees}, methods of the JDK, may run as the JDK implements them on {@code
     * receiver}, though classes of the compilation override them: where it is declared with a class
     * or an interface of the JDK that is not final, as {@code List} is ({@code l.toString()} runs the
     * {@code toString} of every element of a JDK list).
     */
    private boolean jdkImplemented(ExpressionTree receiver, List<ExecutableElement> callees) {
        if (receiver == null || callees.isEmpty() || !callees.stream().allMatch(callee ->
                ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString().startsWith("java."))) {
            return false;
        }
        TypeElement declared = expressions.declaredClass(receiver, new TreePath(getCurrentPath(), receiver));
        return declared == null || declared.getQualifiedName().toString().startsWith("java.")
                && !declared.getModifiers().contains(Modifier.FINAL);
    }

    /**
     * The arguments of a call of the JDK whose methods it may run ({@link JdkChanges#runsMethodsOf}),
     * but those it takes as numbers: what it is handed there is a value, unboxed where it is a box.
     *
     * @param compared whether the call compares what it is handed by a comparator whose code Weft reads
     */
    private void handedArguments(ExpressionTree call, List<? extends ExpressionTree> arguments,
            List<ExecutableElement> callees, boolean compared) {
        for (int k = 0; k < arguments.size(); k++) {
            int argument = k;
            boolean value = !callees.isEmpty() && callees.stream().allMatch(callee -> !callee.isVarArgs()
                    && argument < callee.getParameters().size()
                    && callee.getParameters().get(argument).asType().getKind().isPrimitive());
            if (!value && JdkChanges.runsMethodsOf(callees, k)) {
                // of a comparator, what sorts and sorted containers run is its compare
                handed(call, arguments.get(k), comparators.takesComparator(callees, arguments, k, getCurrentPath())
                        ? JdkChanges.COMPARES : JdkChanges.methodsRun(callees), compared);
            }
        }
    }

    /** A string built with {@code +}: each object added to it has its {@code toString} run. */
    @Override
    public Void visitBinary(BinaryTree binary, Void unused) {
        if (binary.getKind() == Tree.Kind.PLUS
                && (stringTyped(binary.getLeftOperand()) || stringTyped(binary.getRightOperand()))) {
            handed(binary, binary.getLeftOperand(), JdkChanges.ADDED_TO_STRING, false);
            handed(binary, binary.getRightOperand(), JdkChanges.ADDED_TO_STRING, false);
        }
        return super.visitBinary(binary, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree assignment, Void unused) {
        if (assignment.getKind() == Tree.Kind.PLUS_ASSIGNMENT && stringTyped(assignment.getVariable())) {
            handed(assignment, assignment.getExpression(), JdkChanges.ADDED_TO_STRING, false);
        }
        return super.visitCompoundAssignment(assignment, unused);
    }

    /** Whether {@code expression} is a string literal or declared a {@code String}. */
    private boolean stringTyped(ExpressionTree expression) {
        TypeElement type = expressions.classOf(expression, new TreePath(getCurrentPath(), expression));
        return Syntax.strip(expression) instanceof LiteralTree literal ? literal.getValue() instanceof String
                : type != null && type.getQualifiedName().contentEquals("java.lang.String");
    }

    /**
     * An object the body hands to the JDK at {@code at}, which Weft cannot see into: what the JDK
     * may run of it, the methods {@code runs} names ({@code null} for any), is checked as a call on
     * it would be. Where the call compares what it is handed by a comparator whose code Weft reads
     * ({@code compared}), it runs nothing of what an array or a container of the JDK holds.
     */
    private void handed(ExpressionTree at, ExpressionTree operand, Set<String> runs, boolean compared) {
        ExpressionTree bare = Syntax.strip(operand);
        TreePath operandPath = new TreePath(getCurrentPath(), operand);
        TypeMirror type = expressions.of(operand, operandPath);
        if (bare instanceof LiteralTree || bare instanceof BinaryTree || bare instanceof UnaryTree
                || bare instanceof LambdaExpressionTree || bare instanceof MemberReferenceTree
                || type != null && type.getKind().isPrimitive() || compared && method.summaries().runsOnlyJdkCode(
                        type != null ? type : declaredType(operand, operandPath))
                || comparators.shown(operand, operandPath)) {
            return;
        }
        boolean called = at instanceof MethodInvocationTree || at instanceof NewClassTree;
        String via = (called ? "hands `" : "adds `") + method.source().text(operand)
                + (called ? "` to code Weft cannot see into" : "` to a string") + ", where it ";
        MethodSummary run = method.summaries().handedToJdk(expressions.classOf(operand, operandPath), runs, via, at);
        if (run == null) {
            return;
        }
        trust(run.trusted());
        writes.readBy(at, getCurrentPath(), run);
        writes.accessesFields(accesses(at, run.fieldReads(), null, List.of(), true, operand),
                accesses(at, run.fieldWrites(), null, List.of(), true, operand));
        run.effects().values().forEach(effect -> check(at, effect, null, List.of(), true, operand));
    }

    /** The type of the class a local is declared with, where the declarations Weft follows do not type it. */
    private TypeMirror declaredType(ExpressionTree operand, TreePath path) {
        TypeElement declared = expressions.declaredClass(operand, path);
        return declared == null ? null : declared.asType();
    }

    /** A call of methods Weft resolved: each checked by its summary, or by what the JDK's table says. */
    private void called(MethodInvocationTree call, ExpressionTree receiver, List<ExecutableElement> callees) {
        boolean copies = call.getArguments().isEmpty() && call.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("clone");
        if (callees.isEmpty() && !copies && !(receiver != null && ofLocalClass(receiver))) {
            trust(List.of("`" + method.source().text(call) + "`, a call Weft cannot resolve"));
        }
        JdkChanges.Fill stretch = JdkChanges.changedStretch(callees, call.getArguments().size());
        List<? extends ExpressionTree> arguments = call.getArguments();
        if (stretch != null && writes.changedRow(arguments.get(stretch.array()), arguments.get(stretch.first()),
                arguments.get(stretch.limit()), stretch.count(), getCurrentPath(), call)) {
            return;
        }
        for (ExecutableElement callee : callees) {
            if (summarised(call, callee, call.getArguments(), receiver)) {
                continue;
            }
            JdkChanges.ReceiverChange change = receiver == null ? null
                    : JdkChanges.receiverChange(callee, expressions.classOf(receiver, getCurrentPath()));
            if (change != null) {
                owned(call, receiver, change.what(method.source().text(receiver)) + " (" + change.instead() + ")", null);
                return;
            }
            int changed = JdkChanges.changedArgument(callee);
            if (changed >= 0 && changed < call.getArguments().size()) {
                ExpressionTree argument = call.getArguments().get(changed);
                if (!writes.scratchArray(argument, getCurrentPath())) {
                    owned(call, argument, "changes `" + method.source().text(argument) + "`", null);
                }
                return; // every overload of the name changes the same argument
            }
            if (receiver != null && changesOwnContainer(callee, receiver)) {
                owned(call, receiver, "changes `" + method.source().text(receiver) + "` through `" + callee.getSimpleName()
                        + "`", null);
                return;
            }
        }
    }

    /**
     * Whether {@code callee} changes {@code receiver}, a container of the JDK not made for threads
     * that the iteration owns, so far as where it comes from tells: one reached through its element
     * may be another element's too (what the iterations share, {@link SharedCollections} reports).
     */
    private boolean changesOwnContainer(ExecutableElement callee, ExpressionTree receiver) {
        TypeElement type = expressions.classOf(receiver, getCurrentPath());
        return JdkChanges.CONTAINER_CHANGES.contains(callee.getSimpleName().toString()) && type != null
                && expressions.unsynchronisedContainer(type)
                && origins.of(receiver, new TreePath(getCurrentPath(), receiver)).kind() == ObjectOrigins.Kind.OWN;
    }

    /**
     * Applies {@code callee}'s summary at {@code call}, which hands it {@code arguments} and, for an
     * instance method, {@code receiver} ({@code null} for {@code this}); whether it has one. A
     * callee with neither a summary nor a row in the JDK's table is trusted.
     */
    private boolean summarised(ExpressionTree call, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            ExpressionTree receiver) {
        TypeElement declared = receiver == null ? null
                : expressions.declaredClass(receiver, new TreePath(getCurrentPath(), receiver));
        MethodSummary summary = method.summaries().of(callee, declared);
        if (summary == null) {
            if (!method.summaries().sees(callee)) {
                trust(List.of(Unseen.name(callee)));
            }
            return false;
        }
        trust(summary.trusted());
        boolean instance = !callee.getModifiers().contains(Modifier.STATIC);
        writes.readBy(call, getCurrentPath(), summary);
        accessesFields(call, summary, callee, arguments, instance, receiver);
        summary.effects().values().forEach(effect -> check(call, effect, callee, arguments, instance, receiver));
        return true;
    }

    /**
     * Whether {@code object} is of a local class, {@code new Shift()} or a local declared {@code
     * Shift}: declared in the body, its methods are checked where they are written, as part of it;
     * declared before the loop, it is refused, as the twin cannot see it.
     */
    private boolean ofLocalClass(ExpressionTree object) {
        ExpressionTree bare = Syntax.strip(object);
        Tree type = bare instanceof NewClassTree creation ? creation.getIdentifier() : null;
        if (bare instanceof IdentifierTree name) {
            Resolution resolution = scope.resolve(name, new TreePath(getCurrentPath(), bare));
            type = resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()
                    ? method.writtenType(resolution.declaration()) : null;
        }
        String written = type == null ? null : type.toString();
        boolean[] declared = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree local, Void unused) {
                declared[0] |= local.getSimpleName().contentEquals(written == null ? "" : written);
                return super.visitClass(local, unused);
            }
        }.scan(new TreePath(method.path(), method.tree().getBody()), null);
        return declared[0];
    }

    /**
     * The lambda or method reference a local of the body holds, when it holds nothing else and the
     * body only calls it: a call of it runs the lambda, whose body is checked where it is written,
     * or the method referred to. {@code null} for any other receiver.
     */
    private ExpressionTree localFunction(ExpressionTree receiver) {
        if (!(Syntax.strip(receiver) instanceof IdentifierTree name)) {
            return null;
        }
        Resolution resolution = scope.resolve(name, new TreePath(getCurrentPath(), receiver));
        ExpressionTree initializer = resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()
                ? resolution.declaration().getInitializer() : null;
        boolean function = initializer instanceof LambdaExpressionTree || initializer instanceof MemberReferenceTree;
        return function && !scope.isReassigned(name.getName().toString())
                && onlyCalled(resolution.declaration()) ? initializer : null;
    }

    /** Whether every use of the local {@code function} in the body is a call of it: {@code f.apply(x)}. */
    private boolean onlyCalled(VariableTree function) {
        boolean[] otherwise = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                if (name.getName().equals(function.getName())
                        && scope.resolve(name, getCurrentPath()).declaration() == function) {
                    Tree parent = getCurrentPath().getParentPath().getLeaf();
                    otherwise[0] |= !(parent instanceof MemberSelectTree select && select.getExpression() == name
                            && getCurrentPath().getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree);
                }
                return null;
            }
        }.scan(body, null);
        return !otherwise[0];
    }

    /**
     * A method reference run with {@code arguments}: {@code Foo::bump} with them all, {@code
     * Foo::grow} on the first and with the rest, {@code shared::grow} on {@code shared}.
     */
    private void referenced(ExpressionTree call, MemberReferenceTree reference, List<? extends ExpressionTree> arguments) {
        ExpressionTree qualifier = reference.getQualifierExpression();
        TypeElement named = expressions.writtenClass(qualifier);
        for (ExecutableElement candidate : referencedMethods(reference, named)) {
            boolean isStatic = candidate.getModifiers().contains(Modifier.STATIC);
            if ((named == null || isStatic) && candidate.getParameters().size() == arguments.size()) {
                summarised(call, candidate, arguments, named == null ? qualifier : null);
            } else if (named != null && !isStatic && candidate.getParameters().size() == arguments.size() - 1) {
                summarised(call, candidate, arguments.subList(1, arguments.size()), arguments.get(0));
            }
        }
    }

    /**
     * A method reference handed on, to be run with objects Weft does not see: anything it changes
     * beyond the object it is bound to may be shared. One a local holds and the body only calls is
     * checked at those calls instead.
     */
    @Override
    public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
        boolean heldAndCalled = getCurrentPath().getParentPath().getLeaf() instanceof VariableTree local
                && local.getInitializer() == reference && !scope.isReassigned(local.getName().toString())
                && onlyCalled(local);
        if (!heldAndCalled && method.source().end(reference) >= 0) {
            handedOn(reference);
        }
        return super.visitMemberReference(reference, unused);
    }

    private void handedOn(MemberReferenceTree reference) {
        ExpressionTree qualifier = reference.getQualifierExpression();
        TypeElement named = expressions.writtenClass(qualifier);
        for (ExecutableElement candidate : referencedMethods(reference, named)) {
            boolean bound = named == null && !candidate.getModifiers().contains(Modifier.STATIC);
            readsOfApplied(reference, candidate, bound, qualifier);
            MethodSummary summary = method.summaries().of(candidate);
            if (summary == null) {
                if (!method.summaries().sees(candidate)) {
                    trust(List.of(Unseen.name(candidate)));
                }
                continue;
            }
            trust(summary.trusted());
            for (Effect effect : summary.effects().values()) {
                switch (effect.target().kind()) {
                    case STATIC -> refuse(reference, effect.trail() + ", a static field, which every iteration reaches");
                    case RECEIVER -> {
                        if (bound) {
                            owned(reference, qualifier, effect.trail(), effect.shared());
                        } else if (!candidate.getModifiers().contains(Modifier.STATIC)) {
                            refuse(reference, effect.trail() + ", on objects the code it is handed to chooses, which "
                                    + "Weft cannot follow and iterations may share");
                        }
                    }
                    case PARAMETER, UNKNOWN -> refuse(reference, effect.trail() + ", in objects the code it is handed "
                            + "to chooses, which Weft cannot follow and iterations may share");
                    default -> { }
                }
            }
        }
    }

    /**
     * What {@code candidate}, referenced at {@code reference} and handed on, reads of the objects it
     * is applied to, which may be any the code it is handed to chooses, other iterations' elements
     * among them: {@code pair.forEach(sb::append)} runs the {@code toString} of what the list holds.
     */
    private void readsOfApplied(MemberReferenceTree reference, ExecutableElement candidate, boolean bound,
            ExpressionTree qualifier) {
        List<TypeMirror> applied = expressions.appliedTo(getCurrentPath());
        if (applied != null && applied.stream().noneMatch(method.summaries()::mayHoldFields)) {
            return; // applied to numbers and strings alone, which hold nothing the loop writes
        }
        boolean unboundReceiver = !bound && !candidate.getModifiers().contains(Modifier.STATIC)
                && candidate.getKind() == ElementKind.METHOD;
        boolean takesObjects = unboundReceiver || IntStream.range(0, candidate.getParameters().size())
                .anyMatch(k -> !candidate.getParameters().get(k).asType().getKind().isPrimitive()
                        && JdkChanges.runsMethodsOf(List.of(candidate), k));
        MethodSummary run = method.summaries().appliedTo(candidate, bound, takesObjects,
                "is applied to objects the code it is handed to chooses, where it ", reference);
        if (run != null) {
            writes.readBy(reference, getCurrentPath(), run);
            writes.accessesFields(accesses(reference, run.fieldReads(), candidate, List.of(), bound, qualifier),
                    List.of());
        }
    }

    /** The methods a method reference may name: of the class it names, or of its bound object's class. */
    private List<ExecutableElement> referencedMethods(MemberReferenceTree reference, TypeElement named) {
        ExpressionTree qualifier = reference.getQualifierExpression();
        TypeElement owner = named != null ? named : expressions.classOf(qualifier, new TreePath(getCurrentPath(), qualifier));
        List<ExecutableElement> candidates = owner == null ? List.of()
                : ElementFilter.methodsIn(method.resolver().members(owner)).stream()
                        .filter(candidate -> candidate.getSimpleName().contentEquals(reference.getName())).toList();
        if (candidates.isEmpty()) {
            trust(List.of("`" + method.source().text(reference) + "`, a method reference Weft cannot resolve"));
        }
        return candidates;
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Void unused) {
        List<ExecutableElement> constructors = expressions.constructors(creation);
        if (expressions.writtenClass(creation.getIdentifier()) == null && creation.getClassBody() == null
                && !ofLocalClass(creation)) {
            trust(List.of("`" + method.source().text(creation) + "`, a constructor Weft cannot resolve"));
        }
        for (ExecutableElement constructor : constructors) {
            MethodSummary summary = method.summaries().of(constructor);
            if (summary == null && !method.summaries().sees(constructor)) {
                trust(List.of(Unseen.name(constructor)));
            }
            if (summary != null) {
                trust(summary.trusted());
                accessesFields(creation, summary, constructor, creation.getArguments(), false, null);
                // What the constructor changes of its receiver is the new object, the iteration's own.
                summary.effects().values().forEach(effect -> check(creation, effect, constructor,
                        creation.getArguments(), false, null));
            }
        }
        if (creation.getClassBody() == null && method.summaries().runsJdkCode(constructors)) {
            handedArguments(creation, creation.getArguments(), constructors,
                    comparators.comparesByShownCode(creation.getArguments(), constructors, getCurrentPath()));
        }
        return super.visitNewClass(creation, unused);
    }

    private void check(ExpressionTree call, Effect effect, ExecutableElement callee, List<? extends ExpressionTree> arguments,
            boolean instance, ExpressionTree receiver) {
        Root target = effect.target();
        switch (target.kind()) {
            case STATIC -> refuse(call, effect.trail() + ", a static field, which every iteration reaches");
            case UNKNOWN -> refuse(call, effect.trail() + ", an object reached through " + target.name()
                    + ", which Weft cannot follow and iterations may share");
            case RECEIVER -> {
                if (!instance) {
                    return;
                }
                if (receiver == null) {
                    refuse(call, effect.trail() + ", a field of `this`, which every iteration shares");
                } else {
                    owned(call, receiver, effect.trail(), effect.shared(), waysOfChanges(callee, target));
                }
            }
            case PARAMETER -> {
                if (effect.range() != null && changedAt(call, effect, callee, arguments)) {
                    return;
                }
                for (int k = target.parameter(); k < Arity.lastArgument(callee, target.parameter(), arguments.size()); k++) {
                    owned(call, arguments.get(k), effect.trail(), effect.shared(), waysOfChanges(callee, target));
                }
            }
            default -> { }
        }
    }

    /**
     * The ways by fields alone from {@code root} to every object {@code callee} changes beyond it,
     * by its summary; {@code null} where it changes one it reaches otherwise, or {@code callee} is
     * what the JDK runs of an object handed to it.
     */
    private List<List<String>> waysOfChanges(ExecutableElement callee, Root root) {
        MethodSummary summary = callee == null ? null : method.summaries().of(callee);
        if (summary == null || summary.opaque().contains(root)) {
            return null;
        }
        return summary.fieldWrites().keySet().stream().filter(write -> write.root().equals(root) && write.way().fromRoot())
                .map(write -> write.way().fields()).distinct().toList();
    }

    /** A change of some elements of an array argument, checked as the body's write of those elements, where it names an outer array. */
    private boolean changedAt(ExpressionTree call, Effect effect, ExecutableElement callee, List<? extends ExpressionTree> arguments) {
        ElementRange range = effect.range();
        int array = effect.target().parameter();
        if (callee.isVarArgs() || Math.max(array, Math.max(range.index(), range.width())) >= arguments.size()) {
            return false;
        }
        return writes.changedAt(arguments.get(array), arguments.get(range.index()),
                range.isRow() ? arguments.get(range.width()) : null, effect.trail(), getCurrentPath(), call);
    }

    /**
     * Refuses {@code call} unless {@code object}, which it changes, is the iteration's own, and so is
     * what the change reaches beyond it ({@code shared}: why it may not be, from the callee's summary).
     */
    private void owned(ExpressionTree call, ExpressionTree object, String change, Shared shared) {
        owned(call, object, change, shared, null);
    }

    /**
     * As {@link #owned(ExpressionTree, ExpressionTree, String, Shared)}; where {@code ways} tells by
     * which fields the change goes on from {@code object}, a change two elements may share is left
     * to the twin's check.
     */
    private void owned(ExpressionTree call, ExpressionTree object, String change, Shared shared, List<List<String>> ways) {
        ObjectOrigins.Origin origin = origins.of(object, new TreePath(getCurrentPath(), object));
        String name = "`" + method.source().text(object) + "`";
        switch (origin.kind()) {
            case OWN -> {
                TreePath objectPath = new TreePath(getCurrentPath(), object);
                ElementLinks.Behind behind = links.behind(object, objectPath);
                String reached = behind == null || behind.another() != null || behind.itself() ? null
                        : links.sharedBecause(object, objectPath);
                boolean sharedWay = shared != null && (!shared.element() || behind != null);
                // A change through fields alone from what the element reaches, the twin may check.
                boolean checkable = ways != null && behind != null && behind.another() == null
                        && !(behind.itself() && ways.stream().allMatch(List::isEmpty));
                if (behind != null && behind.another() != null) {
                    refuse(call, change + ", and " + name + " is reached through `" + method.source().text(behind.another())
                            + "`, of the class of the iteration's element: in a linked list, a tree or a graph it may be "
                            + "another iteration's element");
                } else if (reached != null && !checkable) {
                    refuse(call, change + ", and " + name + " is reached through the iteration's element, where " + reached);
                } else if (sharedWay && !checkable) {
                    // What an iteration creates, its arrays' and containers' elements included, the
                    // body's own analysis follows; what its element holds, it cannot.
                    refuse(call, change + ", where " + shared.why());
                } else {
                    if (reached != null || sharedWay) {
                        List<List<String>> changed = behind.itself() ? ways.stream().filter(way -> !way.isEmpty()).toList()
                                : ways;
                        writes.callWritesThrough(call, objectPath, changed, refusal(call, reached != null
                                ? change + ", and " + name + " is reached through the iteration's element, where " + reached
                                : change + ", where " + shared.why()));
                    }
                    writes.changesContents(object, objectPath, call);
                    if (behind != null) {
                        // Reached through a call (q.getItems()), by a field Weft cannot name: any
                        writes.changesElement(call, behind.element(), behind.itself() ? null
                                : behind.field() != null ? behind.field() : "*");
                    }
                    // Fields its summary tells, of an object that is no array: what the checks of fields see.
                    writes.reachedFrom(origin, call, ways != null && behind != null
                            && expressions.of(object, objectPath) instanceof DeclaredType);
                }
            }
            case UNCERTAIN -> refuse(call, change + ", and Weft cannot follow " + name + " (" + origin.why()
                    + "), which iterations may share");
            default -> refuse(call, change + ", and " + name + " is an object every iteration can reach"
                    + scope.alias(origin, object));
        }
    }

    /** Tells the body which fields {@code callee} reads and may write, each with the object of the body its way starts from. */
    private void accessesFields(ExpressionTree call, MethodSummary summary, ExecutableElement callee,
            List<? extends ExpressionTree> arguments, boolean instance, ExpressionTree receiver) {
        writes.accessesFields(accesses(call, summary.fieldReads(), callee, arguments, instance, receiver),
                accesses(call, summary.fieldWrites(), callee, arguments, instance, receiver));
    }

    /**
     * {@code accesses} of a callee, each with the object of the body its way starts from: the call's
     * receiver ({@code null} for {@code this}) where {@code instance}, or an argument.
     */
    private List<CalledAccess> accesses(ExpressionTree call, Map<FieldAccess, FieldAccess.Trail> accesses,
            ExecutableElement callee, List<? extends ExpressionTree> arguments, boolean instance, ExpressionTree receiver) {
        List<CalledAccess> found = new ArrayList<>();
        accesses.forEach((access, how) -> {
            Root root = access.root();
            List<ExpressionTree> objects = new ArrayList<>();
            switch (root.kind()) {
                case RECEIVER -> {
                    if (instance && receiver == null) {
                        found.add(new CalledAccess(call, getCurrentPath(), access, null,
                                "of `this`, which every iteration shares", how.text(), null));
                    } else if (instance) {
                        objects.add(receiver);
                    }
                }
                case PARAMETER -> {
                    for (int k = root.parameter(); k < Arity.lastArgument(callee, root.parameter(), arguments.size()); k++) {
                        objects.add(arguments.get(k));
                    }
                }
                default -> found.add(new CalledAccess(call, getCurrentPath(), access, null, "of an object reached through "
                        + (root.kind() == Root.Kind.STATIC ? "the static field `" + root.name() + "`"
                                : root.name() + ", which Weft cannot follow"), how.text(), null));
            }
            for (ExpressionTree object : objects) {
                String name = method.source().text(object);
                String whose = !access.way().fromRoot() ? "of an object reached through `" + name + "`"
                        : "of `" + String.join(".", Stream.concat(Stream.of(name), access.way().fields().stream()).toList()) + "`";
                found.add(new CalledAccess(call, getCurrentPath(), access, access.way().fromRoot() ? object : null, whose,
                        how.text(), object));
            }
        });
        return found;
    }

    private void refuse(Tree call, String what) {
        if (!refused.add(call)) {
            return;
        }
        writes.refused(call, call instanceof MethodInvocationTree invocation ? invocation.getArguments()
                : call instanceof NewClassTree creation ? creation.getArguments() : List.of());
        method.error(DiagnosticId.CALL_EFFECT, getCurrentPath(), call, refusal(call, what));
    }

    private String refusal(Tree call, String what) {
        return "`" + method.source().text(call) + "` " + what + ": iterations that run at the same time would race on it. "
                + "Change only what the iteration owns (its own element, an object it creates), or return the value "
                + "and set it in the loop";
    }
}
