package dev.weft.processor.analyze.loop;

import static dev.weft.processor.analyze.loop.Syntax.asName;
import static dev.weft.processor.analyze.loop.Syntax.isName;
import static dev.weft.processor.analyze.loop.Syntax.strip;

import com.palantir.javapoet.TypeName;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.CountingLoop;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.effects.FieldAccess;
import dev.weft.processor.analyze.effects.JdkAccumulations;
import dev.weft.processor.analyze.effects.MethodSummary;
import dev.weft.processor.analyze.Writes;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.model.loop.CollectionReduction;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.ReductionOperator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Proves the iterations of one loop independent, or reports every conflict: what the body writes
 * outside itself must be an element at the loop index or a reduction, and what it reads must not be
 * written by another iteration. Reductions are inferred here.
 */
final class Dependences extends TreePathScanner<Void, Void> implements CallEffects.ElementWrites {
    /** A use of an outer variable or field: {@code x}, or {@code this.x} for a field. */
    private record Use(String name, ExpressionTree tree, TreePath path) {}



    /**
     * Two arrays or lists the method is handed, holds in locals or in fields, that Weft takes to be
     * distinct, as Fortran takes its arguments, while the loop writes one and uses the other elsewhere
     * than at the same element: the twin runs the loop as written when they are the same array.
     *
     * @param written a use of the array the loop writes, as the twin names it
     * @param other a use of the other array
     * @param cast whether they are declared with different types, so compared as objects
     * @param lists whether either is a list, which may view the other's elements without being it
     * @param steps for an array held in a field of an object ({@code a.data}), of a class
     *     ({@code TABLE}), or a row at a constant index ({@code grid[0]}), the fields and rows taken
     *     from {@code other} to reach it; empty otherwise
     * @param otherMayBeNull whether {@code other}, where steps are taken from it, may be null, as
     *     {@code this} and a class may not: the twin compares only where no object on the way is
     *     null and each row is there
     */
    record DistinctArrays(ExpressionTree written, ExpressionTree other, boolean cast, boolean lists,
            List<HeldStep> steps, boolean otherMayBeNull) {}

    /**
     * @param rows whether an array reduction adds into the rows of an array of rows, as {@link Reduction#rows()}
     * @param keptBy the comparison of an extremum kept by one, as {@link Reduction#keptBy()}
     * @param indexInto the array an index kept by comparing its elements indexes, as {@link Reduction#indexInto()}
     * @param keptWith the extremum a value is set beside, as {@link Reduction#keptWith()}
     * @param beside the variables an extremum's update sets beside it
     */
    private record Accumulator(String name, ReductionOperator operator, String type, boolean array, boolean rows,
            String keptBy, String indexInto, String keptWith, Set<String> beside) {
        Accumulator(String name, ReductionOperator operator, String type, boolean array) {
            this(name, operator, type, array, false, null, null, null, Set.of());
        }

        Reduction reduction(boolean updatedOnce) {
            return new Reduction(name, type, operator, array, rows, updatedOnce, keptBy, indexInto, keptWith);
        }
    }

    /** The types whose comparison and {@code Math.max} agree on every value. */
    private static final Set<String> INTEGRAL = Set.of("int", "long", "short", "byte", "char");
    private static final Set<String> FLOATING = Set.of("float", "double");
    /**
     * The updates {@code if (e > x) x = e} of floating-point extrema, with their comparison of the new
     * value with the old, which the partials must be folded with.
     */
    private final Map<Tree, String> keptBy = new HashMap<>();
    /** The updates {@code if (a[i] > a[at]) at = i} of indices kept by comparing elements, with the array they index. */
    private final Map<Tree, String> indexInto = new HashMap<>();
    /** The array each index kept by comparing elements indexes, as the comparison names it, by the index's variable. */
    private final Map<String, ExpressionTree> indexedArrays = new HashMap<>();
    /** The guarded updates of extrema that set values beside them, with those values' variables. */
    private final Map<Tree, Set<String>> keptBeside = new HashMap<>();
    /** The variables each update of an extremum sets beside it, by extremum, for the updates that set some. */
    private final Map<String, Map<TreePath, Set<String>>> besideByUpdate = new LinkedHashMap<>();
    private final RepeatableReads repeatable;
    private final GuardedExtremum extrema;
    private final Set<Tree> refusedBeside = new HashSet<>();

    private final MethodContext method;
    private final ExpressionTypes expressions;
    private final TreePath loopPath;
    private final LoopHeader header;
    private final LoopScope scope;
    private final SeparatingIndex separating;
    private final ObjectOrigins origins;
    private final ElementLinks links;
    private final Map<String, Accumulator> reductions = new LinkedHashMap<>();
    /** How many updates of each reduction the body has, and those an iteration may run more than once. */
    private final Map<String, Integer> updates = new HashMap<>();
    private final Set<String> repeatedUpdates = new HashSet<>();
    /** Arrays written at an index that separates iterations, with that index's text. */
    private final Map<String, String> separatedWrites = new LinkedHashMap<>();
    /**
     * Arrays written at a cursor, whose slots follow no bound of the loop's range: an element
     * before the range may be one of them.
     */
    private final Set<String> writtenAtCursor = new HashSet<>();
    /** Arrays set at an index that separates iterations other than by adding to the element, with where. */
    private final Map<String, Use> separatedSets = new LinkedHashMap<>();
    private final Set<Tree> updateTargets = new HashSet<>();
    private final List<Use> outerUses = new ArrayList<>();
    private final Set<String> writtenOuter = new HashSet<>();
    /** The outer arrays and fields the body writes elements of, by name, with what the name means. */
    private final Map<String, Resolution> writtenArrays = new LinkedHashMap<>();
    /**
     * Of those, the ones whose elements the loop sets ({@code a[i] = v}, {@code list.set(i, v)}):
     * the others it writes only through, the fields of the objects they hold, whose reads the
     * checks of fields judge.
     */
    private final Set<String> elementsSet = new HashSet<>();
    /** The fields of the iteration's element the body writes, {@code *} where a call takes the field. */
    private final Set<String> elementFields = new HashSet<>();
    /** The class of the elements whose fields the body writes. */
    private TypeElement elementClass;
    private final ReachedObjectWrites reached;
    private final Set<Tree> refusedOtherElements = new HashSet<>();
    /** The calls refused for what they change: one error a call is enough. */
    private final Set<Tree> refusedCalls = new HashSet<>();
    /** The arrays the twin checks are distinct before it runs the loop in parallel, by their names. */
    private final Map<Set<String>, DistinctArrays> distinct = new LinkedHashMap<>();
    /** The fields of objects other than {@code this} that the body names: {@code other.cells}. */
    private final List<Use> fieldSelects = new ArrayList<>();
    /** The static fields the body names through their class. */
    private final List<Use> staticSelects = new ArrayList<>();
    /** The fields the body assigns through an object, by name. */
    private final Set<String> fieldsAssigned = new HashSet<>();
    /** What the calls of the body read of fields, at any element. */
    private final List<FieldReads> fieldReads = new ArrayList<>();
    private final CalledFieldAccesses called;
    private final ArrayRoots roots;
    private final ScratchLocals scratch;
    /** How a write at the iteration's column of any row ({@code table[0][i]}) keys its index: {@code *][i}. */
    private static final String ANY_ROW = "*][";
    private final Inductions inductions;
    /** The outer locals the body advances as cursors, by name. */
    private final Map<String, Inductions.Cursor> cursors = new LinkedHashMap<>();
    private final Set<VariableTree> refusedCursors = new HashSet<>();
    /** Outer locals refused for a read of what another iteration left: refused once, and no reduction besides. */
    private final Set<VariableTree> readFromOthers = new HashSet<>();
    /** The outer locals every iteration assigns before it reads them, by name. */
    private final Map<String, VariableTree> scratchLocals = new LinkedHashMap<>();
    private final ScratchArrays scratchArrays;
    /** The outer arrays every iteration fills before it reads them, by name. */
    private final Map<String, VariableTree> filledArrays = new LinkedHashMap<>();
    private final Set<VariableTree> refusedArrays = new HashSet<>();
    private final ScratchObjects.Found scratchObjects;
    private final ElementContents elementContents;

    private record FieldReads(ExpressionTree call, TreePath path, Map<String, String> reads,
            Set<List<VariableElement>> staticArrays) {}

    private Dependences(MethodContext method, ExpressionTypes expressions, TreePath loopPath, LoopHeader header) {
        this.method = method;
        this.expressions = expressions;
        this.loopPath = loopPath;
        this.header = header;
        this.scope = new LoopScope(method, loopPath);
        this.separating = new SeparatingIndex(scope, header);
        this.scratchObjects = ScratchObjects.find(method, expressions, scope, loopPath,
                new TreePath(loopPath, header.body()));
        this.origins = new ObjectOrigins(new LoopBody(method, expressions, scope, separating, header.variable(),
                LocalSources.of(scope, expressions, new TreePath(loopPath, header.body()), header.variable()),
                scratchObjects.claimed()));
        this.links = origins.links();
        this.elementContents = new ElementContents(method, expressions, origins, loopPath);
        this.called = new CalledFieldAccesses(method, expressions, origins);
        this.reached = new ReachedObjectWrites(method, expressions, links, new TreePath(loopPath, header.body()));
        this.roots = new ArrayRoots(scope, method, expressions, loopPath);
        this.scratch = new ScratchLocals(scope, new TreePath(loopPath, header.body()));
        this.repeatable = new RepeatableReads(method, expressions, scope);
        this.extrema = new GuardedExtremum(scope, method, repeatable, scratch, new TreePath(loopPath, header.body()));
        this.inductions = new Inductions(scope, method, new TreePath(loopPath, header.body()));
        this.scratchArrays = new ScratchArrays(method, expressions, scope, loopPath, new TreePath(loopPath, header.body()),
                (index, path) -> separating.separates(index, path) || inductions.offset(index, path) != null
                        || inductions.refusedAt(index, path));
    }

    /**
     * What a body whose iterations are independent needs of its twin.
     *
     * @param reductions what the body accumulates into
     * @param collections the collections, maps and builders of the method the body only accumulates into
     * @param rowMajor the rows of the row-major indices taken to separate iterations, which the
     *     twin must check do not overflow
     * @param privates the outer locals each iteration assigns before it reads them
     * @param distinct the arrays taken to be distinct, which the twin checks
     * @param reached the objects the elements reach that the twin checks no two elements reach,
     *     each by its way from the element
     * @param indexedArrays the array each index kept by comparing elements indexes, by the index's
     *     variable, which the twin's fold names as its body does
     */
    record Independent(List<Reduction> reductions, List<CollectionReduction> collections,
            List<SeparatingIndex.Rows> rowMajor, List<Private> privates,
            List<Inductions.Cursor> cursors, List<DistinctArrays> distinct, List<ReachedObjectWrites.Checked> reached,
            Map<String, ExpressionTree> indexedArrays) {}

    /**
     * An outer local private to each iteration, with its declaration.
     *
     * @param kept whether the method reads it after the loop, so the twin must leave the last iteration's value
     * @param array whether it is an array every iteration fills before it reads it, of which each
     *     chunk gets a new one of the same length
     * @param noted for a kept local that some iterations leave unassigned, the statements that
     *     assign it, beside each of which the chunk notes that it did; empty otherwise
     * @param created for a builder or container each iteration empties first, how each chunk makes
     *     its own, as the method writes it ({@code new StringBuilder()}); {@code null} otherwise
     */
    record Private(String name, VariableTree declaration, boolean kept, boolean array, List<TreePath> noted,
            String created) {}

    /** What the twin needs, or {@code null} after reporting why the loop's iterations depend on each other. */
    static Independent check(MethodContext method, ExpressionTypes expressions, TreePath loopPath,
            LoopHeader header) {
        int errors = method.diagnostics().errorCount();
        Dependences dependences = new Dependences(method, expressions, loopPath, header);
        dependences.scan(new TreePath(loopPath, header.body()), null);
        new Jumps(method, loopPath).scan(new TreePath(loopPath, header.body()), null);
        CollectionReductions.Found collections = CollectionReductions.find(method, expressions, dependences.scope,
                new TreePath(loopPath, header.body()), dependences.scratchObjects.claimed());
        SharedCollections.check(method, expressions, dependences.origins, dependences.scope, dependences.separating,
                collections.handled(), new TreePath(loopPath, header.body()));
        CallEffects calls = CallEffects.check(method, expressions, dependences.origins, dependences.scope, dependences,
                collections.handled(),
                new TreePath(loopPath, header.body()));
        dependences.checkUses();
        dependences.checkBound();
        List<Private> privates = dependences.privates();
        if (method.diagnostics().errorCount() == errors) {
            calls.reportTrusted(); // an error, when -Aweft.unseenCalls=error
        }
        if (method.diagnostics().errorCount() != errors) {
            return null;
        }
        List<Reduction> result = new ArrayList<>();
        for (Accumulator r : dependences.reductions.values()) {
            boolean updatedOnce = dependences.updates.get(r.name()) == 1
                    && !dependences.repeatedUpdates.contains(r.name());
            result.add(r.reduction(updatedOnce));
        }
        return new Independent(result, collections.reductions(), dependences.separating.rowMajor(), privates,
                List.copyOf(dependences.cursors.values()), List.copyOf(dependences.distinct.values()),
                List.copyOf(dependences.reached.checked()), Map.copyOf(dependences.indexedArrays));
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
        GuardedExtremum.Match extremum = extrema.besideOf(tree, getCurrentPath());
        if (extremum != null) {
            keepBeside(tree, extremum);
            return super.visitAssignment(tree, unused);
        }
        ReductionOperator operator = extremum(tree);
        operator = operator != null ? operator : guardedExtremum(tree);
        write(tree.getVariable(), operator != null ? operator : spelledOut(tree), tree);
        return super.visitAssignment(tree, unused);
    }

    /** {@code x = x + e} and the like: a compound assignment written out, with {@code x} marked as its own use. */
    private ReductionOperator spelledOut(AssignmentTree tree) {
        IdentifierTree target = asName(tree.getVariable());
        if (target == null || !(strip(tree.getExpression()) instanceof BinaryTree binary)) {
            return null;
        }
        ReductionOperator operator = operatorOf(binary.getKind());
        // x = x + a + b adds a, then b, as x += a; x += b would
        ExpressionTree left = binary;
        while (left instanceof BinaryTree step && operator != null && operatorOf(step.getKind()) == operator) {
            left = strip(step.getLeftOperand());
        }
        IdentifierTree self = asName(left);
        if (self != null && self.getName().equals(target.getName()) && operator != null) {
            updateTargets.add(self);
            return operator;
        }
        IdentifierTree last = asName(binary.getRightOperand());
        if (last != null && last.getName().equals(target.getName()) && binary.getKind() == Tree.Kind.PLUS
                && Set.of("String", "java.lang.String").contains(declaredType(target))) {
            updateTargets.add(last);
            return ReductionOperator.PREPEND; // s = e + s
        }
        // x = e + x, for numbers and booleans, whose +, *, &, | and ^ do not depend on the order
        if (last != null && last.getName().equals(target.getName()) && COMMUTATIVE.contains(binary.getKind())
                && numericOrBoolean(target)) {
            updateTargets.add(last);
            return operator;
        }
        IdentifierTree first = asName(binary.getLeftOperand());
        boolean shortCircuit = binary.getKind() == Tree.Kind.CONDITIONAL_OR || binary.getKind() == Tree.Kind.CONDITIONAL_AND;
        if (shortCircuit && first != null && first.getName().equals(target.getName())) {
            String logical = binary.getKind() == Tree.Kind.CONDITIONAL_OR ? "||" : "&&";
            error(DiagnosticId.REDUCTION, tree, "`" + target + "` is accumulated with `" + logical + "`, which skips `"
                    + method.source().text(binary.getRightOperand()) + "` once `" + target + "` is "
                    + (logical.equals("||") ? "true" : "false") + ": each chunk of iterations starts afresh and would "
                    + "evaluate it where the loop does not, and a call, an index or a division there may fail where "
                    + "the loop's never runs. Write `" + target + (logical.equals("||") ? " |= " : " &= ")
                    + method.source().text(binary.getRightOperand()) + "` where it may always be evaluated, or keep "
                    + "this loop sequential");
            updateTargets.add(first); // refused here, not again for the read
            return logical.equals("||") ? ReductionOperator.OR : ReductionOperator.AND;
        }
        return null;
    }

    /** Whether the outer variable {@code name} is of a primitive number type or {@code boolean}, or a box of one. */
    private boolean numericOrBoolean(IdentifierTree name) {
        String type = declaredType(name);
        return type != null && (INTEGRAL.contains(type) || FLOATING.contains(type) || type.equals("boolean"));
    }

    /** The type the variable {@code name} is declared with, as written; {@code null} where it is not a variable. */
    private String declaredType(IdentifierTree name) {
        VariableTree declaration = scope.resolve(name, new TreePath(getCurrentPath(), name)).declaration();
        return declaration == null ? null : typeOf(declaration);
    }

    @Override
    public Void visitAnnotation(AnnotationTree tree, Void unused) {
        return null; // `name = value` there sets an annotation's attribute, no variable
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        write(tree.getVariable(), operatorOf(tree.getKind()), tree);
        return super.visitCompoundAssignment(tree, unused);
    }

    /** The operators whose operands may be swapped, over numbers and booleans. */
    private static final Set<Tree.Kind> COMMUTATIVE = EnumSet.of(Tree.Kind.PLUS, Tree.Kind.MULTIPLY, Tree.Kind.AND,
            Tree.Kind.OR, Tree.Kind.XOR);

    /** The reduction an operator accumulates with, written as {@code x op= e} or {@code x = x op e}. */
    private static ReductionOperator operatorOf(Tree.Kind kind) {
        return switch (kind) {
            case PLUS, MINUS, PLUS_ASSIGNMENT, MINUS_ASSIGNMENT -> ReductionOperator.SUM;
            case MULTIPLY, MULTIPLY_ASSIGNMENT -> ReductionOperator.PRODUCT;
            case AND, AND_ASSIGNMENT -> ReductionOperator.AND;
            case OR, OR_ASSIGNMENT -> ReductionOperator.OR;
            case XOR, XOR_ASSIGNMENT -> ReductionOperator.XOR;
            default -> null;
        };
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
        if (Writes.isStep(tree.getKind())) {
            write(tree.getExpression(), ReductionOperator.SUM, tree);
        }
        return super.visitUnary(tree, unused);
    }

    /**
     * {@code list.set(i, v)} on a list of the method's at an index that separates the iterations
     * writes that element as {@code a[i] = v} would: no iteration may read another's.
     */
    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (tree.getMethodSelect() instanceof MemberSelectTree select && select.getIdentifier().contentEquals("set")
                && tree.getArguments().size() == 2) {
            ExpressionTree list = strip(select.getExpression());
            TreePath listPath = new TreePath(new TreePath(getCurrentPath(), select), list);
            String name = outerName(list, listPath);
            ExpressionTree index = tree.getArguments().get(0);
            boolean scratchList = list instanceof IdentifierTree local
                    && scratchObject(scope.resolve(local, listPath).declaration());
            if (name != null && !scratchList && !accumulatedInto(list, listPath)
                    && separating.separates(index, new TreePath(getCurrentPath(), index))
                    && expressions.isList(list, listPath)) {
                updateTargets.add(list);
                setsElements(name, resolutionOf(list, listPath));
                separatedWrite(name, index, new TreePath(getCurrentPath(), index), tree);
            }
        }
        return super.visitMethodInvocation(tree, unused);
    }


    /**
     * Whether {@code list} is a local declared before the loop that the body accumulates into
     * ({@code results.add(x)}): a collection reduction, whose other uses are judged with it.
     */
    private boolean accumulatedInto(ExpressionTree list, TreePath listPath) {
        if (!(list instanceof IdentifierTree name) || scope.resolve(name, listPath).kind() != Resolution.Kind.LOCAL) {
            return false;
        }
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                found[0] |= call.getMethodSelect() instanceof MemberSelectTree select
                        && JdkAccumulations.CALLS.contains(select.getIdentifier().toString())
                        && isName(select.getExpression(), name.getName().toString());
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(header.body(), null);
        return found[0];
    }

    /** The name of an outer variable or a field of {@code this} that {@code expression} is; {@code null} for anything else. */
    private String outerName(ExpressionTree expression, TreePath path) {
        if (expression instanceof IdentifierTree identifier) {
            Resolution resolution = scope.resolve(identifier, path);
            return resolution.isOuterVariable() || resolution.kind() == Resolution.Kind.FIELD
                    ? identifier.getName().toString() : null;
        }
        return expression instanceof MemberSelectTree select && isName(select.getExpression(), "this")
                ? select.getIdentifier().toString() : null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        Resolution resolution = scope.resolve(tree, getCurrentPath());
        if (resolution.isOuterVariable() || resolution.kind() == Resolution.Kind.FIELD) {
            outerUses.add(new Use(tree.getName().toString(), tree, getCurrentPath()));
        }
        return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (expressions.writtenClass(tree) != null && !(getCurrentPath().getParentPath().getLeaf()
                instanceof MethodInvocationTree call && call.getMethodSelect() == tree)) {
            return null; // a class's name (java.util.List), no field nor a package's
        }
        String name = tree.getIdentifier().toString();
        if (isName(tree.getExpression(), "this") && method.resolver().ownerOfMember(name, ElementKind.FIELD) != null) {
            outerUses.add(new Use(name, tree, getCurrentPath()));
        } else if (!isName(tree.getExpression(), "this") && !(getCurrentPath().getParentPath().getLeaf()
                        instanceof MethodInvocationTree call && call.getMethodSelect() == tree)
                && expressions.writtenClass(tree.getExpression()) == null) {
            fieldSelects.add(new Use(name, tree, getCurrentPath()));
        } else if (!(getCurrentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == tree) && expressions.writtenClass(tree.getExpression()) != null
                && expressions.writtenClass(tree) == null) {
            staticSelects.add(new Use(name, tree, getCurrentPath())); // Config.TABLE
        }
        return super.visitMemberSelect(tree, unused);
    }

    /**
     * {@code x = Math.max(x, e)} or {@code Math.min}, qualified or statically imported: the operator,
     * with {@code x} marked as the update's own use.
     */
    private ReductionOperator extremum(AssignmentTree tree) {
        IdentifierTree target = asName(tree.getVariable());
        if (target == null || !(strip(tree.getExpression()) instanceof MethodInvocationTree call)
                || call.getArguments().size() != 2) {
            return null;
        }
        String name = repeatable.mathMethod(call.getMethodSelect(), getCurrentPath());
        ReductionOperator operator = "max".equals(name) ? ReductionOperator.MAX
                : "min".equals(name) ? ReductionOperator.MIN : null;
        for (ExpressionTree argument : call.getArguments()) {
            IdentifierTree self = asName(argument);
            if (operator != null && self != null && self.getName().equals(target.getName())) {
                updateTargets.add(self);
                return operator;
            }
        }
        return null;
    }

    /**
     * {@code if (e > x) x = e;} and the other comparisons of {@code e} with {@code x}, alone in the
     * {@code if} and with {@code e} only reading: {@code x = Math.max(x, e)} or {@code Math.min}
     * written out, with both uses of {@code x} marked as the update's own. For floating-point
     * {@code x}, where the comparison keeps the first (or, with {@code >=}, the last) of values equal
     * to it such as {@code -0.0} and {@code 0.0}, and never a {@code NaN}, as {@code Math.max} does
     * not, the partials are folded with the comparison itself, in order, which keeps the same.
     */
    private ReductionOperator guardedExtremum(AssignmentTree tree) {
        GuardedExtremum.Update update = extrema.of(tree, getCurrentPath());
        if (update != null && update.alsoRuns() != null && update.repeatable() && update.withElse() == null) {
            String variable = update.match().variable().toString();
            TreePath also = update.alsoRuns();
            error(DiagnosticId.REDUCTION, also, also.getLeaf(), "`" + variable + "` is kept by the comparison of an `if` "
                    + "that also runs this statement when it keeps a new value: each chunk of iterations keeps an "
                    + "extremum of its own, so the statement would run wherever a chunk's extremum changes, not only "
                    + "where the loop's does, and see the chunk's. Do what it does after the loop, from the extremum "
                    + "and the values kept beside it, or keep this loop sequential");
            updateTargets.addAll(update.match().reads()); // refused once, not again for the read
            return update.match().operator();
        }
        if (update != null && update.accepted() == null) {
            String variable = update.match().variable().toString();
            error(DiagnosticId.REDUCTION, tree, !update.repeatable()
                    ? "`" + variable + "` is kept by comparing `" + method.source().text(tree.getExpression()) + "`, which "
                            + "may give another value when computed again (it calls what is not a getter, a read of a "
                            + "list or a map, a function of Math or a method that changes nothing and calls nothing "
                            + "that varies, or it creates or assigns): the twin keeps each chunk's "
                            + "extremum as the loop does only where the value compared is the value kept. Compute it "
                            + "into a local of the body first, and compare and keep that local"
                    : "`" + variable + "` is kept by the comparison of an `if` with an `else` ("
                            + method.source().location(update.withElse().getElseStatement()) + "), and whether the `else` "
                            + "runs depends on `" + variable + "` as the loop has kept it so far, which each chunk of "
                            + "iterations sees only its own part of. Drop the `else` where that gives the same result (a "
                            + "minimum and a maximum both started from the first element), or keep this loop sequential");
            updateTargets.addAll(update.match().reads()); // refused once, not again for the read
            return update.match().operator();
        }
        GuardedExtremum.Match match = update == null ? null : update.accepted();
        VariableTree declared = match == null ? null : scope.resolve(match.reads().get(0), getCurrentPath()).declaration();
        String type = declared == null ? null : typeOf(declared);
        if (type == null || !INTEGRAL.contains(type) && !FLOATING.contains(type)) {
            return null;
        }
        updateTargets.addAll(match.reads());
        if (update.keptWhenTrue() && (FLOATING.contains(type) || match.indexInto() != null)) {
            error(DiagnosticId.REDUCTION, tree, "`" + match.variable() + "` is kept on the true side of `"
                    + method.source().text(tree.getExpression()) + "`, which takes the other value wherever the "
                    + "comparison fails, a NaN included, where the comparison the other way round would not: the twin "
                    + "folds the chunks' extrema by a comparison, which keeps such a form exact for an integral "
                    + "extremum only. Write it the other way round, `" + match.variable() + " = e >= " + match.variable()
                    + " ? e : " + match.variable() + "`, or keep this loop sequential");
            return match.operator();
        }
        GuardedExtremum.Refusal refusal = extrema.refusal(match, getCurrentPath());
        if (refusal != null && refusedBeside.add(refusal.at().getLeaf())) {
            error(DiagnosticId.REDUCTION, refusal.at(), refusal.at().getLeaf(), refusal.message());
        }
        if (!match.beside().isEmpty()) {
            keptBeside.put(tree, match.besideNames());
        }
        if (match.indexInto() != null) {
            Resolution array = scope.resolve(match.indexInto(), getCurrentPath());
            if (!array.isOuterVariable() && array.kind() != Resolution.Kind.FIELD) {
                error(DiagnosticId.REDUCTION, tree, "`" + match.variable() + "` indexes the element of `" + match.indexInto()
                        + "` that this @ParallelFor loop keeps, and `" + match.indexInto() + "` is "
                        + (array.kind() == Resolution.Kind.LOCAL ? "declared in the loop body" : "no variable or field Weft knows")
                        + ": the twin compares each chunk's element after the loop, where it names only the method's "
                        + "variables and fields. Compare the elements of an array held in a local declared before the "
                        + "loop, or keep this loop sequential");
            }
            indexInto.put(tree, match.indexInto().getName().toString());
            indexedArrays.putIfAbsent(match.variable().toString(), match.indexInto());
        }
        if (FLOATING.contains(type) || !match.beside().isEmpty() || match.indexInto() != null) {
            keptBy.put(tree, match.keptBy());
        }
        return match.operator();
    }

    /**
     * A value set beside an extremum where its comparison keeps a new one: a reduction folded with
     * that extremum's. What may refuse it, {@link GuardedExtremum#refusal}, is reported at the extremum's update.
     */
    private void keepBeside(AssignmentTree tree, GuardedExtremum.Match extremum) {
        IdentifierTree name = asName(tree.getVariable());
        Resolution resolution = scope.resolve(name, new TreePath(getCurrentPath(), name));
        writtenOuter.add(name.getName().toString());
        updateTargets.add(name);
        String type = typeOf(resolution.declaration());
        if (type.contains("<")) {
            error(DiagnosticId.REDUCTION, tree, "`" + name + "` is set beside `" + extremum.variable() + "`, and Weft keeps each chunk's "
                    + "value of it in an array to fold with `" + extremum.variable() + "`, but `" + type + "` is a generic type, "
                    + "of which Java makes no arrays. Declare `" + name + "` with a type without type arguments, or keep "
                    + "this loop sequential");
            return;
        }
        accumulate(new Accumulator(name.getName().toString(), extremum.operator(), type, false, false,
                extremum.keptBy(), null, extremum.variable().toString(), Set.of()), tree);
    }

    /** What an extremum's update compares, for messages: the elements of an array it indexes, or its own value. */
    private static String comparedHow(Accumulator accumulator) {
        return accumulator.indexInto() == null ? "by comparing its own value"
                : "by comparing the elements of `" + accumulator.indexInto() + "` it indexes";
    }

    /** How an extremum is kept, for messages: by {@code Math.max} or by a comparison. */
    private static String keptHow(Accumulator accumulator) {
        return accumulator.keptBy() == null ? "by " + accumulator.operator().told()
                : "by a comparison (`new " + accumulator.keptBy() + " old`)";
    }

    private void write(ExpressionTree target, ReductionOperator operator, Tree update) {
        TreePath targetPath = new TreePath(getCurrentPath(), target);
        ExpressionTree bare = strip(target);
        if (bare instanceof IdentifierTree name) {
            writeName(name, targetPath, operator, update);
        } else if (bare instanceof ArrayAccessTree element) {
            writeElement(element, targetPath, operator, update);
        } else if (bare instanceof MemberSelectTree field) {
            writeField(field, targetPath, update);
        }
    }

    /**
     * A field of an object the iterations share is a race; a field of this iteration's element of
     * an outer array ({@code nodes[i].value}, or through {@code Node n = nodes[i]}) is written as the
     * element would be, and another iteration's element must not be read.
     */
    private void writeField(MemberSelectTree field, TreePath path, Tree update) {
        fieldsAssigned.add(field.getIdentifier().toString());
        ExpressionTree object = field.getExpression();
        ObjectOrigins.Origin origin = origins.of(object, new TreePath(path, object));
        String written = method.source().text(field);
        if (origin.kind() == ObjectOrigins.Kind.UNCERTAIN) {
            refuseUncertain(origin, written, Syntax.root(object), update);
        } else if (origin.shared()) {
            error(DiagnosticId.SHARED_WRITE, update, "This @ParallelFor loop writes the field `" + written + "`, which every iteration can reach"
                    + scope.alias(origin, object) + ": iterations running at the same time would race on it. Collect the "
                    + "value in a local variable declared before the loop (a reduction such as `+=`) and assign the "
                    + "field after the loop");
        } else if (!otherElement(object, new TreePath(path, object), field.getIdentifier().toString(), update)) {
            // Where Weft cannot tell the object is its element (b = c ? a[i] : new B()), the checks of
            // fields have no field of the element to judge reads by: the element counts as written whole.
            writeElementOf(origin, update, links.behind(object, new TreePath(path, object)) != null);
        }
    }

    /**
     * Refuses a write through {@code object} where it is reached through another object of the
     * iteration's element's class, which may be another iteration's element; notes the field of
     * the element written otherwise. Whether it refused.
     */
    private boolean otherElement(ExpressionTree object, TreePath path, String field, Tree update) {
        ElementLinks.Behind behind = links.behind(object, path);
        if (behind == null) {
            return false;
        }
        if (behind.another() == null && !behind.itself()) {
            reached.wrote(object, path, update, field); // judged once every write and call is known
            if (field != null) {
                called.bodyWrote(object, path, field);
            }
        }
        if (behind.another() == null) {
            String written = behind.field() != null ? behind.field() : field;
            if (written != null || !behind.itself()) {
                elementFields.add(written != null ? written : "*");
                elementClass = behind.element();
            }
            return false;
        }
        refusedOtherElements.add(Syntax.strip(object));
        error(DiagnosticId.SHARED_WRITE, update, "This @ParallelFor loop writes through `" + method.source().text(behind.another())
                + "`, " + article(behind.element()) + " reached through the iteration's element: in a linked list, a "
                + "tree or a graph it may be another iteration's element, which that iteration writes too. Write only "
                + "the iteration's own element, or keep this loop sequential");
        return true;
    }

    private static String article(TypeElement type) {
        String name = type.getSimpleName().toString();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** Refuses a write through a local whose every value Weft cannot see, saying why. */
    private void refuseUncertain(ObjectOrigins.Origin origin, String written, ExpressionTree through, Tree update) {
        error(DiagnosticId.UNKNOWN_OBJECT, update, "This @ParallelFor loop writes `" + written + "` through `" + method.source().text(through)
                + "`, and Weft cannot tell which object that is: " + origin.why() + ". Iterations running at the same "
                + "time may race on it. Write through a local that the iteration sets to an object of its own (one it "
                + "creates, or its element `a[i]`)");
    }

    private void writeName(IdentifierTree name, TreePath path, ReductionOperator operator, Tree update) {
        String variable = name.getName().toString();
        Resolution resolution = scope.resolve(name, path);
        if (resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) {
            if (resolution.declaration() == header.variable()) {
                error(DiagnosticId.LOOP_SHAPE, update, "The @ParallelFor loop variable `" + variable + "` is assigned in the loop body: the "
                        + "parallel loop hands out the iterations itself. Use another variable");
            }
        } else if (resolution.kind() == Resolution.Kind.FIELD) {
            error(DiagnosticId.SHARED_WRITE, update, "This @ParallelFor loop writes the field `" + variable + "`: iterations running at the same "
                    + "time would race on it. Collect the value in a local variable declared before the loop (a "
                    + "reduction such as `+=`) and assign the field after the loop");
        } else if (scratchObject(resolution.declaration())) {
            return; // ScratchObjects refuses the assignment
        } else if (resolution.isOuterVariable()) {
            writtenOuter.add(variable);
            ScratchLocals.Use use = scratch.of(resolution.declaration());
            if (use.scratch()) {
                scratchLocals.putIfAbsent(variable, resolution.declaration());
                return;
            }
            Inductions.Cursor cursor = inductions.of(resolution.declaration());
            if (cursor != null && cursor.induction()) {
                cursors.putIfAbsent(variable, cursor);
                return;
            }
            if (cursor != null) {
                if (refusedCursors.add(resolution.declaration())) {
                    error(DiagnosticId.SHARED_WRITE, cursor.refused(), "`" + variable + "` is advanced by constants in this "
                            + "@ParallelFor loop, as a cursor, but " + cursor.why() + ": where each iteration finds `"
                            + variable + "` would depend on the iterations before it. Advance it by the same constant in "
                            + "every iteration, outside any condition, or compute the index from the loop variable");
                }
                return;
            }
            if (operator == null) {
                updateTargets.add(name); // refused here, not again as a reduction's read
                if (!readFromOthers.add(resolution.declaration())) {
                    return;
                }
                TreePath read = use.readFirst();
                error(DiagnosticId.SHARED_WRITE, read, read.getLeaf(), "`" + variable + "` is declared outside this "
                        + "@ParallelFor loop and assigned in it, and here the iteration reads it before assigning it on "
                        + "some path: it would read what another iteration left there, which depends on which ran "
                        + "last. Assign `" + variable + "` before every read in the body (a scratch variable, private "
                        + "to each iteration), declare it inside the loop body, or only accumulate into it (+=, *=, "
                        + "&=, |=, ^=, ++, --, " + variable + " = Math.max(" + variable + ", ...))");
                return;
            }
            updateTargets.add(name);
            accumulate(new Accumulator(variable, operator, typeOf(resolution.declaration()), false, false, keptBy.get(update),
                    indexInto.get(update), null, keptBeside.getOrDefault(update, Set.of())), update);
        }
    }

    private void writeElement(ArrayAccessTree element, TreePath path, ReductionOperator operator, Tree update) {
        ArrayAccessTree first = element;
        int dimensions = 1;
        while (strip(first.getExpression()) instanceof ArrayAccessTree outer) {
            first = outer;
            dimensions++;
        }
        ExpressionTree array = strip(first.getExpression());
        ArrayName named = arrayName(array, path);
        if (named == null) {
            // The array written: the row itself for rows()[0][0], which a new outer array may share with another.
            ObjectOrigins.Origin origin = origins.of(element.getExpression(), new TreePath(path, element.getExpression()));
            if (!origin.shared()) {
                if (!otherElement(element.getExpression(), new TreePath(path, element.getExpression()), null, update)) {
                    writeThroughElement(element.getExpression(), path, origin, update);
                }
            } else if (origin.kind() == ObjectOrigins.Kind.UNCERTAIN) {
                refuseUncertain(origin, method.source().text(element), Syntax.root(array), update);
            } else if (origin.kind() == ObjectOrigins.Kind.SHARED && !scope.alias(origin, array).isEmpty()) {
                refuseShared(origin, element, Syntax.root(array), update);
            } else {
                cannotTellWhichArray(first.getExpression(), update);
            }
            return;
        }
        String name = named.name();
        Resolution resolution = named.resolution();
        if (resolution.kind() == Resolution.Kind.LOCAL && resolution.insideLoop()) {
            writeThroughLocal((IdentifierTree) array, element, path, update);
            return;
        }
        if (resolution.kind() == Resolution.Kind.OTHER
                || dimensions == 1 && filledArray(name, resolution, array)) {
            return;
        }
        updateTargets.add(array);
        setsElements(name, resolution);
        Inductions.At cursor = inductions.offset(first.getIndex(), path);
        if (cursor != null) {
            writeAtCursor(name, first, cursor, update);
            return;
        }
        if (inductions.refusedAt(first.getIndex(), path)) {
            return; // the cursor's own error says why
        }
        if (separating.separates(first.getIndex(), path)) {
            if (dimensions > 1 && rowSetToShared(element, first, path, update)) {
                return;
            }
            if (operator != ReductionOperator.SUM) {
                separatedSets.putIfAbsent(name, new Use(name, element, getCurrentPath()));
            }
            separatedWrite(name, first.getIndex(), path, update);
            return;
        }
        ArrayAccessTree cell = dimensions < 2 ? null : cellOf(element, first);
        if (cell != null && separating.separates(cell.getIndex(), path)) {
            // table[c][i]: whichever row, the iteration's own column
            if (operator != ReductionOperator.SUM) {
                separatedSets.putIfAbsent(name, new Use(name, element, getCurrentPath()));
            }
            separatedWrite(name, ANY_ROW + separating.key(cell.getIndex(), path), update);
            return;
        }
        if (operator == ReductionOperator.SUM && dimensions == 1 && resolution.isOuterVariable()) {
            String type = typeOf(resolution.declaration());
            accumulate(new Accumulator(name, operator, type.endsWith("[]") ? type.substring(0, type.length() - 2) : "var",
                    true), update);
            return;
        }
        String rowsType = dimensions == 2 && resolution.isOuterVariable() ? typeOf(resolution.declaration()) : "";
        if (operator == ReductionOperator.SUM && rowsType.endsWith("[][]")
                && ArrayRoots.primitiveRow(rowsType.substring(0, rowsType.length() - "[]".length()))) {
            // sums[c][d] += x: partials of every row
            accumulate(new Accumulator(name, operator, rowsType.substring(0, rowsType.length() - "[][]".length()), true,
                    true, null, null, null, Set.of()), update);
            return;
        }
        if (operator == ReductionOperator.SUM && dimensions > 1 && resolution.isOuterVariable()) {
            error(DiagnosticId.OVERLAPPING_WRITE, update, "This @ParallelFor loop adds into `" + method.source().text(element)
                    + "`, in a row of `" + name + "` that does not separate the iterations: several iterations may add "
                    + "into the same element, and Weft splits additions into partials only for an array of numbers or "
                    + "an array of rows of numbers, declared with its type, of which this is neither. Add into such an "
                    + "array (`" + name + "[row * width + column] += ...`), or keep this loop sequential");
            return;
        }
        String local = localAssignedInTheBody(first.getIndex(), path);
        error(DiagnosticId.OVERLAPPING_WRITE, update, "This @ParallelFor loop writes `" + method.source().text(element) + "` at an index that does not "
                + "separate the iterations: several iterations may write the same element. "
                + (local == null ? "" : "Weft follows `" + local + "` only to a plain assignment (`" + local + " = ...;`) "
                        + "earlier in the block of this write, with nothing after it that assigns `" + local
                        + "` or a name it reads, or as a cursor of an inner loop: set to `" + header.variable().getName()
                        + " * w + a` just before a loop that counts up by one from `a`, and advanced once a pass by a "
                        + "statement `" + local + "++;` of that loop's block after every use, with no `break` or "
                        + "`continue` in it. ")
                + "Write `" + name + "[" + header.variable().getName() + "]` at the loop index, or accumulate into it (`"
                + name + "[k] += ...`, `" + name + "[k]++`) as an array reduction");
    }

    /**
     * Whether the iteration's own row {@code first} of an outer array, which {@code element} is
     * written in, may be an array every iteration reaches, as the body sets it ({@code out[i] =
     * shared; out[i][0] = v}): refused, as writing through {@code shared} would be.
     */
    private boolean rowSetToShared(ArrayAccessTree element, ArrayAccessTree first, TreePath path, Tree update) {
        TreePath firstPath = path;
        for (ExpressionTree level = element; level != first; level = strip(((ArrayAccessTree) level).getExpression())) {
            firstPath = new TreePath(firstPath, ((ArrayAccessTree) level).getExpression());
        }
        ObjectOrigins.Origin row = origins.of(first, firstPath);
        if (row.kind() == ObjectOrigins.Kind.UNCERTAIN) {
            refuseUncertain(row, method.source().text(element), first, update);
        } else if (row.shared()) {
            refuseShared(row, element, first, update);
        }
        return row.shared();
    }

    /**
     * A local other than the loop variable that {@code index} reads and the body assigns, but not as
     * an inner loop's counter; {@code null} if none.
     */
    private String localAssignedInTheBody(ExpressionTree index, TreePath path) {
        String[] found = {null};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree name, Void unused) {
                String local = name.getName().toString();
                if (found[0] == null && scope.resolve(name, path).kind() == Resolution.Kind.LOCAL
                        && !name.getName().equals(header.variable().getName()) && CountingLoop.assigns(header.body(), local)
                        && !CountingLoop.setsCounter(header.body(), local)) {
                    found[0] = local;
                }
                return null;
            }
        }.scan(index, null);
        return found[0];
    }

    /**
     * Whether the outer local {@code name} is an array the body fills at indices that do not keep
     * the iterations apart: private to each chunk where every iteration fills what it reads, and
     * refused, once, saying where it may not be.
     */
    private boolean filledArray(String name, Resolution resolution, ExpressionTree array) {
        ScratchArrays.Use use = resolution.kind() != Resolution.Kind.LOCAL || resolution.insideLoop() ? null
                : scratchArrays.of(resolution.declaration());
        if (use == null) {
            return false;
        }
        updateTargets.add(array);
        if (use.scratch()) {
            filledArrays.putIfAbsent(name, resolution.declaration());
        } else if (refusedArrays.add(resolution.declaration())) {
            error(DiagnosticId.SHARED_WRITE, use.refused(), use.refused().getLeaf(), use.why());
        }
        return true;
    }

    /**
     * A write at a cursor's value, {@code offset} past where the iteration found it: the iteration's
     * own slot while the offset stays below what the iteration adds to the cursor.
     */
    private void writeAtCursor(String name, ArrayAccessTree element, Inductions.At at, Tree update) {
        Inductions.Cursor cursor = at.cursor();
        long offset = at.offset();
        String variable = cursor.declaration().getName().toString();
        if (offset < 0 || offset >= cursor.step()) {
            error(DiagnosticId.OVERLAPPING_WRITE, update, "This @ParallelFor loop writes `" + method.source().text(element)
                    + "`, " + offset + " past where the iteration finds `" + variable + "`, which advances by "
                    + cursor.step() + " an iteration: the element may be another iteration's. Write only at `"
                    + variable + "` to `" + variable + " + " + (cursor.step() - 1) + "`");
            return;
        }
        writtenAtCursor.add(name);
        separatedWrite(name, variable + " (a cursor advanced by " + cursor.step() + " an iteration)", update);
    }

    /** The access that indexes the row {@code row} of a chain {@code a[x][y]...}: {@code a[x][y]} for {@code a[x]}. */
    private static ArrayAccessTree cellOf(ArrayAccessTree element, ArrayAccessTree row) {
        ArrayAccessTree cell = element;
        while (strip(cell.getExpression()) != row && strip(cell.getExpression()) instanceof ArrayAccessTree inner) {
            cell = inner;
        }
        return strip(cell.getExpression()) == row ? cell : null;
    }

    /** An array as the body names it: a variable, or {@code this.field}. */
    private record ArrayName(String name, Resolution resolution) {}

    /** The name {@code array}, used at {@code path}, is and what it means; {@code null} for any other expression. */
    private ArrayName arrayName(ExpressionTree array, TreePath path) {
        if (array instanceof IdentifierTree identifier) {
            return new ArrayName(identifier.getName().toString(), scope.resolve(identifier, path));
        }
        if (array instanceof MemberSelectTree select && isName(select.getExpression(), "this")) {
            return new ArrayName(select.getIdentifier().toString(), resolutionOf(select, path));
        }
        return null;
    }

    @Override
    public void readBy(ExpressionTree call, TreePath callPath, MethodSummary summary) {
        if (!summary.reads().isEmpty() || !summary.staticArrays().isEmpty()) {
            fieldReads.add(new FieldReads(call, callPath, summary.reads(), summary.staticArrays().keySet()));
        }
    }

    @Override
    public boolean scratchArray(ExpressionTree array, TreePath callPath) {
        return strip(array) instanceof IdentifierTree name && filledArray(name.getName().toString(),
                scope.resolve(name, new TreePath(callPath, name)), name);
    }

    @Override
    public void refused(Tree call, List<? extends ExpressionTree> arguments) {
        refusedCalls.add(call);
        arguments.forEach(argument -> updateTargets.add(strip(argument)));
    }

    @Override
    public void changesContents(ExpressionTree object, TreePath objectPath, Tree call) {
        elementContents.changes(object, objectPath, call);
    }

    @Override
    public void changesElement(Tree call, TypeElement element, String field) {
        if (field != null) {
            elementFields.add(field); // what the field holds changes, for whoever reads it of another element
        }
        reached.changedBy(call);
        called.changesElement(call);
        if (elementClass == null) {
            elementClass = element;
        }
    }

    @Override
    public void accessesFields(List<CalledAccess> reads, List<CalledAccess> writes) {
        called.accessed(reads, writes);
    }

    @Override
    public void callWritesThrough(Tree call, TreePath operand, List<List<String>> ways, String refusal) {
        reached.wroteByCall(call, operand, ways, refusal);
    }

    @Override
    public void reachedFrom(ObjectOrigins.Origin origin, Tree call, boolean fieldsOnly) {
        writeElementOf(origin, call, fieldsOnly);
    }

    @Override
    public boolean changedAt(ExpressionTree array, ExpressionTree index, ExpressionTree width, String change,
            TreePath callPath, ExpressionTree call) {
        ArrayName named = outerArrayChanged(array, callPath);
        if (named == null) {
            return false;
        }
        TreePath indexPath = new TreePath(callPath, index);
        setsElements(named.name(), named.resolution());
        if (width == null ? !separating.separates(index, indexPath) : !separating.separatesRows(index, width, indexPath)) {
            String elements = width == null ? "the element of `" + named.name() + "` at `" + method.source().text(index)
                    : "the row `" + method.source().text(index) + "` of `" + method.source().text(width)
                            + "` elements of `" + named.name();
            error(DiagnosticId.CALL_EFFECT, callPath, call, "`" + method.source().text(call) + "` " + change
                    + ": " + elements + "`, which may be another iteration's: several iterations may write the same "
                    + "element. Pass the loop variable `" + header.variable().getName() + "` as the "
                    + (width == null ? "index" : "row, and a width that is the same in every iteration"));
            return true;
        }
        writtenByCall(named, width == null ? scope.normalized(index) : rowKey(index, width), callPath, call);
        return true;
    }

    /** Notes that a call writes the outer array {@code named} at what {@code key} stands for, which separates the iterations. */
    private void writtenByCall(ArrayName named, String key, TreePath callPath, ExpressionTree call) {
        setsElements(named.name(), named.resolution());
        separatedSets.putIfAbsent(named.name(), new Use(named.name(), call, callPath));
        separatedWrite(named.name(), key, call);
    }

    /**
     * The outer array that a call of the body changes, as {@code array} names it, now a target of
     * the body's updates; {@code null} for an array of the body's own or one Weft cannot name.
     */
    private ArrayName outerArrayChanged(ExpressionTree array, TreePath callPath) {
        ArrayName named = arrayName(strip(array), new TreePath(callPath, array));
        if (named == null || named.resolution().kind() == Resolution.Kind.OTHER
                || named.resolution().kind() == Resolution.Kind.LOCAL && named.resolution().insideLoop()) {
            return null;
        }
        updateTargets.add(strip(array));
        return named;
    }

    /** How a write of the row {@code row} of {@code width} elements is compared with the loop's other writes of the array. */
    private String rowKey(ExpressionTree row, ExpressionTree width) {
        return scope.normalized(row) + " * " + scope.normalized(width) + " + (0.." + scope.normalized(width) + "-1)";
    }

    @Override
    public boolean changedRow(ExpressionTree array, ExpressionTree first, ExpressionTree limit, boolean count,
            TreePath callPath, ExpressionTree call) {
        ArrayName named = outerArrayChanged(array, callPath);
        if (named == null) {
            return false;
        }
        SeparatingIndex.OwnRow row = separating.ownRow(first, limit, count, new TreePath(callPath, first));
        if (row == null) {
            if (!scratchArray(array, callPath)) {
                String i = header.variable().getName().toString();
                error(DiagnosticId.CALL_EFFECT, callPath, call, "`" + method.source().text(call) + "` changes `"
                        + named.name() + "` from `" + method.source().text(first) + "` on, " + (count ? "`"
                        + method.source().text(limit) + "` elements" : "up to `" + method.source().text(limit) + "`")
                        + ", which may be another iteration's: several iterations may write the same element. Change "
                        + "the iteration's own row, from `" + i + " * w` on, `w` elements (or up to `(" + i
                        + " + 1) * w`), with `w` the same in every iteration");
            }
            return true;
        }
        writtenByCall(named, rowKey(row.row(), row.width()), callPath, call);
        return true;
    }

    /**
     * An array the iteration declares may hold anything: one it creates is its own, its row of an
     * outer array ({@code int[] row = grid[i]}) is written as that element would be, and an array
     * every iteration can reach ({@code int[] alias = out}) is a race.
     */
    private void writeThroughLocal(IdentifierTree local, ArrayAccessTree element, TreePath path, Tree update) {
        // The array written: the local itself for r[0], what it holds for rr[0][0].
        ExpressionTree array = element.getExpression();
        ObjectOrigins.Origin origin = origins.of(array, new TreePath(path, array));
        if (origin.kind() == ObjectOrigins.Kind.UNCERTAIN) {
            refuseUncertain(origin, method.source().text(element), local, update);
        } else if (origin.shared()) {
            refuseShared(origin, element, local, update);
        } else if (!otherElement(array, new TreePath(path, array), null, update)) {
            writeThroughElement(array, path, origin, update);
        }
    }

    private void refuseShared(ObjectOrigins.Origin origin, ArrayAccessTree element, ExpressionTree through, Tree update) {
        error(DiagnosticId.SHARED_WRITE, update, "This @ParallelFor loop writes `" + method.source().text(element) + "` through `"
                + method.source().text(through) + "`, which refers to an array that every iteration can reach"
                + scope.alias(origin, through) + ": iterations running at the same time would race on it. Write through the "
                + "array's own name, at the loop index or as a reduction");
    }

    /** Whether {@code declaration} is of a builder or container each iteration empties first, which {@link ScratchObjects} judges. */
    private boolean scratchObject(VariableTree declaration) {
        return declaration != null && scratchObjects.claimed().contains(declaration);
    }

    /**
     * Notes a write of an element of what {@code array}, at {@code path}, is: an array that is, or
     * that an element of an outer array holds, which {@code origin} lists, and which may be what
     * an enhanced {@code for} hands the iteration.
     */
    private void writeThroughElement(ExpressionTree array, TreePath path, ObjectOrigins.Origin origin, Tree update) {
        elementContents.changes(array, new TreePath(path, array), update);
        writeElementOf(origin, update, false);
    }

    /** Notes that the loop sets elements of the outer array or list {@code name} themselves, not only fields of the objects they hold. */
    private void setsElements(String name, Resolution resolution) {
        writtenArrays.putIfAbsent(name, resolution);
        elementsSet.add(name);
    }

    /**
     * Notes the writes of the outer arrays whose elements {@code origin} lists, at their indices:
     * with {@code fieldsOnly}, of a field of the objects they hold ({@code b.vx = v}), whose reads
     * of other elements the checks of fields judge; otherwise of what those checks may not see, an
     * element of an array an element is or holds.
     */
    private void writeElementOf(ObjectOrigins.Origin origin, Tree update, boolean fieldsOnly) {
        for (ObjectOrigins.Element element : origin.elements()) {
            ExpressionTree array = strip(element.array());
            String name = array instanceof IdentifierTree identifier ? identifier.getName().toString()
                    : array instanceof MemberSelectTree select && isName(select.getExpression(), "this")
                            ? select.getIdentifier().toString() : null;
            if (name != null) {
                Resolution resolution = resolutionOf(array, new TreePath(element.path(), array));
                if (fieldsOnly) {
                    writtenArrays.putIfAbsent(name, resolution);
                } else {
                    setsElements(name, resolution);
                }
                separatedWrite(name, element.index(), element.path(), update);
            } else {
                cannotTellWhichArray(array, update);
            }
        }
    }

    /** An outer local's type as the companion writes it: as declared, or for {@code var} as inferred; {@code var} when neither. */
    private String typeOf(VariableTree declaration) {
        String written = LoopHeader.declaredType(declaration, method);
        TypeName inferred = written.equals("var") ? expressions.inferred(declaration, getCurrentPath()) : null;
        return inferred != null ? ExpressionTypes.text(inferred) : written;
    }

    private void cannotTellWhichArray(ExpressionTree array, Tree update) {
        error(DiagnosticId.UNKNOWN_OBJECT, update, "Weft cannot tell which array `" + method.source().text(array) + "` is, so it cannot prove "
                + "that the iterations write different elements. Assign the array to a local variable before the "
                + "loop and write through that");
    }

    /** Notes that the iterations write {@code array} at {@code index}, which separates them; one index an array. */
    private void separatedWrite(String array, ExpressionTree index, TreePath path, Tree update) {
        separatedWrite(array, separating.key(index, path), update);
    }

    private void separatedWrite(String array, String normalized, Tree update) {
        String earlier = separatedWrites.putIfAbsent(array, normalized);
        if (earlier != null && !earlier.equals(normalized)) {
            error(DiagnosticId.OVERLAPPING_WRITE, update, "This @ParallelFor loop writes `" + array + "` at two indices, [" + earlier + "] and ["
                    + normalized + "]: an iteration may only write the element at its own index");
        }
    }

    private void accumulate(Accumulator accumulator, Tree update) {
        String name = accumulator.name();
        if (accumulator.type().equals("var")) {
            error(DiagnosticId.UNTYPED, update, "The reduction variable `" + name + "` is declared with `var` and an initializer whose type "
                    + "declarations do not show: Weft runs before javac works out its type, and needs it for the partial "
                    + "results. Declare `" + name + "` with its type");
            return;
        }
        if (!valueDropped()) {
            error(DiagnosticId.REDUCTION, update, "This @ParallelFor loop uses the value of `" + method.source().text(update) + "`, and `" + name
                    + "` is a reduction (" + accumulator.operator().told() + ") of it: each chunk of iterations "
                    + "accumulates into a partial of its own, starting from " + (accumulator.reduction(false).startsFromValueBefore()
                            ? "the value before the loop" : "nothing") + ", so the value used would be wrong in every "
                    + "chunk but the first. Compute the value from the loop index instead, or keep this loop "
                    + "sequential");
            return;
        }
        if (!narrowingAllowed(accumulator, update)) {
            return;
        }
        updates.merge(name, 1, Integer::sum);
        if (repeatable()) {
            repeatedUpdates.add(name);
        }
        if (accumulator.keptWith() == null) {
            besideByUpdate.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(getCurrentPath(), accumulator.beside());
        }
        Accumulator earlier = reductions.putIfAbsent(name, accumulator);
        if (earlier != null && (earlier.keptWith() != null || accumulator.keptWith() != null)) {
            return; // a value set beside an extremum and used otherwise: GuardedExtremum.refusal says so
        }
        if (earlier != null && !Objects.equals(earlier.indexInto(), accumulator.indexInto())) {
            error(DiagnosticId.REDUCTION, update, "`" + name + "` is kept " + comparedHow(accumulator) + " here and "
                    + comparedHow(earlier) + " elsewhere in this @ParallelFor loop: the twin folds the chunks' values by "
                    + "one comparison. Keep it one way, or use two variables");
            return;
        }
        if (earlier != null && earlier.operator() == accumulator.operator() && FLOATING.contains(accumulator.type())
                && !Objects.equals(earlier.keptBy(), accumulator.keptBy())) {
            error(DiagnosticId.REDUCTION, update, "`" + name + "` is kept " + keptHow(accumulator) + " here and "
                    + keptHow(earlier) + " elsewhere in this @ParallelFor loop: for floating-point values these keep "
                    + "different ones of equal values (-0.0 and 0.0) and of NaN, and a reduction folds its partials one "
                    + "way. Keep it one way");
        }
        if (earlier != null && earlier.operator() != accumulator.operator()) {
            error(DiagnosticId.REDUCTION, update, "`" + name + "` is accumulated with " + earlier.operator().told() + " and with "
                    + accumulator.operator().told() + " in this @ParallelFor loop: a reduction combines its partial "
                    + "results with one operator. Use one operator or two variables");
        }
    }


    /**
     * Whether the value of the update being visited is dropped: it is a statement of its own, or
     * the body of a lambda whose method returns nothing.
     */
    private boolean valueDropped() {
        TreePath parent = getCurrentPath().getParentPath();
        return parent.getLeaf() instanceof ExpressionStatementTree
                || parent.getLeaf() instanceof LambdaExpressionTree && expressions.returnsNothing(parent);
    }

    /**
     * Whether {@code update} accumulates into an integer without narrowing a floating-point value:
     * {@code t *= 1.5} into an int rounds at every step, so that no grouping of the iterations
     * gives the loop's result. Reports it otherwise.
     */
    private boolean narrowingAllowed(Accumulator accumulator, Tree update) {
        if (!(update instanceof CompoundAssignmentTree compound)
                || NumericKinds.ofTypeName(accumulator.type()) != NumericKinds.Kind.INTEGER) {
            return true;
        }
        NumericKinds.Kind added = new NumericKinds(expressions, this::declaredType).of(compound.getExpression(),
                new TreePath(getCurrentPath(), compound.getExpression()));
        String value = method.source().text(compound.getExpression());
        String target = method.source().text(compound.getVariable());
        if (added == NumericKinds.Kind.FLOATING) {
            error(DiagnosticId.REDUCTION, update, "`" + method.source().text(update) + "` combines the floating-point value `" + value + "` into `"
                    + target + "`, an integer, and rounds it back to an integer at every step: that is no reduction, "
                    + "as the result depends on the order of the iterations. Accumulate into a double and convert "
                    + "after the loop, or keep this loop sequential");
            return false;
        }
        if (added == NumericKinds.Kind.UNKNOWN && !capturesUntyped(compound.getExpression())) {
            error(DiagnosticId.UNTYPED, update, "Weft cannot tell whether `" + value + "` is an integer: declarations do not show its type, "
                    + "and a floating-point value accumulated into `" + target + "`, an integer, would be rounded at "
                    + "every step, which no reduction reproduces. Keep the value in a local declared with its type "
                    + "first (`long v = ...;`)");
            return false;
        }
        return true;
    }

    /** The type the declaration of {@code name}, used at {@code path}, writes; {@code var} for none. */
    private String declaredType(IdentifierTree name, TreePath path) {
        Resolution resolution = scope.resolve(name, path);
        return resolution.kind() == Resolution.Kind.FIELD ? resolution.field().asType().toString()
                : resolution.declaration() != null ? typeOf(resolution.declaration()) : "var";
    }

    /**
     * Whether {@code expression} reads an outer variable without a type Weft can write, which the
     * loop's captures report as such: that says more than that the sum's type is unknown.
     */
    private boolean capturesUntyped(ExpressionTree expression) {
        boolean[] untyped = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void unused) {
                Resolution resolution = scope.resolve(tree, getCurrentPath());
                untyped[0] |= resolution.kind() == Resolution.Kind.LOCAL && resolution.isOuterVariable()
                        && typeOf(resolution.declaration()).equals("var");
                return null;
            }
        }.scan(new TreePath(getCurrentPath(), expression), null);
        return untyped[0];
    }

    /** Whether the current tree may run more than once an iteration: inside a loop, lambda or class in the body. */
    private boolean repeatable() {
        for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != loopPath.getLeaf(); p = p.getParentPath()) {
            Tree tree = p.getLeaf();
            if (tree instanceof ForLoopTree || tree instanceof EnhancedForLoopTree || tree instanceof WhileLoopTree
                    || tree instanceof DoWhileLoopTree || tree instanceof LambdaExpressionTree
                    || tree instanceof ClassTree) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scratch locals, each kept after the loop where the method reads it there, with the
     * statements that assign it where the last iteration may not; a refusal where one of those
     * assigns it inside an expression, where the chunk cannot note beside it that it did.
     */
    private List<Private> privates() {
        List<Private> privates = new ArrayList<>();
        scratchLocals.forEach((name, declaration) -> {
            TreePath after = ScratchLocals.readAfter(declaration, method, loopPath, scope);
            List<TreePath> noted = List.of();
            if (after != null && !scratch.of(declaration).assignedAtEnd()) {
                AssigningStatements.Found found = AssigningStatements.of(declaration, scope,
                        new TreePath(loopPath, header.body()));
                if (found.refused() != null) {
                    error(DiagnosticId.SHARED_WRITE, found.refused(), found.refused().getLeaf(), "`" + name + "` is "
                            + "read after the @ParallelFor loop (" + method.source().location(after.getLeaf()) + ") and "
                            + "some iterations leave it unassigned, so the twin keeps the value of the last iteration "
                            + "that assigned it: each chunk notes, after every statement that assigns `" + name + "`, "
                            + "that it did, and here no statement of its own assigns it (an assignment inside an "
                            + "expression or a `for` update). Assign `" + name + "` in a statement of its own");
                }
                noted = found.statements();
            }
            privates.add(new Private(name, declaration, after != null, false, noted, null));
        });
        filledArrays.forEach((name, declaration) -> privates.add(new Private(name, declaration, false, true, List.of(),
                null)));
        scratchObjects.accepted().forEach((declaration, created) -> privates.add(new Private(
                declaration.getName().toString(), declaration, false, false, List.of(), created)));
        return privates;
    }

    /** Every use of an outer variable must be one the analysis accounted for. */
    private void checkUses() {
        if (elementClass != null) {
            elementFields.addAll(called.elementFieldsWritten(elementClass));
        }
        writtenArrays.forEach(this::checkAliases);
        elementContents.check();
        checkReachedObjects();
        checkOtherElementReads();
        checkSharedElementReads();
        checkSharedReachReads();
        for (Use set : separatedSets.values()) {
            Accumulator reduction = reductions.get(set.name());
            if (reduction != null && reduction.array()) {
                error(DiagnosticId.REDUCTION, set.path(), set.tree(), "This @ParallelFor loop sets `" + method.source().text(set.tree())
                        + "` and also accumulates into `" + set.name() + "` at other indices: an array reduction "
                        + "adds each chunk's partial array into `" + set.name() + "` after the loop, so the value set "
                        + "would be added to the element instead of replacing it, and another iteration may add to the "
                        + "element before it is set. Accumulate into a separate array");
            }
        }
        checkKeptBeside();
        for (Use use : outerUses) {
            String name = use.name();
            if (updateTargets.contains(use.tree())) {
                continue;
            }
            Accumulator reduction = reductions.get(name);
            if (reduction != null && reduction.keptWith() != null) {
                continue; // GuardedExtremum.refusal names the use
            }
            if (reduction != null && !(reduction.array() && isLength(use))) {
                error(DiagnosticId.REDUCTION, use.path(), use.tree(), "`" + name + "` is a reduction (" + reduction.operator().told() + ") of "
                        + "this @ParallelFor loop and is also read in it: each chunk of iterations only sees its own "
                        + "partial result. Read `" + name + "` after the loop, or use a separate variable");
                continue;
            }
            String index = separatedWrites.get(name);
            if (index != null) {
                checkRead(use, index);
            }
        }
        checkCalledElementReads(); // after the whole arrays handed to calls, which name the array
    }

    /**
     * Every update of an extremum with values set beside it sets the same ones: the fold takes a
     * chunk's values with its extremum, which an update setting none would leave behind.
     */
    private void checkKeptBeside() {
        besideByUpdate.forEach((name, byUpdate) -> {
            Set<String> beside = byUpdate.values().stream().filter(set -> !set.isEmpty()).findFirst().orElse(Set.of());
            if (beside.isEmpty()) {
                return;
            }
            TreePath setting = byUpdate.entrySet().stream().filter(entry -> entry.getValue().equals(beside))
                    .findFirst().orElseThrow().getKey();
            byUpdate.forEach((update, set) -> {
                if (!set.equals(beside)) {
                    error(DiagnosticId.REDUCTION, update, update.getLeaf(), "`" + name + "` is kept here " + (set.isEmpty() ? "without "
                            + String.join(", ", beside) : "with " + String.join(", ", set)) + " set beside it, and with "
                            + String.join(", ", beside) + " where it is updated at " + method.source().location(setting.getLeaf())
                            + ": the twin takes each chunk's values with its extremum, so every update of `" + name
                            + "` must set the same ones beside it. Set them in every update, or keep this loop sequential");
                }
            });
        });
    }

    /**
     * A field read through another object of the iteration's element's class ({@code n.next.value})
     * may be another iteration's element, whose field that iteration writes: refused where the body
     * writes that field of its element.
     */
    private void checkOtherElementReads() {
        for (Use read : fieldSelects) {
            MemberSelectTree select = (MemberSelectTree) read.tree();
            TreePath objectPath = new TreePath(read.path(), select.getExpression());
            if (refusedOtherElements.contains(Syntax.strip(select.getExpression())) || elementFields.isEmpty()
                    || receiverOfARefusedCall(read.path())) {
                continue;
            }
            ElementLinks.Behind behind = links.behind(select.getExpression(), objectPath);
            String field = behind == null || behind.another() == null ? null
                    : behind.field() != null ? behind.field() : read.name();
            if (field != null && (elementFields.contains(field) || elementFields.contains("*"))) {
                error(DiagnosticId.LOOP_CARRIED, read.path(), read.tree(), "This @ParallelFor loop reads `"
                        + method.source().text(read.tree()) + "` through `" + method.source().text(behind.another())
                        + "`, " + article(behind.element()) + " reached through the iteration's element, and writes `"
                        + field + "` of its element: in a linked list, a tree or a graph `"
                        + method.source().text(behind.another()) + "` may be another iteration's element, which that "
                        + "iteration writes (a loop-carried dependence). Read from values saved before the loop, or keep "
                        + "this loop sequential");
            }
        }
    }

    /** Whether the read at {@code path} is what a call refused already is made on: {@code b.next.mine} of {@code b.next.mine.add(3)}. */
    private boolean receiverOfARefusedCall(TreePath path) {
        TreePath select = path.getParentPath();
        return select.getLeaf() instanceof MemberSelectTree member && member.getExpression() == path.getLeaf()
                && select.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == member && refusedCalls.contains(call);
    }

    /** The writes through objects its elements may share that the twin cannot check, refused. */
    private void checkReachedObjects() {
        for (Use read : fieldSelects) {
            TreePath object = sharedReachRead(read);
            if (object != null) {
                reached.read(object);
            }
        }
        called.readsOfReachedWrites().forEach(read ->
                reached.readByCall(new TreePath(read.path(), read.object()), read.access().way().fields()));
        List<ReachedObjectWrites.Write> refused = reached.refused();
        for (ReachedObjectWrites.CallWrite write : reached.refusedCalls()) {
            refusedCalls.add(write.call());
            error(DiagnosticId.CALL_EFFECT, write.operand().getParentPath(), write.call(), write.refusal());
        }
        for (ReachedObjectWrites.Write write : refused) {
            refusedOtherElements.add(strip(write.object()));
            error(DiagnosticId.SHARED_WRITE, write.path(), write.update(), "This @ParallelFor loop writes through `"
                    + method.source().text(write.object()) + "`, reached through the iteration's element, and "
                    + write.shared() + ": two elements may share it, as two edges share a node, and iterations "
                    + "running at the same time would race on it. Weft checks that they do not, before the loop, only "
                    + "where the body reaches them from one element by fields alone that neither it nor the calls it "
                    + "hands the element set but to new objects, and sees into those calls. Keep what each element "
                    + "writes in a field set only to objects "
                    + "created for it (`new`, a copy), count into an array by index (`count[e.to.id]++`), or keep "
                    + "this loop sequential");
        }
    }

    /**
     * A field read of an object of the element's class that every iteration can reach, as the
     * elements an inner loop walks again ({@code for (Boid other : boids) b.speed += other.speed}),
     * may be another iteration's element, whose field that iteration writes: refused where the body
     * writes that field of its element. The sequential loop reads the elements before it as already
     * written, which the parallel loop cannot.
     */
    private void checkSharedElementReads() {
        for (Use read : fieldSelects) {
            MemberSelectTree select = (MemberSelectTree) read.tree();
            ExpressionTree holder = strip(select.getExpression());
            TreePath holderPath = new TreePath(read.path(), select.getExpression());
            TypeElement type = elementClass == null ? null : expressions.classOf(holder, holderPath);
            // A write's own target is the writes' to judge; an element of an array the loop writes by
            // name, the reads of that array's.
            boolean judged = writeTarget(read.path()) || holder instanceof ArrayAccessTree access
                    && strip(access.getExpression()) instanceof IdentifierTree array
                    && elementsSet.contains(array.getName().toString());
            // An object whose class Weft cannot tell may be of the element's.
            if (elementClass == null || judged || type != null && !expressions.related(type, elementClass)
                    || refusedOtherElements.contains(holder)
                    || !(elementFields.contains(read.name()) || elementFields.contains("*"))
                    || !origins.of(holder, holderPath).shared()) {
                continue;
            }
            error(DiagnosticId.LOOP_CARRIED, read.path(), read.tree(), "This @ParallelFor loop reads `"
                    + method.source().text(read.tree()) + "` of `" + method.source().text(holder) + "`, "
                    + (type != null ? article(type) : "an object whose class Weft cannot tell, which")
                    + " every iteration can reach, and writes `" + read.name() + "` of its element: `"
                    + method.source().text(holder) + "` may be another iteration's element, which that iteration "
                    + "writes (a loop-carried dependence). Read from values saved before the loop, or keep this loop "
                    + "sequential");
        }
        checkOwnFieldReads();
    }

    /**
     * A field of {@code this} the body reads ({@code val}, {@code this.val}), in a method of a class
     * related to the element's, is read of an object that may be one of the elements: refused where
     * the body writes that field of its element, as {@code this} may be another iteration's element.
     */
    private void checkOwnFieldReads() {
        TypeElement own = method.element().getEnclosingElement() instanceof TypeElement type ? type : null;
        if (elementClass == null || own == null || method.element().getModifiers().contains(Modifier.STATIC)) {
            return;
        }
        for (Use use : outerUses) {
            VariableElement field = ownInstanceField(use, own);
            if (field == null || writeTarget(use.path()) || updateTargets.contains(use.tree())
                    || !expressions.related((TypeElement) field.getEnclosingElement(), elementClass)
                    || !(elementFields.contains(use.name()) || elementFields.contains("*"))) {
                continue;
            }
            error(DiagnosticId.LOOP_CARRIED, use.path(), use.tree(), "This @ParallelFor loop reads `"
                    + method.source().text(use.tree()) + "`, a field of `this`, " + article(own) + ", and writes `"
                    + use.name() + "` of its element: `this` may be one of the elements, which another iteration "
                    + "writes (a loop-carried dependence). Read the field into a local before the loop, or keep this "
                    + "loop sequential");
        }
    }

    /**
     * A field a call reads of an object that may be another iteration's element, or an object another
     * iteration's element reaches, where the loop writes that field of those objects
     * ({@link CalledFieldAccesses}): refused, as the body's own read is.
     */
    private void checkCalledElementReads() {
        for (CalledFieldAccesses.Conflict conflict : called.conflicts(elementClass, elementFields, refusedCalls, reached)) {
            CalledAccess read = conflict.read();
            refusedCalls.add(read.call());
            error(DiagnosticId.LOOP_CARRIED, read.path(), read.call(), "`" + method.source().text(read.call()) + "` "
                    + read.how() + ": it reads " + read.access().fieldText() + " " + read.whose() + ", and this "
                    + "@ParallelFor loop writes " + conflict.written() + ", so the call may read what another "
                    + "iteration writes at the same time (a loop-carried dependence). Hand the call values saved "
                    + "before the loop, or keep this loop sequential");
        }
    }

    /** The instance field of {@code this} a use names, {@code val} or {@code this.val}; {@code null} for any other. */
    private VariableElement ownInstanceField(Use use, TypeElement own) {
        VariableElement field = null;
        if (use.tree() instanceof IdentifierTree name) {
            Resolution resolution = scope.resolve(name, use.path());
            field = resolution.kind() == Resolution.Kind.FIELD ? resolution.field() : null;
        } else if (use.tree() instanceof MemberSelectTree) {
            field = ElementFilter.fieldsIn(method.resolver().members(own)).stream()
                    .filter(member -> member.getSimpleName().contentEquals(use.name())).findFirst().orElse(null);
        }
        return field != null && !field.getModifiers().contains(Modifier.STATIC) ? field : null;
    }

    /**
     * The object a field or element read is of ({@code e.shared} of {@code e.shared.x}, the array
     * {@code e.items} of {@code e.items[0]}) where it is reached through the element, not being
     * it, and the loop writes that field, or elements of arrays, of objects its elements reach;
     * {@code null} otherwise.
     */
    private TreePath sharedReachRead(Use read) {
        MemberSelectTree select = (MemberSelectTree) read.tree();
        TreePath parent = read.path().getParentPath();
        boolean element = parent.getLeaf() instanceof ArrayAccessTree access && strip(access.getExpression()) == select;
        ExpressionTree object = element ? select : select.getExpression();
        TreePath objectPath = element ? read.path() : new TreePath(read.path(), object);
        if (!reached.writes(element ? ReachedObjectWrites.ELEMENTS : read.name())
                || refusedOtherElements.contains(strip(object))) {
            return null;
        }
        ElementLinks.Behind behind = links.behind(object, objectPath);
        return behind == null || behind.another() != null || behind.itself() ? null : objectPath;
    }

    /** Whether the expression at {@code path} is, or holds, what an assignment or an increment writes. */
    private static boolean writeTarget(TreePath path) {
        Tree current = path.getLeaf();
        for (TreePath at = path.getParentPath(); at != null; at = at.getParentPath()) {
            Tree parent = at.getLeaf();
            if (parent instanceof MemberSelectTree select && select.getExpression() == current
                    || parent instanceof ArrayAccessTree element && element.getExpression() == current
                    || parent instanceof ParenthesizedTree) {
                current = parent;
                continue;
            }
            return Writes.target(parent) == current;
        }
        return false;
    }

    /**
     * A field or an element read through an object the element reaches by a way two elements may
     * share ({@code e.shared.x}) may be what another iteration writes through a way of its own
     * ({@code e.own.x}): refused where the body writes that field, or elements of arrays, of objects
     * its elements reach.
     */
    private void checkSharedReachReads() {
        for (Use read : fieldSelects) {
            TreePath objectPath = sharedReachRead(read);
            if (objectPath == null || reached.checks((ExpressionTree) objectPath.getLeaf(), objectPath)) {
                continue;
            }
            MemberSelectTree select = (MemberSelectTree) read.tree();
            TreePath parent = read.path().getParentPath();
            boolean element = objectPath == read.path();
            ExpressionTree object = (ExpressionTree) objectPath.getLeaf();
            // Where the twin checks what the loop writes, an object of the element's own may be one of those too.
            String shared = links.sharedBecause(object, objectPath);
            if (shared == null && reached.firstChecked() != null) {
                shared = "what the loop writes through `" + reached.firstChecked()
                        + "`, which other elements may share, may be the object read";
            }
            if (shared != null) {
                Tree at = element ? parent.getLeaf() : select;
                error(DiagnosticId.LOOP_CARRIED, element ? parent : read.path(), at, "This @ParallelFor loop reads `"
                        + method.source().text(at) + "` through `" + method.source().text(object) + "`, reached through the "
                        + "iteration's element, and " + shared + ", while it writes " + (element ? "elements of arrays"
                        : "`" + read.name() + "` of objects") + " its elements reach: that may be what another iteration "
                        + "writes (a loop-carried dependence). Read from values saved before the loop, or keep this loop "
                        + "sequential");
            }
        }
    }

    /**
     * A use of {@code use.name()}, which the loop writes at {@code index}: it may read the element
     * at that same index, as the loop's own ({@code a[i]}, {@code list.get(i)}), and the length.
     */
    private void checkRead(Use use, String index) {
        String name = use.name();
        TreePath parentPath = use.path().getParentPath();
        Tree parent = parentPath.getLeaf();
        Tree read = null;
        ExpressionTree readIndex = null;
        String readKey = null;
        if (parent instanceof ArrayAccessTree element && element.getExpression() == use.tree()) {
            read = element;
            readIndex = element.getIndex();
            readKey = separating.key(readIndex, new TreePath(parentPath, readIndex));
            Tree around = parentPath.getParentPath().getLeaf();
            if (index.startsWith(ANY_ROW) && around instanceof ArrayAccessTree cell && cell.getExpression() == element) {
                read = cell;
                readIndex = cell.getIndex();
                readKey = ANY_ROW + separating.key(readIndex, new TreePath(parentPath.getParentPath(), readIndex));
            } else if (index.startsWith(ANY_ROW) && around instanceof MemberSelectTree select
                    && select.getIdentifier().contentEquals("length")) {
                return; // a row's length
            } else if (index.startsWith(ANY_ROW)) {
                readKey = null; // a whole row, with elements of every iteration
            }
        } else if (parent instanceof MemberSelectTree select && select.getExpression() == use.tree()
                && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select) {
            String called = select.getIdentifier().toString();
            if (called.equals("get") && call.getArguments().size() == 1) {
                read = call;
                readIndex = call.getArguments().get(0);
                readKey = separating.key(readIndex, new TreePath(parentPath.getParentPath(), readIndex));
            } else if (called.equals("size") || called.equals("isEmpty") || called.equals("set")) {
                return; // what every iteration agrees on; each set is checked as a write
            }
        }
        if (read == null) {
            if (!isLength(use)) {
                error(DiagnosticId.LOOP_CARRIED, use.path(), use.tree(), "This @ParallelFor loop writes `" + name + "[" + index + "]` and "
                        + "also uses the whole " + (expressions.isList(use.tree(), use.path()) ? "list" : "array") + " `" + name
                        + "` here, which may read other iterations' elements. Pass "
                        + "only the element `" + name + "[" + index + "]`");
                refusedCalls.add(parent); // not again for what the call it is handed to reads of it
            }
            return;
        }
        TreePath readPath = new TreePath(parentPath, read);
        if (!elementsSet.contains(name) && !index.equals(readKey) && !index.startsWith(ANY_ROW)) {
            return; // another element, an object whose fields the loop writes only through its own: the checks of fields judge what is read of it
        }
        String written = read instanceof MethodInvocationTree ? name + ".set(" + index + ", …)" : name + "[" + index + "]";
        if (readKey != null && !readKey.equals(index) && writesFromTheLoopVariable(name, index)
                && separating.outsideTheRange(readIndex, new TreePath(readPath, readIndex), loopPath, writtenOuter,
                        atTheLoopVariable(index))) {
            return; // a row or element outside the range the loop writes
        }
        if (!index.equals(readKey)) {
            error(DiagnosticId.LOOP_CARRIED, readPath, read, "This @ParallelFor loop reads `" + method.source().text(read) + "` and writes `"
                    + written + "`: one iteration reads what another writes (a loop-carried dependence). "
                    + "Read from a separate input array, or keep this loop sequential");
        } else if (!index.startsWith(ANY_ROW) && !separating.separates(readIndex, new TreePath(readPath, readIndex))) {
            error(DiagnosticId.LOOP_CARRIED, readPath, read, "This @ParallelFor loop reads `" + method.source().text(read) + "` and writes `"
                    + written + "`, but the index read here is not this iteration's: a name declared in a "
                    + "lambda or class in the body stands for something else there, so one iteration may read what "
                    + "another writes (a loop-carried dependence). Pass the element read (`" + method.source().text(read)
                    + "` at the loop's own index) as an argument, or keep this loop sequential");
        }
    }

    /**
     * Whether the loop writes {@code array} at {@code index} counted up from the loop variable, so
     * only at or past where the loop's range starts: the loop variable's column of every row, but
     * no other column of rows, nothing at a cursor, nothing moved by a variable ({@code a[i - o]}).
     */
    private boolean writesFromTheLoopVariable(String array, String index) {
        return !writtenAtCursor.contains(array) && !separating.moved(index)
                && (!index.startsWith(ANY_ROW) || atTheLoopVariable(index));
    }

    /** Whether the write {@code index} names the loop variable's element alone, of the array or of its every row. */
    private boolean atTheLoopVariable(String index) {
        String variable = header.variable().getName().toString();
        return index.equals(variable) || index.equals(ANY_ROW + variable);
    }

    /** What the outer name or field {@code expression} is: {@code a}, or {@code this.a}. */
    private Resolution resolutionOf(ExpressionTree expression, TreePath path) {
        if (expression instanceof IdentifierTree identifier) {
            return scope.resolve(identifier, path);
        }
        Resolution field = expression instanceof MemberSelectTree select
                ? method.resolver().field(select.getIdentifier().toString()) : Resolution.OTHER;
        return field.kind() == Resolution.Kind.FIELD ? field : new Resolution(Resolution.Kind.FIELD, null, null, null, false);
    }

    /**
     * The array {@code written} the body writes elements of may be the array another name is, as
     * the method shows ({@code double[] c = a}): every use of that name, and every call reading a
     * field it may be, must then keep to what the iteration may touch of {@code written}.
     */
    private void checkAliases(String written, Resolution resolution) {
        Map<ArrayRoots.Root, String> mine = roots.of(written, resolution);
        String index = separatedWrites.get(written);
        String writes = index == null ? "accumulates into `" + written + "`" : "writes `" + written + "[" + index + "]`";
        for (Use use : outerUses) {
            Resolution other = resolutionOf(use.tree(), use.path());
            Map<ArrayRoots.Root, String> theirs = roots.of(use.name(), other);
            String alias = use.name().equals(written) ? null : meeting(mine, theirs, written, use.name());
            if (index != null && ownElement(use, index)) {
                continue;
            }
            if (alias == null && !use.name().equals(written) && !theirs.isEmpty()) {
                distinct(written, resolution, use, other);
                continue;
            }
            if (alias == null) {
                continue;
            }
            TreePath row = heldRow(use, written, resolution, index);
            if (row == null) {
                aliasError(use, writes, alias);
            } else if (!separating.outsideTheRange(((ArrayAccessTree) row.getLeaf()).getIndex(),
                    new TreePath(row, ((ArrayAccessTree) row.getLeaf()).getIndex()), loopPath, writtenOuter,
                    atTheLoopVariable(index))) {
                error(DiagnosticId.LOOP_CARRIED, use.path(), use.tree(), "`" + use.name() + "` holds the row `"
                        + method.source().text(row.getLeaf()) + "` (" + method.source().location(row.getLeaf())
                        + "), and this @ParallelFor loop " + writes + " in every iteration of a range that does not "
                        + "start after that row: one iteration may write the row while others read it here (a loop-carried "
                        + "dependence). Start the loop after the row (`" + header.variable().getName() + " = "
                        + method.source().text(((ArrayAccessTree) row.getLeaf()).getIndex()) + " + 1`), or copy the "
                        + "row before the loop (`" + method.source().text(row.getLeaf()) + ".clone()`)");
            }
        }
        for (Use select : Stream.concat(fieldSelects.stream(), staticSelects.stream()).toList()) {
            String alias = meeting(mine, Map.of(new ArrayRoots.Root(ArrayRoots.Root.Kind.FIELD, select.name()), ""),
                    written, method.source().text(select.tree()));
            boolean own = index != null && ownElement(select, index);
            if (alias != null && !own) {
                aliasError(select, writes, alias);
            } else if (!own && !isLength(select)) {
                distinctHeld(written, resolution, select);
            }
        }
        for (Use use : outerUses) {
            if (!use.name().equals(written) && use.path().getParentPath().getLeaf() instanceof ArrayAccessTree row
                    && row.getExpression() == use.tree()) {
                Use rowUse = new Use(use.name(), row, use.path().getParentPath());
                TypeMirror rowType = expressions.of(row, rowUse.path());
                if (!(index != null && ownElement(rowUse, index)) && !isLength(rowUse)) {
                    distinctHeld(written, resolution, row, rowUse.path(), new ArrayList<>(),
                            rowType == null ? null : rowType.toString());
                }
            }
        }
        distinctCalledReads(written, resolution);
        for (FieldReads call : fieldReads) {
            for (Map.Entry<String, String> read : call.reads().entrySet()) {
                String alias = meeting(mine, Map.of(new ArrayRoots.Root(ArrayRoots.Root.Kind.FIELD, read.getKey()), ""),
                        written, read.getKey());
                if (alias != null) {
                    error(DiagnosticId.LOOP_CARRIED, call.path(), call.call(), "`" + method.source().text(call.call())
                            + "` " + read.getValue() + ", any element of it, and this @ParallelFor loop " + writes
                            + alias + ": one iteration may read what another writes (a loop-carried dependence). Pass "
                            + "the element the call needs as an argument, or read from a separate array");
                    break;
                }
            }
        }
    }

    /**
     * Notes that the twin must check that {@code written} and the array of {@code use}, both arrays
     * the method is handed or holds in locals or fields, are not one array: arrays of different
     * primitive types cannot be one.
     */
    private void distinct(String written, Resolution writtenResolution, Use use, Resolution otherResolution) {
        String other = use.name();
        String writtenType = variableType(written, writtenResolution);
        String otherType = variableType(other, otherResolution);
        boolean writtenList = list(written, writtenResolution);
        boolean otherList = list(other, otherResolution);
        boolean arrays = writtenType != null && otherType != null && writtenType.endsWith("[]") && otherType.endsWith("[]");
        // A list may view an array of objects, or another list's elements, without being it.
        boolean lists = (writtenList || otherList) && (writtenList || writtenType != null && writtenType.endsWith("[]")
                && !ArrayRoots.primitiveRow(writtenType)) && (otherList || otherType != null && otherType.endsWith("[]")
                && !ArrayRoots.primitiveRow(otherType));
        if (!arrays && !lists || created(written, writtenResolution) || created(other, otherResolution)) {
            return;
        }
        boolean sameType = Objects.equals(writtenType, otherType);
        if (!lists && !sameType && (ArrayRoots.primitiveRow(writtenType) || ArrayRoots.primitiveRow(otherType))) {
            return;
        }
        Use writtenAt = firstUse(written);
        distinct.putIfAbsent(Set.of(written, other), new DistinctArrays(writtenAt.tree(), use.tree(), !sameType, lists,
                List.of(), false));
    }

    /**
     * Notes that the twin must check that {@code written}, an array the method is handed or holds
     * in a local or a field, is not the array {@code select} reads from a field of an object
     * ({@code a.data}), where that array is the same in every iteration: the object is a
     * parameter, a local or a field the loop does not assign, and no field on the way is written
     * in the loop or by a call it makes. An array reached otherwise ({@code ps[j].coords}), which
     * may be another in each iteration, is taken to be distinct from the arrays the method is
     * handed, as an array a call returns is.
     */
    private void distinctHeld(String written, Resolution writtenResolution, Use select) {
        TypeMirror held = expressions.of(select.tree(), select.path());
        distinctHeld(written, writtenResolution, select.tree(), select.path(), new ArrayList<>(),
                held == null ? null : held.toString());
    }

    /**
     * Where the steps {@code steps}, taken from {@code object}, start from: the name or class they
     * start from, its path, with the steps before them prepended to {@code steps}, through fields
     * the loop leaves as they are ({@code .data}), rows at constant indices of arrays whose elements
     * it does not set ({@code [0]}), and locals of the body set once ({@code V v = from.inner;} then
     * {@code v.data}); {@code null} where a field on the way may be written in the loop.
     */
    private TreePath heldFrom(ExpressionTree object, TreePath path, List<HeldStep> steps) {
        ExpressionTree base = strip(object);
        TreePath basePath = path;
        while (true) {
            if (base instanceof MemberSelectTree field && expressions.writtenClass(field) == null) {
                TypeElement named = expressions.writtenClass(field.getExpression());
                TypeElement owner = named != null ? named
                        : expressions.classOf(field.getExpression(), new TreePath(basePath, field.getExpression()));
                VariableElement declared = owner == null ? null : field(owner, field.getIdentifier().toString());
                if (declared == null || !unwritten(declared)) {
                    return null;
                }
                if (!reachedByTwin(declared)) {
                    // this.holder is the twin's to name, as the body's own use of it is; what lies beyond it is not
                    return isName(field.getExpression(), "this") ? new TreePath(basePath, field) : null;
                }
                steps.add(0, HeldStep.of(declared));
                basePath = new TreePath(basePath, field.getExpression());
                base = strip(field.getExpression());
                continue;
            }
            if (base instanceof ArrayAccessTree row && strip(row.getIndex()) instanceof LiteralTree literal
                    && literal.getValue() instanceof Integer at && at >= 0) {
                ExpressionTree array = strip(row.getExpression());
                if (array instanceof IdentifierTree name && (writtenArrays.containsKey(name.getName().toString())
                        || separatedWrites.containsKey(name.getName().toString()))) {
                    return null; // the loop sets its rows
                }
                steps.add(0, HeldStep.row(at));
                basePath = new TreePath(basePath, row.getExpression());
                base = array;
                continue;
            }
            Resolution local = base instanceof IdentifierTree name ? scope.resolve(name, basePath) : null;
            if (local != null && local.kind() == Resolution.Kind.LOCAL && local.insideLoop()
                    && local.declaration().getInitializer() != null
                    && !method.reassigned().contains(local.declaration().getName().toString())) {
                TreePath declaration = TreePath.getPath(loopPath, local.declaration());
                if (declaration == null) {
                    return new TreePath(basePath, base);
                }
                basePath = new TreePath(declaration, local.declaration().getInitializer());
                base = strip(local.declaration().getInitializer());
                continue;
            }
            return basePath.getLeaf() == base ? basePath : new TreePath(basePath, base);
        }
    }

    /**
     * Notes that the twin must check that {@code written} is not the array reached by {@code
     * fields}, each unwritten in the loop, from {@code base}, where {@code base} is the same in
     * every iteration: {@code this} ({@code object} {@code null} for the receiver a call of the
     * body's own class runs on), a class, or a parameter, a local or a field the loop does not
     * assign. The array is declared {@code heldType}.
     */
    private void distinctHeld(String written, Resolution writtenResolution, ExpressionTree object, TreePath objectPath,
            List<HeldStep> steps, String heldType) {
        TreePath from = object == null ? null : heldFrom(object, objectPath, steps);
        if (object != null && from == null) {
            return;
        }
        ExpressionTree base = from == null ? null : (ExpressionTree) from.getLeaf();
        TreePath basePath = from;
        String writtenType = variableType(written, writtenResolution);
        boolean named = base == null || isName(base, "this") || expressions.writtenClass(base) != null;
        boolean ownField = base instanceof MemberSelectTree select && isName(select.getExpression(), "this");
        Resolution resolution = base instanceof IdentifierTree name && !named ? scope.resolve(name, basePath) : null;
        boolean same = named || ownField || resolution != null && (resolution.isOuterVariable()
                && !writtenOuter.contains(((IdentifierTree) base).getName().toString())
                || resolution.kind() == Resolution.Kind.FIELD
                && resolution.field() != null && unwritten(resolution.field()));
        if (writtenType == null || heldType == null || !writtenType.endsWith("[]") || !heldType.endsWith("[]")
                || steps.isEmpty() || !same || created(written, writtenResolution)) {
            return;
        }
        boolean sameType = writtenType.equals(heldType);
        if (!sameType && (ArrayRoots.primitiveRow(writtenType) || ArrayRoots.primitiveRow(heldType))) {
            return;
        }
        Use writtenAt = firstUse(written);
        String text = base != null ? method.source().text(base) : steps.get(0).fromClass() ? null : "this";
        for (HeldStep step : steps) {
            text = step.text(text);
        }
        distinct.putIfAbsent(Set.of(written, text), new DistinctArrays(writtenAt.tree(), base, !sameType, false,
                List.copyOf(steps), !named));
    }

    /**
     * The arrays the calls of the body read from fields of what they are handed ({@code at(a, k)}
     * reading {@code v.data[k]}), of the receiver, or of a class ({@code TABLE[k]}): each checked
     * as the body's own read of {@code a.data}, {@code this.data} or {@code TABLE} would be.
     */
    private void distinctCalledReads(String written, Resolution writtenResolution) {
        for (CalledAccess read : called.readsOfThis()) {
            List<VariableElement> way = unwrittenWay((TypeElement) method.element().getEnclosingElement(),
                    namesOnTheWay(read.access()));
            // the array written itself, read by the call, is the alias FieldReads refuses
            if (way != null && !(way.size() == 1 && way.get(0).equals(writtenResolution.field()))) {
                distinctHeld(written, writtenResolution, null, null, steps(way), heldType(way));
            }
        }
        for (CalledAccess read : called.readsFromOperands()) {
            TreePath objectPath = new TreePath(read.path(), read.object());
            List<VariableElement> way = unwrittenWay(expressions.classOf(read.object(), objectPath),
                    namesOnTheWay(read.access()));
            if (way != null) {
                distinctHeld(written, writtenResolution, read.object(), objectPath, steps(way), heldType(way));
            }
        }
        for (FieldReads call : fieldReads) {
            for (List<VariableElement> way : call.staticArrays()) {
                if (way.stream().allMatch(field -> unwritten(field) && reachedByTwin(field))
                        && !(way.size() == 1 && way.get(0).equals(writtenResolution.field()))) {
                    distinctHeld(written, writtenResolution, null, null, steps(way), heldType(way));
                }
            }
        }
    }

    /** The fields a call takes from the object its way starts from, the one it reads last. */
    private static List<String> namesOnTheWay(FieldAccess access) {
        return Stream.concat(access.way().fields().stream(), Stream.of(access.field())).toList();
    }

    /** The steps {@link DistinctArrays#steps} takes through the fields {@code way}. */
    private static List<HeldStep> steps(List<VariableElement> way) {
        return new ArrayList<>(way.stream().map(HeldStep::of).toList());
    }

    /** The declared type of the array the fields {@code way} reach. */
    private static String heldType(List<VariableElement> way) {
        return way.get(way.size() - 1).asType().toString();
    }

    /**
     * The fields {@code names} taken in turn from an object of class {@code from}, where the loop
     * writes none of them and the twin may reach each; {@code null} otherwise.
     */
    private List<VariableElement> unwrittenWay(TypeElement from, List<String> names) {
        List<VariableElement> way = new ArrayList<>();
        for (String name : names) {
            VariableElement field = from == null ? null : field(from, name);
            if (field == null || !unwritten(field) || !reachedByTwin(field)) {
                return null;
            }
            way.add(field);
            from = DeclaredTypes.element(field.asType());
        }
        return way;
    }

    /**
     * Whether the twin, a class of the loop's package, may read {@code field} in the check it makes
     * before the loop: by name, or through a handle where it may name the field's class and type.
     * An array it cannot reach stays taken to be distinct.
     */
    private boolean reachedByTwin(VariableElement field) {
        return Access.named(field, method.element()) || Access.named((TypeElement) field.getEnclosingElement(),
                method.element()) && Access.named(field.asType(), method.element());
    }

    /** The body's first use of the outer name {@code name}. */
    private Use firstUse(String name) {
        return outerUses.stream().filter(use -> use.name().equals(name)).findFirst().orElseThrow();
    }

    /** The field {@code name} of {@code owner}, declared or inherited; {@code null} where it has none. */
    private VariableElement field(TypeElement owner, String name) {
        return ElementFilter.fieldsIn(method.resolver().members(owner)).stream()
                .filter(member -> member.getSimpleName().contentEquals(name)).findFirst().orElse(null);
    }

    /** Whether the loop leaves {@code field} as it is: it is final, or neither the body nor a call it makes writes a field of its name. */
    private boolean unwritten(VariableElement field) {
        String name = field.getSimpleName().toString();
        return field.getModifiers().contains(Modifier.FINAL) || !fieldsAssigned.contains(name) && !called.writes(name);
    }

    /** Whether a parameter or an outer local is declared a {@code java.util.List}, which the body may use as an array. */
    private boolean list(String name, Resolution resolution) {
        TypeElement type = switch (resolution.kind()) {
            case PARAMETER -> method.parameter(name) == null ? null : DeclaredTypes.element(method.parameter(name).asType());
            case LOCAL -> resolution.insideLoop() ? null : expressions.writtenClass(resolution.declaration().getType());
            case FIELD -> resolution.field() == null ? null : DeclaredTypes.element(resolution.field().asType());
            default -> null;
        };
        return type != null && expressions.isSubtype(type, "java.util.List");
    }

    /**
     * Whether {@code name} is a local the method sets once, to an array it creates ({@code new},
     * a copy, what a call its summaries say creates it returns): no other name holds it.
     */
    private boolean created(String name, Resolution resolution) {
        return resolution.kind() == Resolution.Kind.LOCAL && !resolution.insideLoop() && !method.reassigned().contains(name)
                && resolution.declaration().getInitializer() != null
                && roots.of(name, resolution).keySet().equals(Set.of(new ArrayRoots.Root(ArrayRoots.Root.Kind.VARIABLE, name)));
    }

    /** The type a parameter or an outer local is declared with, as written; {@code null} for anything else. */
    private String variableType(String name, Resolution resolution) {
        return switch (resolution.kind()) {
            case PARAMETER -> method.parameter(name) == null ? null : method.parameter(name).asType().toString();
            case LOCAL -> resolution.insideLoop() ? null : LoopHeader.declaredType(resolution.declaration(), method);
            case FIELD -> resolution.field() == null ? null : resolution.field().asType().toString();
            default -> null;
        };
    }

    /**
     * The row {@code written[j]} that {@code use} only reads an element or the length of, through
     * a local of a primitive array type that holds that row when the loop starts and that the loop
     * neither assigns nor writes elements of; {@code null} for any other use. Where no iteration
     * writes that row, the use reads it as {@code written[j][c]} read directly would.
     */
    private TreePath heldRow(Use use, String written, Resolution resolution, String index) {
        Resolution local = resolutionOf(use.tree(), use.path());
        boolean readOnly = use.path().getParentPath().getLeaf() instanceof ArrayAccessTree element
                && element.getExpression() == use.tree() && !updateTargets.contains(use.tree()) || isLength(use);
        if (index == null || !writesFromTheLoopVariable(written, index) || writtenOuter.contains(written)
                || local.kind() != Resolution.Kind.LOCAL || local.insideLoop() || !readOnly
                || writtenOuter.contains(use.name()) || writtenArrays.containsKey(use.name())
                || !ArrayRoots.primitiveRow(LoopHeader.declaredType(local.declaration(), method))) {
            return null;
        }
        TreePath row = HeldRows.of(local.declaration(), loopPath, scope);
        IdentifierTree array = row == null ? null : asName(((ArrayAccessTree) row.getLeaf()).getExpression());
        Resolution held = array == null ? null : scope.resolve(array, new TreePath(row, array));
        return held != null && array.getName().contentEquals(written) && held.kind() == resolution.kind()
                && held.declaration() == resolution.declaration() ? row : null;
    }

    /**
     * Whether roots of {@code written} meet roots of {@code other}: {@code ""} where they are the
     * same array by name, or how {@code written} may be {@code other}; {@code null} where they cannot be.
     */
    private static String meeting(Map<ArrayRoots.Root, String> mine, Map<ArrayRoots.Root, String> theirs,
            String written, String other) {
        for (Map.Entry<ArrayRoots.Root, String> root : mine.entrySet()) {
            for (Map.Entry<ArrayRoots.Root, String> their : theirs.entrySet()) {
                if (root.getKey().meets(their.getKey())) {
                    String how = String.join(", ", List.of(root.getValue(), their.getValue()).stream()
                            .filter(text -> !text.isEmpty()).toList());
                    return how.isEmpty() ? "" : ", and `" + written + "` may be the array `" + other + "` is (" + how + ")";
                }
            }
        }
        return null;
    }

    private void aliasError(Use use, String writes, String alias) {
        error(DiagnosticId.LOOP_CARRIED, use.path(), use.tree(), "This @ParallelFor loop " + writes + alias + ": this use of `"
                + method.source().text(use.tree()) + "` may touch what another iteration writes (a loop-carried "
                + "dependence). Read and write the array through one name, or copy it before the loop (`"
                + method.source().text(use.tree()) + ".clone()`)");
    }

    /** Whether {@code use} is the element at the iteration's own {@code index}, read or written there. */
    private boolean ownElement(Use use, String index) {
        Tree parent = use.path().getParentPath().getLeaf();
        return parent instanceof ArrayAccessTree element && element.getExpression() == use.tree()
                && separating.key(element.getIndex(), new TreePath(use.path().getParentPath(), element.getIndex())).equals(index)
                && separating.separates(element.getIndex(), new TreePath(use.path().getParentPath(), element.getIndex()))
                || isLength(use);
    }

    /** Whether the use is {@code array.length}, which every partial and every iteration agree on. */
    private static boolean isLength(Use use) {
        return use.path().getParentPath().getLeaf() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("length");
    }

    /** The counted loop's bound is evaluated once, so the body must not change it. */
    private void checkBound() {
        if (header.bound() == null) {
            return;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void unused) {
                String name = tree.getName().toString();
                if (writtenOuter.contains(name)) {
                    error(DiagnosticId.LOOP_SHAPE, getCurrentPath(), tree, "The bound of this @ParallelFor loop uses `" + name + "`, which the "
                            + "loop body changes: the parallel loop counts its iterations once, before it starts. Keep "
                            + "the bound fixed while the loop runs");
                }
                return null;
            }
        }.scan(new TreePath(loopPath, header.bound()), null);
    }


    private void error(DiagnosticId id, Tree tree, String message) {
        method.error(id, getCurrentPath(), tree, message);
    }

    private void error(DiagnosticId id, TreePath path, Tree tree, String message) {
        method.error(id, path, tree, message);
    }
}
