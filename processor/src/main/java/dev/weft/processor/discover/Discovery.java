package dev.weft.processor.discover;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.weft.ParallelFor;
import dev.weft.Parallelizable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Stage 1: finds the {@code @Parallelizable} methods and the {@code @ParallelFor} loops of the
 * classes being compiled, grouped by the class whose companion they go into.
 *
 * <p>It stays cheap on code that does not use Weft: a compilation unit whose text never names either
 * annotation is not walked at all, and no class besides this one is loaded for it (not the
 * annotations, the scanner, nor a lambda's class): javac loads processors afresh in every build, so
 * each class they load, and its first slow interpreted calls, costs every build.
 *
 * <p>Method bodies are not attributed yet while processors run, so a loop variable's annotation is
 * recognised by its name and the unit's imports, as javac itself will resolve it.
 */
public final class Discovery {
    private final Trees trees;
    private final Elements elements;

    public Discovery(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** The targets of every class among {@code roots} (and their nested classes) that has any. */
    public List<Targets> scan(Set<? extends Element> roots) {
        Map<TypeElement, Collector> byType = new LinkedHashMap<>();
        for (Element root : roots) {
            if (!(root instanceof TypeElement)) {
                continue;
            }
            TreePath path = trees.getPath(root);
            if (path == null || !mentionsWeft(path.getCompilationUnit())) {
                continue;
            }
            new Scanner(path.getCompilationUnit(), byType).scan(path, null);
        }
        List<Targets> result = new ArrayList<>();
        for (Map.Entry<TypeElement, Collector> found : byType.entrySet()) {
            Collector collector = found.getValue();
            result.add(new Targets(found.getKey(), collector.methods, collector.loops, collector.stray));
        }
        return result;
    }

    private static boolean mentionsWeft(CompilationUnitTree unit) {
        try {
            String text = unit.getSourceFile().getCharContent(true).toString();
            return text.contains("ParallelFor") || text.contains("Parallelizable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Collector {
        final List<TreePath> methods = new ArrayList<>();
        final List<TreePath> loops = new ArrayList<>();
        final List<TreePath> stray = new ArrayList<>();
    }

    private final class Scanner extends TreePathScanner<Void, Void> {
        // Here rather than in Discovery, so that the annotations are loaded only once a unit names one.
        private static final String PARALLELIZABLE = Parallelizable.class.getCanonicalName();
        private static final String WEFT_PACKAGE = ParallelFor.class.getPackageName();

        private final CompilationUnitTree unit;
        private final Map<TypeElement, Collector> byType;
        private TypeElement currentType;

        Scanner(CompilationUnitTree unit, Map<TypeElement, Collector> byType) {
            this.unit = unit;
            this.byType = byType;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            TypeElement outer = currentType;
            Element element = trees.getElement(getCurrentPath());
            // Local and anonymous classes have no element yet; their loops stay with the enclosing
            // class, where the analysis reports that it cannot reach them.
            if (element instanceof TypeElement type
                    && (outer == null || type.getNestingKind() == NestingKind.MEMBER)) {
                currentType = type;
            }
            try {
                return super.visitClass(tree, unused);
            } finally {
                currentType = outer;
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            Element method = trees.getElement(getCurrentPath());
            // Methods of local and anonymous classes have no element yet either; they are
            // recognised by name so that the analysis can report that the companion cannot reach them.
            boolean annotated = method != null
                    ? hasAnnotation(method, PARALLELIZABLE)
                    : isAnnotated(tree.getModifiers(), Parallelizable.class);
            if (annotated) {
                collector().methods.add(getCurrentPath());
            }
            return super.visitMethod(tree, unused);
        }

        @Override
        public Void visitForLoop(ForLoopTree tree, Void unused) {
            for (StatementTree init : tree.getInitializer()) {
                if (init instanceof VariableTree variable && isParallelFor(variable)) {
                    collector().loops.add(getCurrentPath());
                    break;
                }
            }
            return super.visitForLoop(tree, unused);
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
            if (isParallelFor(tree.getVariable())) {
                collector().loops.add(getCurrentPath());
            }
            return super.visitEnhancedForLoop(tree, unused);
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean loopVariable = parent instanceof ForLoopTree loop && loop.getInitializer().contains(tree)
                    || parent instanceof EnhancedForLoopTree each && each.getVariable() == tree;
            if (!loopVariable) {
                for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
                    if (names(annotation.getAnnotationType(), ParallelFor.class)) {
                        collector().stray.add(new TreePath(new TreePath(getCurrentPath(), tree.getModifiers()), annotation));
                    }
                }
            }
            return super.visitVariable(tree, unused);
        }

        private Collector collector() {
            return byType.computeIfAbsent(currentType, type -> new Collector());
        }

        private boolean isParallelFor(VariableTree variable) {
            return isAnnotated(variable.getModifiers(), ParallelFor.class);
        }

        private boolean isAnnotated(ModifiersTree modifiers, Class<?> weftAnnotation) {
            for (AnnotationTree annotation : modifiers.getAnnotations()) {
                if (names(annotation.getAnnotationType(), weftAnnotation)) {
                    return true;
                }
            }
            return false;
        }

        private boolean names(Tree type, Class<?> weftAnnotation) {
            String written = type.toString();
            String qualified = weftAnnotation.getCanonicalName();
            if (written.equals(qualified)) {
                return true;
            }
            if (!written.equals(weftAnnotation.getSimpleName())) {
                return false;
            }
            String ownPackage = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            if (ownPackage.equals(WEFT_PACKAGE)) {
                return true;
            }
            for (ImportTree anImport : unit.getImports()) {
                if (anImport.isStatic()) {
                    continue;
                }
                Tree imported = anImport.getQualifiedIdentifier();
                String name = imported.toString();
                if (name.equals(qualified) || name.equals(WEFT_PACKAGE + ".*")
                        && imported instanceof MemberSelectTree) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean hasAnnotation(Element element, String annotation) {
        for (AnnotationMirror mirror : elements.getAllAnnotationMirrors(element)) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }
}
