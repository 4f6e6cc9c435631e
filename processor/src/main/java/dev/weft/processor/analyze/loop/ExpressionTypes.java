package dev.weft.processor.analyze.loop;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.TreePath;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.DeclaredTypes;
import dev.weft.processor.analyze.FieldResolver;
import dev.weft.processor.analyze.TypeParameters;
import dev.weft.processor.analyze.effects.Arity;
import dev.weft.processor.analyze.effects.JdkChanges;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The types of expressions in a method body, before javac attributes it, from declarations alone:
 * parameters and fields as javac entered them, then fields, method results, array elements, lambda
 * parameters and loop variables followed from there with their type arguments. Local variables
 * count where their declaration names a class of the method's family, or restates the class of
 * their initializer. {@code null} wherever that does not tell: Weft never guesses a type.
 */
final class ExpressionTypes {
    private final MethodContext method;
    private final FamilyTypes family;
    private final Types types;
    private final Elements elements;
    private final FieldResolver classNames;
    /** The {@code var} declarations being followed to their initializers, which a broken one could loop through. */
    private final Set<VariableTree> following = new HashSet<>();
    /** What each expression was found to be: the checks ask again for every link of a chain {@code a.b().c}. */
    private final Map<ExpressionTree, TypeMirror> known = new IdentityHashMap<>();

    ExpressionTypes(MethodContext method, FamilyTypes family, ProcessingEnvironment env) {
        this.method = method;
        this.family = family;
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.classNames = new FieldResolver(elements, method.type(), method.path().getCompilationUnit());
    }

    /** The classes whose private members the method may use. */
    FamilyTypes family() {
        return family;
    }

    /** Whether an object of one of the classes may be an object of the other: either is a subtype of the other. */
    boolean related(TypeElement a, TypeElement b) {
        TypeMirror first = types.erasure(a.asType());
        TypeMirror second = types.erasure(b.asType());
        return types.isSubtype(first, second) || types.isSubtype(second, first);
    }

    /** Whether two types are the same once erased: {@code int[]} and {@code int[]}, {@code List<A>} and {@code List<B>}. */
    boolean sameErasure(TypeMirror a, TypeMirror b) {
        return types.isSameType(types.erasure(a), types.erasure(b));
    }

    /** The type of the local or loop variable {@code declaration}, used at {@code scope}, as {@link #of} gives a name's. */
    TypeMirror ofLocal(VariableTree declaration, TreePath scope) {
        return local(declaration, scope);
    }

    /** Whether {@code type}, erased, is a subtype of the class named {@code qualifiedName}. */
    boolean isSubtype(TypeElement type, String qualifiedName) {
        TypeElement supertype = elements.getTypeElement(qualifiedName);
        return supertype != null && types.isSubtype(types.erasure(type.asType()), types.erasure(supertype.asType()));
    }

    /**
     * Whether {@code argument}, used at {@code path}, may be handed where {@code parameter} is
     * taken: a lambda or a method reference where a functional interface is, anything else where its type is
     * unknown or assignable to the parameter's erasure.
     */
    boolean accepts(TypeMirror parameter, ExpressionTree argument, TreePath path) {
        ExpressionTree bare = Syntax.strip(argument);
        if (bare instanceof LambdaExpressionTree || bare instanceof MemberReferenceTree) {
            return function(parameter) != null;
        }
        TypeMirror type = of(argument, path);
        return type == null || types.isAssignable(types.erasure(type), types.erasure(parameter));
    }

    /** Whether {@code expression}, used at {@code path}, is a {@code java.util.List}. */
    boolean isList(ExpressionTree expression, TreePath path) {
        DeclaredType type = declared(of(expression, path));
        return type != null && isSubtype((TypeElement) type.asElement(), "java.util.List");
    }

    /** Whether {@code type} is a container of the JDK that is not made for threads: a list, a map, a builder. */
    boolean unsynchronisedContainer(TypeElement type) {
        return !type.getQualifiedName().toString().startsWith("java.util.concurrent.")
                && JdkChanges.CONTAINERS.stream().anyMatch(kind -> isSubtype(type, kind));
    }

    /** The class {@code name}, a type as written in the method, names; {@code null} for none. */
    TypeElement writtenClass(Tree name) {
        Tree raw = name instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : name;
        return raw instanceof ExpressionTree expression ? classNames.type(expression).orElse(null) : null;
    }

    /** The constructors {@code creation} may call: none for an anonymous class, or a class Weft cannot resolve. */
    List<ExecutableElement> constructors(NewClassTree creation) {
        TypeElement created = creation.getClassBody() == null ? writtenClass(creation.getIdentifier()) : null;
        return created == null ? List.of() : Arity.applicable(ElementFilter.constructorsIn(created.getEnclosedElements()),
                creation.getArguments().size());
    }

    /** The class of {@code expression}'s value, used at {@code scope}; {@code null} where declarations do not tell it. */
    TypeElement classOf(ExpressionTree expression, TreePath scope) {
        DeclaredType declared = declared(of(expression, scope));
        return declared == null ? null : (TypeElement) declared.asElement();
    }

    /**
     * The class of {@code expression}'s value, used at {@code path}, or where the declarations Weft
     * follows do not type it, the class the local it names is declared with ({@code List} of
     * {@code List<Item> near = new ArrayList<>()}); {@code null} where neither tells it.
     */
    TypeElement declaredClass(ExpressionTree expression, TreePath path) {
        TypeElement typed = classOf(expression, path);
        return typed != null ? typed : classWritten(expression, path);
    }

    /** The type of {@code expression}'s value, used at {@code scope}; {@code null} where declarations do not tell it. */
    TypeMirror of(ExpressionTree expression, TreePath scope) {
        ExpressionTree bare = Syntax.strip(expression);
        if (!known.containsKey(bare)) {
            known.put(bare, find(bare, scope));
        }
        return known.get(bare);
    }

    private TypeMirror find(ExpressionTree bare, TreePath scope) {
        if (bare instanceof IdentifierTree identifier && identifier.getName().contentEquals("this")) {
            return method.type().asType();
        }
        if (bare instanceof MemberSelectTree select && select.getIdentifier().contentEquals("this")) {
            TypeElement enclosing = family.written(select.getExpression()); // Outer.this
            return enclosing == null ? null : enclosing.asType();
        }
        TypeElement named = family.named(bare, scope);
        if (named != null) {
            return named.asType();
        }
        if (bare instanceof IdentifierTree variable) {
            TypeMirror type = variable(variable, scope);
            return type != null ? type : classNamed(variable, scope);
        }
        if (bare instanceof ArrayAccessTree element) {
            return of(element.getExpression(), scope) instanceof ArrayType array ? array.getComponentType() : null;
        }
        if (bare instanceof MemberSelectTree select) {
            TypeMirror field = field(of(select.getExpression(), scope), select.getIdentifier().toString());
            return field != null ? field : classNamed(select, scope);
        }
        if (bare instanceof MethodInvocationTree call) {
            ArrayType cloned = clonedArray(call, scope);
            return cloned != null ? cloned : sameClass(callees(call, scope), ExecutableType::getReturnType);
        }
        if (bare instanceof ConditionalExpressionTree conditional) {
            TypeMirror whenTrue = of(conditional.getTrueExpression(), scope);
            TypeMirror whenFalse = of(conditional.getFalseExpression(), scope);
            return family.classOf(whenTrue) != null || whenFalse == null ? whenTrue : whenFalse;
        }
        if (bare instanceof TypeCastTree cast) {
            TypeMirror written = written(cast.getType());
            TypeElement outside = written == null ? writtenClass(cast.getType()) : null;
            return outside != null ? outside.asType() : written;
        }
        if (bare instanceof LiteralTree literal) {
            return literal(literal.getKind());
        }
        if (bare instanceof UnaryTree signed && (bare.getKind() == Tree.Kind.UNARY_MINUS || bare.getKind() == Tree.Kind.UNARY_PLUS)
                && Syntax.strip(signed.getExpression()) instanceof LiteralTree literal) {
            return literal(literal.getKind());
        }
        if (bare instanceof NewArrayTree created && created.getType() != null) {
            // new int[2][3] adds a level a dimension, new int[]{...} and new int[2][] one to the type written
            int levels = created.getDimensions().isEmpty() ? 1 : created.getDimensions().size();
            TypeMirror type = written(created.getType());
            for (int level = 0; type != null && level < levels; level++) {
                type = types.getArrayType(type);
            }
            return type;
        }
        if (bare instanceof NewClassTree created && created.getClassBody() == null) {
            TypeMirror written = written(created.getIdentifier());
            // A class outside the family without type parameters is its own type: new StringBuilder()
            TypeElement outside = written == null ? writtenClass(created.getIdentifier()) : null;
            return outside != null && outside.getTypeParameters().isEmpty() ? outside.asType() : written;
        }
        return null;
    }

    /**
     * The class a name outside the family names, {@code System} or {@code java.util.List}, as the
     * receiver of its static members: where no variable of that name hides it.
     */
    private TypeMirror classNamed(ExpressionTree name, TreePath scope) {
        if (name instanceof IdentifierTree identifier
                && method.resolver().resolve(scope, identifier.getName().toString(), null).kind() != Resolution.Kind.OTHER) {
            return null;
        }
        TypeElement named = writtenClass(name);
        return named == null ? null : named.asType();
    }

    /** The array {@code call} clones, {@code a.clone()}, whose type the clone has; {@code null} for any other call. */
    private ArrayType clonedArray(MethodInvocationTree call, TreePath scope) {
        return call.getMethodSelect() instanceof MemberSelectTree select && call.getArguments().isEmpty()
                && select.getIdentifier().contentEquals("clone")
                && of(select.getExpression(), scope) instanceof ArrayType array ? array : null;
    }

    /** The type of a literal of {@code kind}; {@code null} for {@code null}, whose type says nothing. */
    private TypeMirror literal(Tree.Kind kind) {
        return switch (kind) {
            case INT_LITERAL -> types.getPrimitiveType(TypeKind.INT);
            case LONG_LITERAL -> types.getPrimitiveType(TypeKind.LONG);
            case FLOAT_LITERAL -> types.getPrimitiveType(TypeKind.FLOAT);
            case DOUBLE_LITERAL -> types.getPrimitiveType(TypeKind.DOUBLE);
            case CHAR_LITERAL -> types.getPrimitiveType(TypeKind.CHAR);
            case BOOLEAN_LITERAL -> types.getPrimitiveType(TypeKind.BOOLEAN);
            case STRING_LITERAL -> elements.getTypeElement("java.lang.String").asType();
            default -> null;
        };
    }

    /**
     * The type the companion can declare a {@code var} local with, or an implicit lambda parameter:
     * the one its initializer, or what it walks or implements, has, where declarations show it
     * exactly and the companion can name it; {@code null} otherwise. {@code use} is where it is used.
     */
    TypeName inferred(VariableTree declaration, TreePath use) {
        if (!exactlyTyped(declaration, use, new HashSet<>())) {
            return null; // a conditional's or an overloaded call's type may be other than either side's
        }
        TypeMirror type = local(declaration, use);
        return type != null && nameable(type) ? TypeName.get(type) : null;
    }

    /** Whether {@link #local} gives the type of a local without a written one exactly, following it to its source. */
    private boolean exactlyTyped(VariableTree declaration, TreePath use, Set<VariableTree> seen) {
        TreePath declaring = declaringPath(declaration, use);
        ExpressionTree source = declaration.getInitializer() != null ? declaration.getInitializer()
                : declaring == null ? null
                : declaring.getLeaf() instanceof EnhancedForLoopTree loop ? loop.getExpression()
                : declaring.getParentPath().getLeaf() instanceof MethodInvocationTree call ? call
                : (ExpressionTree) declaring.getLeaf(); // a lambda that initializes a typed local
        return source != null && seen.add(declaration) && exact(source, use, seen);
    }

    /**
     * {@code type} as the companion's text writes it where no import names it: qualified, but with
     * {@code java.lang}'s classes by their simple names, as any Java file sees them.
     */
    static String text(TypeName type) {
        if (type instanceof ClassName named) {
            return named.packageName().equals("java.lang") ? String.join(".", named.simpleNames()) : named.canonicalName();
        }
        if (type instanceof ArrayTypeName array) {
            return text(array.componentType()) + "[]";
        }
        if (type instanceof ParameterizedTypeName parameterized) {
            return text(parameterized.rawType()) + parameterized.typeArguments().stream().map(ExpressionTypes::text)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardTypeName wildcard) {
            TypeName upper = wildcard.upperBounds().get(0);
            return !wildcard.lowerBounds().isEmpty() ? "? super " + text(wildcard.lowerBounds().get(0))
                    : upper.equals(ClassName.get(Object.class)) ? "?" : "? extends " + text(upper);
        }
        return type.toString();
    }

    /** Whether {@link #of} gives {@code expression}'s own type, not only its class: no conditional or overload on the way. */
    private boolean exact(ExpressionTree expression, TreePath scope, Set<VariableTree> seen) {
        ExpressionTree bare = Syntax.strip(expression);
        if (bare instanceof IdentifierTree name) {
            Resolution resolution = method.resolver().resolve(scope, name.getName().toString(), null);
            return resolution.kind() != Resolution.Kind.LOCAL || method.writtenType(resolution.declaration()) != null
                    || exactlyTyped(resolution.declaration(), scope, seen);
        }
        if (bare instanceof MemberSelectTree select) {
            return exact(select.getExpression(), scope, seen);
        }
        if (bare instanceof ArrayAccessTree element) {
            return exact(element.getExpression(), scope, seen);
        }
        if (bare instanceof MethodInvocationTree call) {
            boolean qualified = call.getMethodSelect() instanceof MemberSelectTree;
            return (!qualified || exact(((MemberSelectTree) call.getMethodSelect()).getExpression(), scope, seen))
                    && (callees(call, scope).size() == 1 || clonedArray(call, scope) != null);
        }
        return !(bare instanceof ConditionalExpressionTree);
    }

    /**
     * Whether the companion can write {@code type}: no wildcard's capture, no type variable but the
     * twin's own, no local, anonymous or private class.
     */
    boolean nameable(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return nameable(array.getComponentType());
        }
        if (type instanceof TypeVariable variable) {
            Element owner = variable.asElement().getEnclosingElement();
            return owner.equals(method.element()) || owner instanceof TypeElement declaring
                    && Access.topLevel(method.type()).equals(Access.topLevel(declaring));
        }
        if (type instanceof WildcardType wildcard) {
            return (wildcard.getExtendsBound() == null || nameable(wildcard.getExtendsBound()))
                    && (wildcard.getSuperBound() == null || nameable(wildcard.getSuperBound()));
        }
        if (!(type instanceof DeclaredType declared) || type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) declared.asElement();
        boolean member = element.getNestingKind() == NestingKind.TOP_LEVEL || element.getNestingKind() == NestingKind.MEMBER;
        return member && Access.privateClass(element) == null
                && declared.getTypeArguments().stream().allMatch(this::nameable);
    }

    /** {@code type} as a class whose members can be looked up: a type variable or a wildcard as its bound. */
    static DeclaredType declared(TypeMirror type) {
        return DeclaredTypes.of(type);
    }

    /** The type of the variable {@code name}: a field's or a parameter's as javac entered it, a local's as declared. */
    private TypeMirror variable(IdentifierTree name, TreePath scope) {
        Resolution resolution = method.resolver().resolve(scope, name.getName().toString(), null);
        return switch (resolution.kind()) {
            case FIELD -> resolution.field().asType();
            case PARAMETER -> method.parameter(name.getName()).asType();
            case LOCAL -> local(resolution.declaration(), scope);
            default -> null;
        };
    }

    /**
     * A local's type: as written where that is a primitive type or a family class, or its
     * initializer's where the declaration restates that class; for an implicit lambda parameter, what the called method's
     * functional interface gives it; for a {@code var} loop variable, the type of what it walks.
     */
    private TypeMirror local(VariableTree declaration, TreePath scope) {
        Tree written = method.writtenType(declaration);
        if (written != null) {
            TypeMirror declared = written(written);
            if (declared != null) {
                return declared;
            }
            TypeMirror initial = declaration.getInitializer() != null ? initializer(declaration, scope) : walked(declaration, scope);
            return initial != null && restates(written, initial) ? initial : null;
        }
        if (declaration.getInitializer() != null) {
            return initializer(declaration, scope);
        }
        TreePath declaring = declaringPath(declaration, scope);
        if (declaring != null && declaring.getLeaf() instanceof LambdaExpressionTree lambda) {
            return lambdaParameter(lambda.getParameters().indexOf(declaration), declaring);
        }
        return walked(declaration, scope);
    }

    /** The type of the elements an enhanced {@code for} whose variable {@code declaration} is walks; {@code null} for another local. */
    private TypeMirror walked(VariableTree declaration, TreePath scope) {
        TreePath declaring = declaringPath(declaration, scope);
        return declaring != null && declaring.getLeaf() instanceof EnhancedForLoopTree loop
                ? element(of(loop.getExpression(), declaring)) : null;
    }

    /** The lambda whose parameter, or the enhanced {@code for} whose variable, {@code declaration} is, around {@code use}. */
    private static TreePath declaringPath(VariableTree declaration, TreePath use) {
        for (TreePath p = use; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof LambdaExpressionTree lambda && lambda.getParameters().contains(declaration)
                    || p.getLeaf() instanceof EnhancedForLoopTree loop && loop.getVariable() == declaration) {
                return p;
            }
        }
        return null;
    }

    /**
     * A type as written: a primitive type, a family class, a type variable, a class outside the family
     * with the type arguments written ({@code List<Neighbor>}) or none to write ({@code String}), or
     * an array of one; {@code null} for any other, a raw generic class or a diamond outside the family.
     */
    private TypeMirror written(Tree type) {
        if (type instanceof PrimitiveTypeTree primitive) {
            return types.getPrimitiveType(primitive.getPrimitiveTypeKind());
        }
        if (type instanceof ArrayTypeTree array) {
            TypeMirror component = written(array.getType());
            return component == null ? null : types.getArrayType(component);
        }
        TypeElement named = family.written(type);
        if (named == null && type instanceof IdentifierTree variable) {
            TypeMirror parameter = TypeParameters.variable(method.element(), variable.getName().toString());
            if (parameter != null) {
                return parameter;
            }
        }
        TypeElement outside = named == null ? writtenClass(type) : null;
        TypeMirror[] arguments = typeArguments(type, named != null ? named : outside);
        if (arguments != null) {
            return types.getDeclaredType(named != null ? named : outside, arguments);
        }
        return named != null ? named.asType() : null;
    }

    /**
     * The type arguments {@code type} is written with, for {@code generic}'s parameters: none for a
     * class without them; {@code null} for a raw type, a diamond, or an argument Weft cannot type.
     */
    private TypeMirror[] typeArguments(Tree type, TypeElement generic) {
        if (generic == null) {
            return null;
        }
        List<? extends Tree> written = type instanceof ParameterizedTypeTree parameterized
                ? parameterized.getTypeArguments() : List.of();
        if (written.size() != generic.getTypeParameters().size()) {
            return null;
        }
        TypeMirror[] arguments = new TypeMirror[written.size()];
        for (int k = 0; k < arguments.length; k++) {
            Tree argument = written.get(k);
            if (argument instanceof WildcardTree wildcard) {
                TypeMirror bound = wildcard.getBound() == null ? null : written(wildcard.getBound());
                if (wildcard.getBound() != null && bound == null) {
                    return null;
                }
                arguments[k] = types.getWildcardType(wildcard.getKind() == Tree.Kind.EXTENDS_WILDCARD ? bound : null,
                        wildcard.getKind() == Tree.Kind.SUPER_WILDCARD ? bound : null);
            } else {
                arguments[k] = written(argument);
                if (arguments[k] == null || arguments[k].getKind().isPrimitive()) {
                    return null;
                }
            }
        }
        return arguments;
    }

    /** Whether the type written names {@code type}'s class by its simple name, as {@code Holder h = holders[i]} does. */
    private static boolean restates(Tree written, TypeMirror type) {
        if (written instanceof ArrayTypeTree array) {
            return type instanceof ArrayType arrayType && restates(array.getType(), arrayType.getComponentType());
        }
        Tree raw = written instanceof ParameterizedTypeTree parameterized ? parameterized.getType() : written;
        String name = raw instanceof MemberSelectTree select ? select.getIdentifier().toString() : raw.toString();
        return type instanceof DeclaredType declared && declared.asElement().getSimpleName().contentEquals(name);
    }

    private TypeMirror initializer(VariableTree declaration, TreePath scope) {
        if (declaration.getInitializer() == null || !following.add(declaration)) {
            return null;
        }
        try {
            return of(declaration.getInitializer(), scope);
        } finally {
            following.remove(declaration);
        }
    }

    /**
     * Whether {@code expression}'s value reaches no object a call could change or give back: a
     * primitive, or a value of a class no call can change ({@link JdkChanges#VALUES}).
     */
    boolean reachesNothing(ExpressionTree expression, TreePath scope) {
        TypeMirror type = of(expression, scope);
        return type != null && (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID
                || JdkChanges.VALUES.contains(type.toString()));
    }

    /** The field {@code select} reads, where the declarations tell it. */
    VariableElement fieldOf(MemberSelectTree select, TreePath scope) {
        DeclaredType declared = declared(of(select.getExpression(), scope));
        return declared != null && method.resolver().member((TypeElement) declared.asElement(), select.getIdentifier().toString(),
                ElementKind.FIELD) instanceof VariableElement field ? field : null;
    }

    /** The type of the field {@code name} of a value of type {@code owner}: {@code T} of a {@code Box<Node>} is {@code Node}. */
    private TypeMirror field(TypeMirror owner, String name) {
        DeclaredType declared = declared(owner);
        Element field = declared == null ? null
                : method.resolver().member((TypeElement) declared.asElement(), name, ElementKind.FIELD);
        return field == null ? null : types.asMemberOf(declared, field);
    }

    /**
     * The methods {@code call} may call, told apart by name and number of arguments: those of the
     * class its receiver is declared with, or the class it names; none where neither is known.
     */
    List<ExecutableElement> calledMethods(MethodInvocationTree call, TreePath scope) {
        if (call.getMethodSelect() instanceof IdentifierTree called) {
            String name = called.getName().toString();
            TypeElement declaring = method.resolver().localClassDeclaresMethod(scope, name) ? null
                    : method.resolver().ownerOfMember(name, ElementKind.METHOD);
            if (declaring == null && !method.resolver().localClassDeclaresMethod(scope, name)) {
                declaring = classNames.staticMethodOwner(name).orElse(null);
            }
            return declaring == null ? List.of()
                    : Overloads.candidates(method.resolver(), declaring, name, call.getArguments().size());
        }
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            DeclaredType declared = declared(of(select.getExpression(), scope));
            TypeElement owner = declared != null ? (TypeElement) declared.asElement() : writtenClass(select.getExpression());
            if (owner == null) {
                owner = declaredClass(select.getExpression(), scope);
            }
            if (owner == null && Syntax.strip(select.getExpression()) instanceof MethodInvocationTree inner) {
                owner = returnedClass(calledMethods(inner, scope));
            }
            if (owner == null && Syntax.strip(select.getExpression()) instanceof NewClassTree created
                    && created.getClassBody() == null) {
                owner = writtenClass(created.getIdentifier()); // new ArrayList<>(keys).get(0): of the class created
            }
            return owner == null ? List.of()
                    : Overloads.candidates(method.resolver(), owner, select.getIdentifier().toString(),
                            call.getArguments().size());
        }
        return List.of();
    }

    /** The class every one of {@code methods} returns; {@code null} where they differ or return no class. */
    private static TypeElement returnedClass(List<ExecutableElement> methods) {
        List<TypeElement> returned = methods.stream().map(candidate -> declared(candidate.getReturnType()))
                .map(type -> type == null ? null : (TypeElement) type.asElement()).distinct().toList();
        return returned.size() == 1 ? returned.get(0) : null;
    }

    /**
     * The class a local or parameter is declared with, as written, where {@link #of} does not type
     * it: a class outside the family ({@code IntUnaryOperator twice}, {@code List<?> list} of a
     * pattern), or a type variable's bound.
     */
    private TypeElement classWritten(ExpressionTree receiver, TreePath scope) {
        if (!(Syntax.strip(receiver) instanceof IdentifierTree name)) {
            return null;
        }
        Resolution resolution = method.resolver().resolve(scope, name.getName().toString(), null);
        VariableTree declaration = resolution.kind() == Resolution.Kind.LOCAL ? resolution.declaration()
                : resolution.kind() == Resolution.Kind.PARAMETER ? method.tree().getParameters().stream()
                        .filter(parameter -> parameter.getName().equals(name.getName())).findFirst().orElse(null) : null;
        Tree written = declaration == null ? null : method.writtenType(declaration);
        TypeElement named = writtenClass(written);
        Tree raw = written instanceof ParameterizedTypeTree generic ? generic.getType() : written;
        return named != null || !(raw instanceof IdentifierTree variable) ? named
                : TypeParameters.bound(method.element(), variable.getName().toString());
    }

    /** The methods {@code call} may call, as members of the type it is called on; none where that type is unknown. */
    private List<ExecutableType> callees(MethodInvocationTree call, TreePath scope) {
        if (call.getMethodSelect() instanceof IdentifierTree called) {
            String name = called.getName().toString();
            TypeElement declaring = method.resolver().localClassDeclaresMethod(scope, name) ? null
                    : method.resolver().ownerOfMember(name, ElementKind.METHOD);
            return declaring == null ? List.of() : methods(declaring.asType(), name, call.getArguments().size());
        }
        if (call.getMethodSelect() instanceof MemberSelectTree select) {
            return methods(of(select.getExpression(), scope), select.getIdentifier().toString(),
                    call.getArguments().size());
        }
        return List.of();
    }

    /** The methods {@code name} of {@code owner} that may take {@code arguments} arguments, as its members. */
    private List<ExecutableType> methods(TypeMirror owner, String name, int arguments) {
        DeclaredType declared = declared(owner);
        if (declared == null) {
            return List.of();
        }
        // A List<? extends Node>'s get() returns a capture of ? extends Node, bounded by Node.
        DeclaredType captured = (DeclaredType) types.capture(declared);
        return Overloads.candidates(method.resolver(), (TypeElement) declared.asElement(), name, arguments).stream()
                .map(candidate -> (ExecutableType) types.asMemberOf(captured, candidate))
                .toList();
    }

    /** What {@code part} gives for every one of {@code methods}, where all give one class; {@code null} otherwise. */
    private static <T> TypeMirror sameClass(List<T> candidates, Function<T, TypeMirror> part) {
        TypeMirror found = null;
        for (T candidate : candidates) {
            TypeMirror type = part.apply(candidate);
            if (type == null || found != null && !sameClass(found, type)) {
                return null;
            }
            found = type;
        }
        return found;
    }

    private static boolean sameClass(TypeMirror a, TypeMirror b) {
        DeclaredType first = declared(a);
        DeclaredType second = declared(b);
        return first != null && second != null && first.asElement().equals(second.asElement());
    }

    /** The elements' type of an array or an {@code Iterable}: what its iterator's {@code next()} returns. */
    private TypeMirror element(TypeMirror iterated) {
        if (iterated instanceof ArrayType array) {
            return array.getComponentType();
        }
        TypeMirror iterator = sameClass(methods(iterated, "iterator", 0), ExecutableType::getReturnType);
        return iterator == null ? null : sameClass(methods(iterator, "next", 0), ExecutableType::getReturnType);
    }

    /**
     * The type of an implicit parameter, the {@code index}-th, of the lambda at {@code lambda}: what
     * the functional interface that the called method takes there gives it.
     */
    private TypeMirror lambdaParameter(int index, TreePath lambda) {
        Tree parent = lambda.getParentPath().getLeaf();
        if (parent instanceof VariableTree variable && variable.getInitializer() == lambda.getLeaf()) {
            // a generic interface written without its arguments (Comparator f = ...) says too little
            TypeMirror target = written(method.writtenType(variable));
            return target == null ? null : functionParameter(target, index);
        }
        int arity = ((LambdaExpressionTree) lambda.getLeaf()).getParameters().size();
        // a lambda is handed only where a functional interface of its arity is taken
        return sameClass(takenAt(lambda).stream().filter(taken -> function(taken) != null
                && function(taken).getParameters().size() == arity).toList(),
                taken -> functionParameter(taken, index));
    }

    /**
     * What the methods or constructors a call may run take where {@code argument}, an argument of
     * the call, is handed, as members of their receiver's or created type; none where Weft cannot
     * tell the call's methods.
     */
    private List<TypeMirror> takenAt(TreePath argument) {
        Tree parent = argument.getParentPath().getLeaf();
        List<ExecutableType> callees;
        List<? extends ExpressionTree> arguments;
        if (parent instanceof MethodInvocationTree call) {
            callees = callees(call, argument.getParentPath());
            arguments = call.getArguments();
        } else if (parent instanceof NewClassTree creation) {
            callees = constructors(creation, argument.getParentPath());
            arguments = creation.getArguments();
        } else {
            return List.of();
        }
        int at = arguments.indexOf((ExpressionTree) argument.getLeaf());
        return callees.stream().filter(callee -> at < callee.getParameterTypes().size())
                .<TypeMirror>map(callee -> callee.getParameterTypes().get(at)).toList();
    }

    /**
     * The constructors {@code creation}, at {@code path}, may call, as members of the type it creates: with the type
     * arguments written, or for a diamond, those of the local it initializes where that is declared
     * of the same class ({@code PriorityQueue<Neighbor> queue = new PriorityQueue<>(...)}).
     */
    private List<ExecutableType> constructors(NewClassTree creation, TreePath path) {
        TypeMirror created = written(creation.getIdentifier());
        if (created == null && path.getParentPath().getLeaf() instanceof VariableTree variable
                && variable.getInitializer() == creation) {
            created = written(method.writtenType(variable));
        }
        DeclaredType declared = declared(created);
        List<ExecutableElement> constructors = constructors(creation);
        if (declared == null || constructors.isEmpty()
                || !declared.asElement().equals(constructors.get(0).getEnclosingElement())) {
            return List.of();
        }
        return constructors.stream().map(constructor -> (ExecutableType) types.asMemberOf(declared, constructor)).toList();
    }

    /**
     * The types of what the code a method reference at {@code reference} is handed to applies it
     * to: the parameters of the one functional interface the called method takes there ({@code
     * String} for {@code words.forEach(text::append)} over a {@code List<String>}); {@code null}
     * where the declarations do not tell it.
     */
    List<TypeMirror> appliedTo(TreePath reference) {
        List<TypeMirror> taken = takenAt(reference).stream().filter(expected -> function(expected) != null).toList();
        if (taken.size() != 1) {
            return null;
        }
        List<TypeMirror> applied = new ArrayList<>();
        for (int k = 0; k < function(taken.get(0)).getParameters().size(); k++) {
            applied.add(functionParameter(taken.get(0), k));
        }
        return applied.contains(null) ? null : applied;
    }

    /** The one abstract method of the functional interface {@code expected} is; {@code null} where it is none. */
    private ExecutableElement function(TypeMirror expected) {
        return expected instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.INTERFACE
                ? abstractMethod((TypeElement) declared.asElement()) : null;
    }

    /**
     * The name of the one abstract method of the functional interface {@code variable} is declared
     * with, {@code accept} for a {@code Consumer}; {@code null} where the declaration does not show one.
     */
    String functionMethod(VariableTree variable) {
        TypeElement target = writtenClass(method.writtenType(variable));
        ExecutableElement function = target == null ? null : function(target.asType());
        return function == null ? null : function.getSimpleName().toString();
    }

    /**
     * Whether the lambda at {@code lambda} implements a method that returns nothing, so that the
     * value of an expression body ({@code j -> hist[j]++}) is dropped: false where declarations do
     * not show it.
     */
    boolean returnsNothing(TreePath lambda) {
        Tree parent = lambda.getParentPath().getLeaf();
        if (parent instanceof VariableTree variable && variable.getInitializer() == lambda.getLeaf()) {
            TypeElement target = writtenClass(method.writtenType(variable));
            return target != null && isVoidFunction(target.asType());
        }
        if (!(parent instanceof MethodInvocationTree call)) {
            return false;
        }
        int argument = call.getArguments().indexOf((ExpressionTree) lambda.getLeaf());
        List<ExecutableType> callees = callees(call, lambda.getParentPath());
        return !callees.isEmpty() && callees.stream().allMatch(callee -> argument < callee.getParameterTypes().size()
                && isVoidFunction(callee.getParameterTypes().get(argument)));
    }

    private boolean isVoidFunction(TypeMirror expected) {
        ExecutableElement function = function(expected);
        return function != null && function.getReturnType().getKind() == TypeKind.VOID;
    }

    /** The type of parameter {@code index} of a lambda implementing {@code expected}, a functional interface. */
    private TypeMirror functionParameter(TypeMirror expected, int index) {
        ExecutableElement function = function(expected);
        if (function == null) {
            return null;
        }
        DeclaredType declared = (DeclaredType) expected;
        // JLS 9.9: the lambda implements the interface with each wildcard replaced by its bound.
        TypeMirror[] arguments = declared.getTypeArguments().stream().map(this::withoutWildcard).toArray(TypeMirror[]::new);
        DeclaredType implemented = types.getDeclaredType((TypeElement) declared.asElement(), arguments);
        List<? extends TypeMirror> parameters = ((ExecutableType) types.asMemberOf(implemented, function)).getParameterTypes();
        return index < parameters.size() ? parameters.get(index) : null;
    }

    private TypeMirror withoutWildcard(TypeMirror argument) {
        if (!(argument instanceof WildcardType wildcard)) {
            return argument;
        }
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound != null ? bound : elements.getTypeElement("java.lang.Object").asType();
    }

    /** The one abstract method of {@code type}, Object's public methods aside; {@code null} when it has none or several. */
    private ExecutableElement abstractMethod(TypeElement type) {
        ExecutableElement found = null;
        for (ExecutableElement candidate : ElementFilter.methodsIn(method.resolver().members(type))) {
            if (candidate.getModifiers().contains(Modifier.ABSTRACT) && !redeclaresObjectMethod(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    private static boolean redeclaresObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        return name.equals("equals") && parameters == 1 || parameters == 0 && (name.equals("hashCode") || name.equals("toString"));
    }
}
