package dev.weft.benchmarks.compiletime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Processors that do nothing: what javac itself spends on running a processor, against which Weft's
 * own work is told apart. {@link AnyAnnotation} declares {@code "*"}, as Weft's must to see annotated
 * loop variables; {@link OneAnnotation} declares a single annotation type that the project does not
 * use, as most processors do, to show what declaring {@code "*"} costs on top.
 */
public abstract class IdleProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }

    /** Called for every round, whatever the sources hold. */
    @SupportedAnnotationTypes("*")
    public static final class AnyAnnotation extends IdleProcessor {}

    /** Called only for rounds whose sources use {@code @Parallelizable}: none in the plain project. */
    @SupportedAnnotationTypes("dev.weft.Parallelizable")
    public static final class OneAnnotation extends IdleProcessor {}

    /** Writes a processor path holding only {@code processor} into {@code directory} and returns it. */
    static Path writePath(Path directory, Class<? extends IdleProcessor> processor) throws IOException {
        for (Class<?> type : List.of(IdleProcessor.class, processor)) {
            String classFile = type.getName().replace('.', '/') + ".class";
            Path target = directory.resolve(classFile);
            Files.createDirectories(target.getParent());
            try (InputStream bytes = type.getClassLoader().getResourceAsStream(classFile)) {
                Files.copy(bytes, target);
            }
        }
        Path services = directory.resolve("META-INF/services/" + Processor.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, processor.getName() + "\n");
        return directory;
    }
}
