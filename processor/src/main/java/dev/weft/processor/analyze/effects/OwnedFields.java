package dev.weft.processor.analyze.effects;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Bare;
import dev.weft.processor.analyze.FieldResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Fields that every object holds an object of its own in: a field that is only ever set to an
 * object created there and then ({@code new}, an array's copy, a call whose summaries say it
 * returns only what it creates), or to {@code null}. Two distinct objects then never share what
 * such a field holds, which is how a loop's element owns, say, the array {@code p.position}; any
 * other field may hold an object two elements share ({@code e.to} of two edges to one node).
 *
 * <p>The trees are not attributed yet: every assignment to a field of that name counts, whichever
 * object it names, and a field that is neither private nor final counts the assignments of the
 * whole compilation, what is outside it assumed away as overrides outside it are. A record's
 * components are set to what its constructor is handed, and a Cloneable class's fields are copied
 * as they are, with no assignment to see: neither counts as owned.
 */
final class OwnedFields {
    private final Trees trees;
    private final Summaries summaries;
    private final Collection<TypeElement> compiled;
    private final Map<VariableElement, Optional<String>> known = new HashMap<>();

    OwnedFields(Trees trees, Summaries summaries, Collection<TypeElement> compiled) {
        this.trees = trees;
        this.summaries = summaries;
        this.compiled = compiled;
    }

    /** Why {@code field} may hold an object that another object holds too; empty where it cannot. */
    Optional<String> sharedBecause(VariableElement field) {
        return known.computeIfAbsent(field, this::find);
    }

    /**
     * Why what a call of {@code method} returns may be an object that another object holds too;
     * empty where it and every override in the compilation only return a field each object owns
     * ({@code return position;}, {@code return this.position;}).
     */
    Optional<String> returnsSharedBecause(ExecutableElement method, List<ExecutableElement> overrides) {
        List<ExecutableElement> all = new ArrayList<>(overrides);
        all.add(0, method);
        for (ExecutableElement each : all) {
            VariableElement field = returnedField(each);
            if (field == null) {
                return Optional.of("`" + method.getSimpleName() + "()` may return an object other than a field of its receiver");
            }
            Optional<String> why = sharedBecause(field);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    /**
     * Why an object just built by a call that may run any of {@code constructors} may hold in
     * {@code field}, of its class, an object that others hold too; empty where the code building it
     * sets the field only to objects created there and then: each constructor, those it hands over
     * to with {@code this(...)}, and the class's field initializers and initializer blocks, in a
     * class that extends {@code Object}, with no lambda or class in them, no unqualified call of a
     * method, and {@code this} only in {@code this.f}: nothing else may reach the object being built.
     */
    Optional<String> sharedWhenBuiltBy(VariableElement field, List<ExecutableElement> constructors) {
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        String name = "`" + owner.getSimpleName() + "." + field.getSimpleName() + "`";
        TypeElement object = summaries.elements().getTypeElement("java.lang.Object");
        if (constructors.isEmpty() || !summaries.types().isSameType(owner.getSuperclass(), object.asType())) {
            return Optional.of(name + " may be set by code Weft does not follow where its object is built");
        }
        List<TreePath> building = new ArrayList<>();
        List<ExecutableElement> pending = new ArrayList<>(constructors);
        List<ExecutableElement> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            ExecutableElement constructor = pending.remove(pending.size() - 1);
            TreePath path = constructor.getEnclosingElement() == owner && !seen.contains(constructor)
                    ? trees.getPath(constructor) : null;
            if (path == null) {
                if (!seen.contains(constructor)) {
                    return Optional.of(name + " is set where its object is built by code Weft cannot read");
                }
                continue;
            }
            seen.add(constructor);
            building.add(new TreePath(path, ((MethodTree) path.getLeaf()).getBody()));
            pending.addAll(handedOver((MethodTree) path.getLeaf(), owner));
        }
        TreePath type = trees.getPath(owner);
        for (Tree member : ((ClassTree) type.getLeaf()).getMembers()) {
            if (member instanceof VariableTree variable && !variable.getModifiers().getFlags().contains(Modifier.STATIC)
                    && variable.getInitializer() != null) {
                TreePath value = new TreePath(new TreePath(type, variable), variable.getInitializer());
                if (variable.getName().equals(field.getSimpleName()) && !fresh(variable.getInitializer(), value)) {
                    return Optional.of(name + " starts as `" + variable.getInitializer() + "`, an object that other "
                            + "objects may hold too");
                }
                building.add(value);
            } else if (member instanceof BlockTree block && !block.isStatic()) {
                building.add(new TreePath(type, block));
            }
        }
        Set<Name> inner = ElementFilter.typesIn(owner.getEnclosedElements()).stream()
                .filter(nested -> !nested.getModifiers().contains(Modifier.STATIC)).map(TypeElement::getSimpleName)
                .collect(Collectors.toSet());
        for (TreePath code : building) {
            Optional<String> why = setOnlyFresh(field, code, inner);
            if (why.isPresent()) {
                return Optional.of(name + " " + why.get());
            }
        }
        return Optional.empty();
    }

    /** The constructors of {@code owner} that {@code constructor} hands over to with {@code this(...)}, by their number of parameters. */
    private static List<ExecutableElement> handedOver(MethodTree constructor, TypeElement owner) {
        if (constructor.getBody().getStatements().isEmpty()
                || !(constructor.getBody().getStatements().get(0) instanceof ExpressionStatementTree first)
                || !(first.getExpression() instanceof MethodInvocationTree call)
                || !call.getMethodSelect().toString().equals("this")) {
            return List.of();
        }
        return ElementFilter.constructorsIn(owner.getEnclosedElements()).stream()
                .filter(other -> other.getParameters().size() == call.getArguments().size() || other.isVarArgs())
                .toList();
    }

    /**
     * Why {@code code}, where an object of the field's class is built, may set the field to an
     * object others hold too; {@code inner} names the class's inner classes, whose objects hold it.
     */
    private Optional<String> setOnlyFresh(VariableElement field, TreePath code, Set<Name> inner) {
        String[] why = {null};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree assignment, Void unused) {
                ExpressionTree target = Bare.of(assignment.getVariable());
                boolean own = target instanceof IdentifierTree simple && simple.getName().equals(field.getSimpleName())
                        || target instanceof MemberSelectTree select && select.getIdentifier().equals(field.getSimpleName())
                                && Bare.of(select.getExpression()) instanceof IdentifierTree self
                                && self.getName().contentEquals("this");
                TreePath value = new TreePath(getCurrentPath(), assignment.getExpression());
                if (why[0] == null && own && !fresh(assignment.getExpression(), value)) {
                    why[0] = "is set to `" + assignment.getExpression() + "` ("
                            + Position.of(trees, code.getCompilationUnit(), assignment) + ") where its object is built, "
                            + "an object that other objects may hold too";
                }
                return super.visitAssignment(assignment, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                ExpressionTree select = Bare.of(call.getMethodSelect());
                String called = select.toString();
                boolean ownMethod = select instanceof IdentifierTree ? !called.equals("this") && !called.equals("super")
                        : select instanceof MemberSelectTree member && Bare.of(member.getExpression()) instanceof IdentifierTree self
                                && (self.getName().contentEquals("this") || self.getName().contentEquals("super"));
                if (why[0] == null && ownMethod) {
                    why[0] = "may be set by `" + call + "` (" + Position.of(trees, code.getCompilationUnit(), call)
                            + "), which its object calls while it is built";
                }
                return super.visitMethodInvocation(call, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree creation, Void unused) {
                ExpressionTree created = Bare.of(creation.getIdentifier());
                Name simple = created instanceof MemberSelectTree select ? select.getIdentifier()
                        : created instanceof IdentifierTree identifier ? identifier.getName()
                        : created instanceof ParameterizedTypeTree generic
                                && generic.getType() instanceof IdentifierTree raw ? raw.getName() : null;
                if (why[0] == null && (simple == null || inner.contains(simple))) {
                    why[0] = "may be set by `" + creation + "` (" + Position.of(trees, code.getCompilationUnit(), creation)
                            + "), an object of an inner class that holds its object while it is built";
                }
                return super.visitNewClass(creation, unused);
            }

            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                Tree parent = getCurrentPath().getParentPath().getLeaf();
                boolean selected = parent instanceof MemberSelectTree select && select.getExpression() == identifier
                        || parent instanceof MethodInvocationTree call && call.getMethodSelect() == identifier;
                if (why[0] == null && identifier.getName().contentEquals("this") && !selected) {
                    why[0] = "may be set through `this`, which its object hands on while it is built ("
                            + Position.of(trees, code.getCompilationUnit(), identifier) + ")";
                }
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
                why[0] = why[0] != null ? why[0] : "may be set by a lambda its object makes while it is built";
                return null;
            }

            @Override
            public Void visitClass(ClassTree type, Void unused) {
                why[0] = why[0] != null ? why[0] : "may be set by a class its object makes while it is built";
                return null;
            }
        }.scan(code, null);
        return Optional.ofNullable(why[0]);
    }

    /** The field of its own receiver that {@code method} does nothing but return; {@code null} for any other method. */
    VariableElement returnedField(ExecutableElement method) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        RecordComponentElement component = summaries.elements().recordComponentFor(method);
        if (component != null) {
            return fieldNamed(owner, component.getSimpleName());
        }
        MethodTree tree = trees.getTree(method);
        if (tree == null || tree.getBody() == null
                || tree.getBody().getStatements().size() != 1
                || !(tree.getBody().getStatements().get(0) instanceof ReturnTree returned)
                || returned.getExpression() == null || method.getModifiers().contains(Modifier.STATIC)) {
            return null;
        }
        ExpressionTree value = Bare.of(returned.getExpression());
        Name name = value instanceof IdentifierTree simple ? simple.getName()
                : value instanceof MemberSelectTree select && Bare.of(select.getExpression()) instanceof IdentifierTree self
                        && self.getName().contentEquals("this") ? select.getIdentifier() : null;
        boolean parameterNamed = method.getParameters().stream().anyMatch(parameter -> parameter.getSimpleName().equals(name));
        return name == null || parameterNamed ? null : fieldNamed(owner, name);
    }

    private VariableElement fieldNamed(TypeElement owner, Name name) {
        return Members.field(summaries.elements(), owner, name).orElse(null);
    }

    private Optional<String> find(VariableElement field) {
        String name = "`" + field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName() + "`";
        if (field.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of(name + " is static, one for every object");
        }
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        if (owner.getRecordComponents().stream().anyMatch(component -> component.getSimpleName().equals(field.getSimpleName()))) {
            return Optional.of(name + " is a record component, set to what the constructor is handed");
        }
        // Object.clone() copies every field as it is, without an assignment to see.
        TypeElement cloneable = summaries.elements().getTypeElement("java.lang.Cloneable");
        Optional<TypeElement> copied = compiled.stream().filter(type -> isSubclass(type, owner) && isSubclass(type, cloneable))
                .findFirst();
        if (copied.isPresent()) {
            return Optional.of(name + " may be copied as it is by `clone()`, as `" + copied.get().getSimpleName()
                    + "` is Cloneable");
        }
        // Only the class sets a final field; a private one, the class and those nested with it; any
        // other, code anywhere, of which Weft reads the compilation, as it reads overrides.
        boolean isFinal = field.getModifiers().contains(Modifier.FINAL);
        List<TreePath> scopes = new ArrayList<>();
        if (isFinal || field.getModifiers().contains(Modifier.PRIVATE)) {
            scopes.add(trees.getPath(isFinal ? field.getEnclosingElement() : outermost(field)));
        } else {
            compiled.stream().filter(type -> !(type.getEnclosingElement() instanceof TypeElement))
                    .map(trees::getPath).forEach(scopes::add);
        }
        if (scopes.contains(null) || trees.getPath(field) == null) {
            return Optional.of(name + " is declared in a class whose source Weft cannot read");
        }
        List<TreePath> values = new ArrayList<>();
        Tree declaration = trees.getTree(field);
        if (declaration instanceof VariableTree variable && variable.getInitializer() != null) {
            TreePath at = trees.getPath(field);
            values.add(new TreePath(at, variable.getInitializer()));
        }
        TreePathScanner<Void, Void> assignments = new TreePathScanner<>() {
            @Override
            public Void visitAssignment(AssignmentTree assignment, Void unused) {
                ExpressionTree target = Bare.of(assignment.getVariable());
                Name assigned = target instanceof IdentifierTree simple ? simple.getName()
                        : target instanceof MemberSelectTree select ? select.getIdentifier() : null;
                if (field.getSimpleName().equals(assigned) && mayAssign(target, getCurrentPath(), owner)) {
                    values.add(new TreePath(getCurrentPath(), assignment.getExpression()));
                }
                return super.visitAssignment(assignment, unused);
            }
        };
        scopes.forEach(scope -> assignments.scan(scope, null));
        for (TreePath value : values) {
            if (!fresh((ExpressionTree) value.getLeaf(), value)) {
                return Optional.of(name + " is set to `" + value.getLeaf() + "` ("
                        + Position.of(trees, value.getCompilationUnit(), value.getLeaf())
                        + "), an object that other objects may hold too");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code target}, a name or a field selected by the name of the field declared in
     * {@code owner}, may be that field: a simple name inside the class, a subclass, or a class
     * nested in one; {@code this.f} in such a class; {@code x.f} unless {@code x} is declared with
     * a class unrelated to {@code owner}.
     */
    private boolean mayAssign(ExpressionTree target, TreePath path, TypeElement owner) {
        TypeElement within = enclosingClass(path);
        if (target instanceof IdentifierTree) {
            for (Element type = within; type instanceof TypeElement enclosing; type = enclosing.getEnclosingElement()) {
                if (isSubclass(enclosing, owner)) {
                    return true;
                }
            }
            return false;
        }
        ExpressionTree receiver = Bare.of(((MemberSelectTree) target).getExpression());
        TypeMirror type = within == null ? null
                : variableType(receiver, path, new FieldResolver(summaries.elements(), within, path.getCompilationUnit()));
        return !(type instanceof DeclaredType declared) || isSubclass((TypeElement) declared.asElement(), owner)
                || isSubclass(owner, (TypeElement) declared.asElement());
    }

    /** Whether {@code value} is an object created where it is evaluated, or nothing. */
    private boolean fresh(ExpressionTree value, TreePath path) {
        ExpressionTree bare = Bare.of(value);
        if (bare instanceof NewClassTree || bare instanceof NewArrayTree
                || bare instanceof LiteralTree && bare.getKind() == Tree.Kind.NULL_LITERAL) {
            return true;
        }
        if (bare instanceof ConditionalExpressionTree choice) {
            return fresh(choice.getTrueExpression(), new TreePath(path, choice.getTrueExpression()))
                    && fresh(choice.getFalseExpression(), new TreePath(path, choice.getFalseExpression()));
        }
        return bare instanceof MethodInvocationTree call && freshCall(call, path);
    }

    /**
     * Whether {@code call} creates what it returns: {@code Arrays.copyOf}, an array's
     * {@code clone()}, or a method whose every overload's summary says so.
     */
    private boolean freshCall(MethodInvocationTree call, TreePath path) {
        TypeElement within = enclosingClass(path);
        FieldResolver names = new FieldResolver(summaries.elements(), within, path.getCompilationUnit());
        TypeElement owner;
        String name;
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            name = select.getIdentifier().toString();
            TypeMirror receiver = variableType(Bare.of(select.getExpression()), path, names);
            if (name.equals("clone") && call.getArguments().isEmpty()) {
                return receiver != null && receiver.getKind() == TypeKind.ARRAY;
            }
            owner = receiver instanceof DeclaredType declared ? (TypeElement) declared.asElement()
                    : names.type(select.getExpression()).orElse(null);
            if (owner != null && owner.getQualifiedName().contentEquals("java.util.Arrays")) {
                return name.startsWith("copyOf");
            }
        } else {
            name = call.getMethodSelect().toString();
            owner = Members.ofUnqualifiedCall(summaries.elements(), within, names, name);
        }
        List<ExecutableElement> callees = owner == null ? List.of() : Members.methods(summaries.elements(), owner, name);
        return summaries.returnOnlyNew(callees);
    }

    /**
     * The declared type of what {@code receiver} names: a parameter of the enclosing method or
     * constructor, {@code this}, or a field; {@code null} for anything else.
     */
    private TypeMirror variableType(ExpressionTree receiver, TreePath path, FieldResolver names) {
        if (!(receiver instanceof IdentifierTree name)) {
            return null;
        }
        if (name.getName().contentEquals("this")) {
            TypeElement type = enclosingClass(path);
            return type == null ? null : type.asType();
        }
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof MethodTree && trees.getElement(at) instanceof ExecutableElement method) {
                for (VariableElement parameter : method.getParameters()) {
                    if (parameter.getSimpleName().equals(name.getName())) {
                        return parameter.asType();
                    }
                }
                break;
            }
        }
        return names.field(name.getName().toString()).map(VariableElement::asType).orElse(null);
    }

    private TypeElement enclosingClass(TreePath path) {
        for (TreePath at = path; at != null; at = at.getParentPath()) {
            if (at.getLeaf() instanceof ClassTree && trees.getElement(at) instanceof TypeElement type) {
                return type;
            }
        }
        return null;
    }

    private boolean isSubclass(TypeElement type, TypeElement of) {
        return of != null && summaries.types().isSubtype(summaries.types().erasure(type.asType()),
                summaries.types().erasure(of.asType()));
    }

    private static Element outermost(Element field) {
        Element type = field.getEnclosingElement();
        while (type.getEnclosingElement() instanceof TypeElement enclosing) {
            type = enclosing;
        }
        return type;
    }

}
