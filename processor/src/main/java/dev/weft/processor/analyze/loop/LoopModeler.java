package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.CountingLoop;
import dev.weft.processor.model.loop.Capture;
import dev.weft.processor.model.loop.Induction;
import dev.weft.processor.model.loop.LoopOptions;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.PrivateLocal;
import dev.weft.processor.model.loop.Reduction;
import dev.weft.processor.model.loop.RowMajorIndex;
import dev.weft.processor.model.loop.ReachedObject;
import dev.weft.processor.model.loop.SameArrayCheck;
import dev.weft.processor.model.loop.WrittenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Turns one accepted loop into its model: header, reductions, what its body captures, its text. */
final class LoopModeler {
    private LoopModeler() {}

    /** The loop's model, or {@code null} after reporting why it cannot run in parallel. */
    static ParallelLoop model(MethodContext method, ExpressionTypes expressions, TreePath loop) {
        LoopHeader header = LoopHeader.read(loop, method, expressions);
        if (header == null) {
            return null;
        }
        LoopOptions options = LoopOptionsReader.read(header.variable(), loop, method);
        Dependences.Independent independent = Dependences.check(method, expressions, loop, header);
        if (options == null || independent == null) {
            return null;
        }
        List<Reduction> reductions = independent.reductions().stream()
                .map(reduction -> reduction.indexInto() == null ? reduction
                        : reduction.indexing(rendered(method, independent.indexedArrays().get(reduction.variable()))))
                .toList();
        Set<String> privateNames = new HashSet<>();
        // A private array stays captured: the chunk's own array takes its length.
        independent.privates().stream().filter(local -> !local.array()).forEach(local -> privateNames.add(local.name()));
        List<Induction> inductions = independent.cursors().stream()
                .map(cursor -> new Induction(cursor.declaration().getName().toString(),
                        WrittenType.of(LoopHeader.declaredType(cursor.declaration(), method)), cursor.step()))
                .toList();
        inductions.forEach(induction -> privateNames.add(induction.name()));
        // A collection reduction's partial is a local of the chunk; the chunk method takes the
        // original as a parameter of the reduction's own type.
        independent.collections().forEach(collection -> privateNames.add(collection.variable()));
        List<Capture> captures = captures(method, expressions, loop, header, reductions, privateNames);
        List<PrivateLocal> privates = privates(method, expressions, loop, independent.privates());
        if (captures == null || privates == null) {
            return null;
        }
        String body = bodyText(method, method.edits(), loop.getLeaf(), header.body());
        Tree parent = loop.getParentPath().getLeaf();
        String label = parent instanceof LabeledStatementTree labeled ? labeled.getLabel().toString() : "";
        return new ParallelLoop(method.source().location(loop.getLeaf()), options, header.shape(),
                header.variable().getName().toString(), header.variableType(), label,
                body, chunkBody(method, loop, header, independent.privates(), privates, body),
                captures, reductions, independent.collections(),
                privates, inductions,
                independent.rowMajor().stream()
                        .map(rows -> new RowMajorIndex(rendered(method, rows.width()),
                                rows.origin() == null ? null : rendered(method, rows.origin()),
                                rows.columns() == null ? null : rendered(method, rows.columns().first()),
                                rows.columns() == null ? null : columnEnd(method, rows.columns()),
                                rows.byColumn() == null ? null : rendered(method, rows.byColumn().first()),
                                rows.byColumn() == null ? null : columnEnd(method, rows.byColumn())))
                        .toList(),
                independent.distinct().stream()
                        .map(pair -> sameArrayCheck(method, pair))
                        .toList(),
                independent.reached().stream().map(checked -> reachedObject(method, checked)).toList(),
                independent.reached().isEmpty() || independent.reached().get(0).way().array() == null
                        ? "" : rendered(method, independent.reached().get(0).way().array()));
    }

    /**
     * The check that two arrays are not one; for an array held in a field of an object
     * ({@code a.data}), the objects on the way to it, each compared with null first.
     */
    private static SameArrayCheck sameArrayCheck(MethodContext method, Dependences.DistinctArrays pair) {
        // no tree for the receiver a call of the class's own method runs on, nor for the class of a static field it reads
        boolean fromClass = pair.other() == null && pair.steps().get(0).fromClass();
        String other = fromClass ? null : pair.other() == null ? "this" : method.source().text(pair.other());
        String otherInTwin = fromClass ? null : pair.other() == null ? method.receiver() : rendered(method, pair.other());
        List<String> guards = new ArrayList<>();
        boolean first = true;
        for (HeldStep step : pair.steps()) {
            if (otherInTwin != null && (!first || pair.otherMayBeNull())) {
                guards.add(otherInTwin + " != null");
            }
            if (step.field() == null) {
                guards.add(step.row() + " < " + otherInTwin + ".length");
                otherInTwin += "[" + step.row() + "]";
            } else {
                otherInTwin = fieldInTwin(method, step.field(), otherInTwin);
            }
            other = step.text(other);
            first = false;
        }
        return new SameArrayCheck(method.source().text(pair.written()), other, rendered(method, pair.written()),
                otherInTwin, pair.cast(), pair.lists(), guards);
    }

    /** The column or row past the last of {@code columns}, as the twin writes it: one past an inclusive bound, in {@code long}. */
    private static String columnEnd(MethodContext method, CountingLoop.Columns columns) {
        String bound = rendered(method, columns.bound());
        return columns.inclusive() ? "(long) (" + bound + ") + 1" : bound;
    }

    /** An object the twin checks, with the objects that lead to it from the element, as the twin writes them. */
    private static ReachedObject reachedObject(MethodContext method, ReachedObjectWrites.Checked checked) {
        List<String> steps = new ArrayList<>(checked.way().steps().stream().map(step -> rendered(method, step)).toList());
        for (VariableElement field : checked.fields()) {
            steps.add(fieldInTwin(method, field, steps.get(steps.size() - 1)));
        }
        return new ReachedObject(steps.subList(0, steps.size() - 1), steps.get(steps.size() - 1));
    }

    /**
     * {@code field} of {@code holder} as the twin reads it: by name, after its class where there is
     * no holder, or through its handle where the twin may not name it.
     */
    private static String fieldInTwin(MethodContext method, VariableElement field, String holder) {
        if (!Access.named(field, method.element())) {
            return method.privates().read(field, holder);
        }
        return (holder == null ? ClassName.get((TypeElement) field.getEnclosingElement()).canonicalName() : holder)
                + "." + field.getSimpleName();
    }

    /** An expression of the method as the twin writes it, names rewritten. */
    private static String rendered(MethodContext method, Tree expression) {
        return method.edits().render(method.source().start(expression), method.source().end(expression));
    }

    /**
     * The outer variables the body reads, in order of first use, the receiver first when the body
     * uses it; {@code null} after reporting one whose type Weft cannot know.
     */
    private static List<Capture> captures(MethodContext method, ExpressionTypes expressions, TreePath loop,
            LoopHeader header, List<Reduction> reductions, Set<String> ownCopies) {
        Map<String, Reduction> reduced = new LinkedHashMap<>();
        reductions.forEach(reduction -> reduced.put(reduction.variable(), reduction));
        Map<String, Capture> captures = new LinkedHashMap<>();
        StatementTree body = header.body();
        if (method.receiver() != null && method.edits().usesReceiver(method.source().start(body), method.source().end(body))) {
            captures.put(method.receiver(), new Capture(method.receiver(), TypeName.get(method.type().asType()), false));
        }
        int errors = method.diagnostics().errorCount();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void unused) {
                String name = tree.getName().toString();
                Resolution resolution = method.resolver().resolve(getCurrentPath(), name, loop.getLeaf());
                if (resolution.kind() == Resolution.Kind.LOCAL_CLASS && !resolution.insideLoop()) {
                    method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "The local class `" + name + "` is declared outside this "
                            + "@ParallelFor loop, and Weft moves the loop body into a method of its own, where `" + name
                            + "` is out of scope. Declare `" + name + "` as a nested class of "
                            + method.type().getSimpleName() + " or inside the loop body");
                    return null;
                }
                Reduction reduction = reduced.get(name);
                boolean partialIsLocal = reduction != null && !reduction.array() && !reduction.startsFromValueBefore();
                if (resolution.isOuterVariable() && !partialIsLocal && !ownCopies.contains(name)
                        && !captures.containsKey(name)) {
                    TypeName type = typeOf(method, expressions, resolution, getCurrentPath(), tree);
                    captures.put(name, new Capture(name, type, method.reassigned().contains(name)));
                }
                return null;
            }
        }.scan(new TreePath(loop, body), null);
        return method.diagnostics().errorCount() == errors ? new ArrayList<>(captures.values()) : null;
    }

    /**
     * The private locals with the types the chunk method declares them with; {@code null} after
     * reporting one whose type Weft cannot write, or whose last value cannot be kept.
     */
    private static List<PrivateLocal> privates(MethodContext method, ExpressionTypes expressions, TreePath loop,
            List<Dependences.Private> found) {
        int errors = method.diagnostics().errorCount();
        List<PrivateLocal> privates = new ArrayList<>();
        for (Dependences.Private local : found) {
            Resolution resolution = method.resolver().resolve(loop, local.name(), loop.getLeaf());
            TypeName type = resolution.kind() == Resolution.Kind.PARAMETER ? method.parameterType(local.name()) : null;
            if (type == null) {
                String written = LoopHeader.declaredType(local.declaration(), method);
                type = written.equals("var") ? expressions.inferred(local.declaration(), loop) : WrittenType.of(written);
            }
            if (type == null || local.kept() && !arrayable(method, type)) {
                method.error(DiagnosticId.UNTYPED, loop, local.declaration(), "`" + local.name() + "` is private to each "
                        + "iteration of the @ParallelFor loop at " + method.source().location(loop.getLeaf()) + (type == null
                        ? ", and its declaration shows no type Weft can write for the copy each chunk keeps. Write its type"
                        : " and read after it, and Weft keeps the last iteration's value in an array, which Java cannot "
                                + "create of `" + type + "`. Declare it inside the loop body, or give it a type without "
                                + "type arguments"));
                continue;
            }
            privates.add(new PrivateLocal(local.name(), type, local.kept(), local.array(),
                    local.noted().isEmpty() ? null : method.claim(local.name() + "Assigned"), local.created()));
        }
        return method.diagnostics().errorCount() == errors ? privates : null;
    }

    /** Whether {@code new T[n]} compiles: no type arguments, no type variable, no array (whose brackets come last). */
    private static boolean arrayable(MethodContext method, TypeName type) {
        String text = type.toString();
        return !text.contains("<") && !text.contains("[") && method.element().getTypeParameters().stream()
                .noneMatch(parameter -> parameter.getSimpleName().contentEquals(text))
                && method.type().getTypeParameters().stream()
                        .noneMatch(parameter -> parameter.getSimpleName().contentEquals(text));
    }

    private static TypeName typeOf(MethodContext method, ExpressionTypes expressions, Resolution resolution,
            TreePath path, IdentifierTree use) {
        if (resolution.kind() == Resolution.Kind.PARAMETER && method.parameterType(use.getName()) != null) {
            return method.parameterType(use.getName());
        }
        if (resolution.declaration().getType() instanceof UnionTypeTree union) {
            method.error(DiagnosticId.UNTYPED, path, use, "`" + use.getName() + "` is the parameter of a multi-catch, of type `"
                    + method.source().text(union) + "`, which no parameter can declare, and it is used in a @ParallelFor "
                    + "loop, whose body Weft moves into a method of its own that takes `" + use.getName() + "` as a "
                    + "parameter. Copy it into a local of one type before the loop (`Exception failure = "
                    + use.getName() + ";`) and use that");
            return null;
        }
        String type = LoopHeader.declaredType(resolution.declaration(), method);
        if (!type.equals("var")) {
            return WrittenType.of(type);
        }
        TypeName inferred = expressions.inferred(resolution.declaration(), path);
        if (inferred == null) {
            method.error(DiagnosticId.UNTYPED, path, use, "`" + use.getName() + "` has no written type (it is declared with `var`, or is "
                    + "an implicitly typed lambda parameter), its declaration does not show one Weft can write, and it "
                    + "is used in a @ParallelFor loop, whose body Weft moves into a method of its own that takes `"
                    + use.getName() + "` as a parameter. Write its type");
        }
        return inferred;
    }

    /** The body as the chunk method runs it: {@code body}, or rendered again with the flags of {@link #notingAssignments}. */
    private static String chunkBody(MethodContext method, TreePath loop, LoopHeader header, List<Dependences.Private> found,
            List<PrivateLocal> privates, String body) {
        return privates.stream().allMatch(local -> local.assignedFlag() == null) ? body
                : bodyText(method, notingAssignments(method, found, privates), loop.getLeaf(), header.body());
    }

    /**
     * The method's edits, and after each statement that assigns a private local some iterations
     * leave unassigned, the setting of its flag: {@code found = true; foundAssigned = true;}, or
     * {@code { found = true; foundAssigned = true; }} where the statement is no block's.
     */
    private static Edits notingAssignments(MethodContext method, List<Dependences.Private> found,
            List<PrivateLocal> privates) {
        Edits edits = method.edits().copy();
        Map<String, String> flags = new HashMap<>();
        privates.stream().filter(local -> local.assignedFlag() != null)
                .forEach(local -> flags.put(local.name(), local.assignedFlag()));
        for (Dependences.Private local : found) {
            for (TreePath statement : local.noted()) {
                boolean inBlock = AssigningStatements.inBlock(statement);
                if (!inBlock) {
                    edits.insert(method.source().start(statement.getLeaf()), "{ ");
                }
                edits.insert(method.source().end(statement.getLeaf()),
                        " " + flags.get(local.name()) + " = true;" + (inBlock ? "" : " }"));
            }
        }
        return edits;
    }

    /** The body as a block, rendered with {@code edits}, its lines indented relative to the loop. */
    private static String bodyText(MethodContext method, Edits edits, Tree loop, StatementTree body) {
        String text = edits.render(method.source().start(body), method.source().end(body));
        if (!(body instanceof BlockTree)) {
            return "{\n    " + text + "\n}";
        }
        int indent = method.source().indentOfLine(method.source().start(loop));
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n > 0) {
                out.append('\n');
                int strip = 0;
                while (strip < indent && strip < line.length() && Character.isWhitespace(line.charAt(strip))) {
                    strip++;
                }
                line = line.substring(strip);
            }
            out.append(line);
        }
        return out.toString();
    }
}
