package dev.weft.processor.analyze.loop;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.effects.Arity;
import dev.weft.processor.diagnostic.DiagnosticId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Makes the class's members reachable from the companion: {@code this} and instance members go
 * through the receiver parameter, static members and member types are qualified with their class,
 * private fields, methods and constructors go through the handles of {@link PrivateAccesses}. A
 * private class cannot be named from the companion, which is reported at each use.
 */
final class MemberReferences extends TreePathScanner<Void, Void> {
    private final MethodContext method;
    private final Elements elements;
    private final FamilyTypes family;
    private final ExpressionTypes expressions;
    private final TwinCalls twinCalls;

    private MemberReferences(MethodContext method, ExpressionTypes expressions, Elements elements, TwinCalls twinCalls) {
        this.method = method;
        this.elements = elements;
        this.family = expressions.family();
        this.expressions = expressions;
        this.twinCalls = twinCalls;
    }

    /**
     * Records the method's edits in {@code method.edits()} and reports what cannot be reached.
     *
     * @param twinned the methods of the class that get twins, which the twin calls instead of them
     */
    static void rewrite(MethodContext method, ExpressionTypes expressions, Elements elements,
            Set<ExecutableElement> twinned) {
        new MemberReferences(method, expressions, elements, new TwinCalls(method, twinned))
                .scan(new TreePath(method.path(), method.tree().getBody()), null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
        String name = tree.getName().toString();
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (name.equals("this")) {
            if (method.receiver() != null && !insideLocalClass()) {
                replace(tree, method.receiver(), true);
            }
        } else if (name.equals("super")) {
            if (insideLocalClass()) {
                return null; // the local class's own superclass
            }
            method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "`super` cannot be used in a method with @ParallelFor "
                    + "loops: its twin in " + method.companionName() + " is static and has no superclass. Call the "
                    + "superclass method through a package-private method of " + method.type().getSimpleName());
        } else if (!(parent instanceof MethodInvocationTree call && call.getMethodSelect() == tree)) {
            identifier(tree, name);
        }
        return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (tree.getMethodSelect() instanceof IdentifierTree called) {
            String name = called.getName().toString();
            if (!name.equals("this") && !name.equals("super")
                    && !method.resolver().localClassDeclaresMethod(getCurrentPath(), name)) {
                TypeElement owner = method.resolver().ownerOfMember(name, ElementKind.METHOD);
                boolean twin = owner != null && owner.equals(method.type()) && twinCalls.rewrite(tree, null,
                        Overloads.candidates(method.resolver(), owner, name, tree.getArguments().size()));
                if (owner != null && !twin) {
                    call(tree, called, name, owner);
                }
            }
        }
        return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (tree.getIdentifier().contentEquals("this") && method.receiver() != null && !insideLocalClass()) {
            TypeElement named = family.written(tree.getExpression());
            if (named == null || named.equals(method.type())) {
                replace(tree, method.receiver(), true);
            } else {
                method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "`" + tree + "` is the instance of the enclosing class "
                        + named.getSimpleName() + " around this one, which the static twin in "
                        + method.companionName() + " cannot reach. Pass what the method needs as a parameter");
            }
            return null;
        }
        TypeElement owner = family.classOf(expressions.of(tree.getExpression(), getCurrentPath()));
        if (owner != null && memberOf(tree, owner)) {
            return null;
        }
        return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
        TypeElement created = tree.getEnclosingExpression() == null ? family.written(tree.getIdentifier()) : null;
        // A private class is reported where it is named; its constructors are as private as it is.
        if (created != null && Access.privateClass(created) == null) {
            List<ExecutableElement> constructors = ElementFilter.constructorsIn(created.getEnclosedElements());
            List<ExecutableElement> matching = Arity.applicable(constructors, tree.getArguments().size());
            if (matching.stream().anyMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))) {
                if (tree.getClassBody() != null || created.getNestingKind().isNested()
                        && !created.getModifiers().contains(Modifier.STATIC) && created.getKind() == ElementKind.CLASS) {
                    method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "The constructor "
                            + created.getSimpleName() + "() is private in " + created.getSimpleName() + ", and this "
                            + (tree.getClassBody() != null ? "anonymous subclass" : "inner class") + " needs it where "
                            + "the generated " + method.companionName() + " can only call it through a handle. Make it "
                            + "package-private (remove `private`)");
                } else {
                    reachExecutable(tree, null, matching, tree.getArguments(), created);
                }
            }
        }
        return super.visitNewClass(tree, unused);
    }

    /**
     * Checks {@code select}, a member of {@code owner} reached through a value or a name of that
     * class: a private member cannot be used from the companion, nor any member of a private class
     * through a value of it. A private constant reached through a name is written as its value.
     *
     * @return whether {@code select} was replaced as a whole
     */
    private boolean memberOf(MemberSelectTree select, TypeElement owner) {
        String name = select.getIdentifier().toString();
        TypeElement hidden = Access.privateClass(owner);
        if (hidden != null && !family.namesType(select.getExpression(), getCurrentPath())) {
            method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), select, "`" + select + "` uses a member of " + hidden.getSimpleName()
                    + ", a private class, so the generated " + method.companionName() + " cannot use it in the twin of "
                    + method.tree().getName() + "(). Make " + hidden.getSimpleName() + " package-private (remove "
                    + "`private`)");
            return false;
        }
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (parent instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
            List<ExecutableElement> candidates =
                    Overloads.candidates(method.resolver(), owner, name, call.getArguments().size());
            ExpressionTree qualifier = family.namesType(select.getExpression(), getCurrentPath()) ? null
                    : select.getExpression();
            if (owner.equals(method.type()) && twinCalls.rewrite(call, qualifier, candidates)) {
                return false;
            }
            if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
                reachExecutable(call, qualifier, candidates, call.getArguments(), owner);
            } else if (!candidates.isEmpty() && candidates.stream().allMatch(this::isProtectedElsewhere)) {
                reportProtected(select, "method " + name + "()", candidates.get(0));
            }
            return false;
        }
        Element field = method.resolver().member(owner, name, ElementKind.FIELD);
        if (field != null) {
            // A name or `this` has no side effects that writing the value instead would drop.
            boolean plainQualifier = Syntax.strip(select.getExpression()) instanceof IdentifierTree
                    || Syntax.strip(select.getExpression()) instanceof MemberSelectTree qualifier
                            && family.namesType(qualifier, getCurrentPath());
            ExpressionTree qualifier = family.namesType(select.getExpression(), getCurrentPath()) ? null
                    : select.getExpression();
            return privateField(select, qualifier, (VariableElement) field, owner, plainQualifier);
        }
        if (isPrivateMemberType(owner, name)) {
            reportPrivate(select, "class " + name, owner);
        }
        return false;
    }

    /**
     * A private field used at {@code tree}, through {@code qualifier} ({@code null} for none or a
     * class name) is reached through its handle; a constant's value is written in its place, where
     * that drops no evaluation.
     *
     * @return whether {@code tree} was replaced as a whole, leaving nothing inside it to rewrite
     */
    private boolean privateField(Tree tree, ExpressionTree qualifier, VariableElement field, TypeElement owner,
            boolean replaceable) {
        if (isProtectedElsewhere(field)) {
            reportProtected(tree, "field " + field.getSimpleName(), field);
        }
        if (!field.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        if (replaceable && field.getConstantValue() != null) {
            replace(tree, elements.getConstantExpression(field.getConstantValue()) + " /* "
                    + MethodContext.relativeName(owner) + "." + field.getSimpleName() + " */", false);
            return true;
        }
        if (reachable(tree, "field " + field.getSimpleName(), owner)) {
            FieldHandles.rewrite(method, expressions, getCurrentPath(), qualifier, field);
        }
        return false;
    }

    /**
     * Rewrites a call of a method or constructor among {@code overloads}, one of them private, as a
     * call of the companion's helpers for them: the receiver first for an instance method, then the
     * arguments as written.
     *
     * @param qualifier the object the method is called on; {@code null} for none or a class name
     */
    private void reachExecutable(ExpressionTree call, ExpressionTree qualifier, List<ExecutableElement> overloads,
            List<? extends ExpressionTree> arguments, TypeElement owner) {
        ExecutableElement first = overloads.get(0);
        String what = first.getKind() == ElementKind.CONSTRUCTOR ? "constructor " + owner.getSimpleName() + "()"
                : "method " + first.getSimpleName() + "()";
        if (!reachable(call, what, owner)) {
            return;
        }
        boolean instance = first.getKind() == ElementKind.METHOD && !first.getModifiers().contains(Modifier.STATIC);
        if (overloads.stream().anyMatch(m -> (m.getKind() == ElementKind.METHOD
                && !m.getModifiers().contains(Modifier.STATIC)) != instance)) {
            method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), call, "Weft cannot tell whether this call of the "
                    + what + ", which is private, means a static or an instance method of that name, so the companion "
                    + "cannot reach it. Give the methods different names");
            return;
        }
        List<Edits.Part> parts = new ArrayList<>();
        parts.add(Edits.Part.text(method.privates().executable(overloads) + "("));
        boolean receiver = false;
        if (instance) {
            if (qualifier != null) {
                parts.add(source(qualifier));
            } else if (method.receiver() != null && owner.equals(method.type())) {
                parts.add(Edits.Part.text(method.receiver()));
                receiver = true;
            } else {
                method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), call, "`" + first.getSimpleName() + "` is an "
                        + "instance member of the enclosing class " + owner.getSimpleName() + ", which the static twin in "
                        + method.companionName() + " cannot reach. Pass what the method needs as a parameter");
                return;
            }
            if (!arguments.isEmpty()) {
                parts.add(Edits.Part.text(", "));
            }
        }
        if (!arguments.isEmpty()) {
            parts.add(Edits.Part.source(method.source().start(arguments.get(0)),
                    method.source().end(arguments.get(arguments.size() - 1))));
        }
        parts.add(Edits.Part.text(")"));
        replace(call, parts, receiver);
    }

    /**
     * Whether the companion can reach a private member of {@code owner} through a handle, after
     * reporting why not: it cannot name the members of a generic class without its type arguments.
     */
    private boolean reachable(Tree use, String member, TypeElement owner) {
        if (owner.getTypeParameters().isEmpty()) {
            return true;
        }
        method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), use, "The " + member + " is private in "
                + owner.getSimpleName() + ", a generic class, whose private members the generated "
                + method.companionName() + " does not reach in the twin of " + method.tree().getName() + "(). Make it "
                + "package-private (remove `private`)");
        return false;
    }

    private Edits.Part source(Tree tree) {
        return Edits.Part.source(method.source().start(tree), method.source().end(tree));
    }

    private boolean isPrivateMemberType(TypeElement owner, String name) {
        for (ElementKind kind : NameResolver.TYPES) {
            Element type = method.resolver().member(owner, name, kind);
            if (type != null) {
                return type.getModifiers().contains(Modifier.PRIVATE);
            }
        }
        return false;
    }

    private void identifier(IdentifierTree tree, String name) {
        Resolution resolution = method.resolver().resolve(getCurrentPath(), name, null);
        if (resolution.kind() == Resolution.Kind.FIELD) {
            VariableElement field = resolution.field();
            boolean enclosingInstance = !field.getModifiers().contains(Modifier.STATIC)
                    && !resolution.owner().equals(method.type());
            if (field.getModifiers().contains(Modifier.PRIVATE) && !enclosingInstance) {
                privateField(tree, null, field, resolution.owner(), true);
            } else if (isProtectedElsewhere(field)) {
                reportProtected(tree, "field " + name, field);
            } else {
                member(tree, name, resolution.owner(), field.getModifiers().contains(Modifier.STATIC));
            }
        } else if (resolution.kind() == Resolution.Kind.OTHER) {
            memberType(tree, name);
        }
    }

    private void memberType(IdentifierTree tree, String name) {
        for (Element t = method.type(); t instanceof TypeElement type; t = type.getEnclosingElement()) {
            if (type.getSimpleName().contentEquals(name)) {
                replace(tree, MethodContext.relativeName(type), false);
                return;
            }
        }
        TypeElement owner = method.resolver().ownerOfMember(name, NameResolver.TYPES);
        if (owner == null) {
            return;
        }
        if (isPrivateMemberType(owner, name)) {
            reportPrivate(tree, "class " + name, owner);
            return;
        }
        replace(tree, MethodContext.relativeName(owner) + "." + name, false);
    }

    private void call(MethodInvocationTree call, IdentifierTree called, String name, TypeElement owner) {
        List<ExecutableElement> candidates =
                Overloads.candidates(method.resolver(), owner, name, call.getArguments().size());
        if (candidates.stream().anyMatch(m -> m.getModifiers().contains(Modifier.PRIVATE))) {
            reachExecutable(call, null, candidates, call.getArguments(), owner);
            return;
        }
        if (!candidates.isEmpty() && candidates.stream().allMatch(this::isProtectedElsewhere)) {
            reportProtected(called, "method " + name + "()", candidates.get(0));
            return;
        }
        member(called, name, owner, candidates.stream().allMatch(m -> m.getModifiers().contains(Modifier.STATIC)));
    }

    private void member(Tree tree, String name, TypeElement owner, boolean isStatic) {
        if (isStatic) {
            replace(tree, MethodContext.relativeName(owner) + "." + name, false);
        } else if (owner.equals(method.type()) && method.receiver() != null) {
            replace(tree, method.receiver() + "." + name, true);
        } else if (!owner.equals(method.type())) {
            method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "`" + name + "` is an instance member of the enclosing "
                    + "class " + owner.getSimpleName() + ", which the static twin in " + method.companionName()
                    + " cannot reach. Pass what the method needs as a parameter");
        }
    }

    private boolean insideLocalClass() {
        for (TreePath p = getCurrentPath(); p != null && p.getLeaf() != method.tree(); p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code member} is protected in a class of another package: the method reaches it as a
     * subclass does, and the companion, which extends nothing, cannot.
     */
    private boolean isProtectedElsewhere(Element member) {
        return member.getModifiers().contains(Modifier.PROTECTED)
                && !elements.getPackageOf(member).equals(elements.getPackageOf(method.type()));
    }

    private void reportProtected(Tree tree, String member, Element declared) {
        TypeElement owner = (TypeElement) declared.getEnclosingElement();
        method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "The " + member + " is protected in " + owner.getSimpleName()
                + ", a class of another package (" + elements.getPackageOf(owner).getQualifiedName() + "), so the "
                + "generated " + method.companionName() + " cannot use it in the twin of " + method.tree().getName()
                + "(). Use it through a package-private method of " + method.type().getSimpleName());
    }

    private void reportPrivate(Tree tree, String member, TypeElement owner) {
        method.error(DiagnosticId.OUT_OF_REACH, getCurrentPath(), tree, "The " + member + " is private in "
                + owner.getSimpleName() + ", so the generated " + method.companionName()
                + " cannot use it in the twin of " + method.tree().getName() + "(). Make it package-private "
                + "(remove `private`)");
    }

    private void replace(Tree tree, List<Edits.Part> replacement, boolean receiver) {
        method.edits().replace(method.source().start(tree), method.source().end(tree), replacement, receiver);
    }

    private void replace(Tree tree, String replacement, boolean receiver) {
        method.edits().replace(method.source().start(tree), method.source().end(tree), replacement, receiver);
    }
}
