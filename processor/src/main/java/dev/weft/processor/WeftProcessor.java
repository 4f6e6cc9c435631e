package dev.weft.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.weft.processor.analyze.Access;
import dev.weft.processor.analyze.Analyzer;
import dev.weft.processor.analyze.Diagnostics;
import dev.weft.processor.analyze.MissingTypes;
import dev.weft.processor.diagnostic.DiagnosticId;
import dev.weft.processor.discover.Discovery;
import dev.weft.processor.discover.Targets;
import dev.weft.processor.generate.CompanionWriter;
import dev.weft.processor.model.Companion;
import dev.weft.processor.remark.Remarks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Weft's compiler pass: discover → analyze → model → generate, one class at a time.
 *
 * <p>{@code @ParallelFor} sits on local variables, which {@link RoundEnvironment} never reports, so
 * the processor asks for every round ({@code "*"}), reads the source trees itself, and claims no
 * annotation so that other processors still see theirs.
 *
 * <p>Being called for every round of every build, it keeps to discovery until discovery finds
 * something: the later stages, and JavaPoet with them, are not even loaded for code that does not
 * use Weft.
 */
@AutoService(Processor.class)
public final class WeftProcessor extends AbstractProcessor {

    private Trees trees;
    private Discovery discovery;
    private UnseenClasses unseen;
    private Diagnostics diagnostics;
    /** The notes {@code -Aweft.remarks=true} asks for; {@code null} when they are off. */
    private Remarks remarks;
    /** The root elements of every round so far, whose classes {@link #compiled()} lists once an analysis needs them. */
    private final List<Set<? extends Element>> roundRoots = new ArrayList<>();
    /** The classes of the compilation, nested ones included, from the first {@link #listedRounds} rounds. */
    private final Set<TypeElement> compiled = new LinkedHashSet<>();
    private int listedRounds;
    /**
     * The top-level classes put off to the next round, by name: they name types javac cannot find
     * yet, which another processor may generate in this round (see {@link MissingTypes}). In the
     * last round they are analysed whatever they name, and what is still missing is javac's error.
     */
    private final Set<String> deferred = new LinkedHashSet<>();
    /**
     * The top-level classes that have waited a round because a twinned method uses a name nothing
     * declared: a processor such as Lombok may have added that member during the round, after this
     * one looked. They wait once; then the name is javac's error, and the twin a placeholder.
     */
    private final Set<String> waitedForMembers = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Diagnostics.UNSEEN_CALLS_OPTION, Remarks.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        try {
            trees = Trees.instance(env);
            discovery = new Discovery(trees, env.getElementUtils());
            diagnostics = new Diagnostics(trees, env.getMessager(), env.getOptions());
            unseen = new UnseenClasses(discovery, diagnostics);
            remarks = Remarks.fromOptions(trees, diagnostics, env.getMessager(), env.getOptions());
            JavacTask.instance(env).addTaskListener(unseen);
        } catch (IllegalArgumentException notJavac) {
            env.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    DiagnosticId.SETUP.tagged("Weft reads source trees through javac's com.sun.source API, which this "
                            + "compiler (" + env.getClass().getName() + ") does not provide; compile with javac "
                            + "(Maven's and Gradle's default) to use @Parallelizable and @ParallelFor"));
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (trees == null) {
            return false;
        }
        // Kept as javac hands them over: a build that does not use Weft pays for nothing more.
        unseen.shown(round.getRootElements());
        roundRoots.add(round.getRootElements());
        Set<Element> roots = new LinkedHashSet<>(round.getRootElements());
        for (String name : deferred) {
            roots.add(processingEnv.getElementUtils().getTypeElement(name));
        }
        deferred.clear();
        roots.remove(null);
        List<Targets> found = discovery.scan(roots);
        if (found.isEmpty()) {
            return false;
        }
        Analyzer analyzer = new Analyzer(processingEnv, trees, diagnostics, compiled());
        if (!round.processingOver()) {
            // A file's classes wait together: its companions are written in one round, never twice.
            found.stream().filter(targets -> MissingTypes.in(targets, trees) || waitsForMembers(targets, analyzer))
                    .forEach(targets -> deferred.add(fileOf(targets)));
            found = found.stream().filter(targets -> !deferred.contains(fileOf(targets))).toList();
        }
        CompanionWriter writer = new CompanionWriter(
                processingEnv.getFiler(), processingEnv.getMessager(), processingEnv.getElementUtils());
        for (Targets targets : found) {
            // Each class stands alone: a rejected method costs its own class's members, nothing else.
            Companion companion = analyzer.analyze(targets);
            if (!companion.isEmpty()) {
                writer.write(companion, targets.type());
            }
            if (remarks != null) {
                remarks.tell(targets, companion);
            }
        }
        return false;
    }

    /** The classes of the compilation so far, nested ones included, whose methods may override what a loop calls. */
    private Set<TypeElement> compiled() {
        for (; listedRounds < roundRoots.size(); listedRounds++) {
            roundRoots.get(listedRounds).forEach(this::compiled);
        }
        return compiled;
    }

    private void compiled(Element element) {
        if (element instanceof TypeElement type) {
            compiled.add(type);
            type.getEnclosedElements().forEach(this::compiled);
        }
    }

    private boolean waitsForMembers(Targets targets, Analyzer analyzer) {
        return !waitedForMembers.contains(fileOf(targets))
                && analyzer.usesUndeclaredNames(targets)
                && waitedForMembers.add(fileOf(targets));
    }

    /** The name of the top-level class whose file holds the targets: what waits for another round. */
    private static String fileOf(Targets targets) {
        return Access.topLevel(targets.type()).getQualifiedName().toString();
    }
}
