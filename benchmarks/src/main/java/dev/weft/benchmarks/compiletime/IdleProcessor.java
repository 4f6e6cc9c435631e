package dev.weft.benchmarks.compiletime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that declares {@code "*"}, as Weft's must to see annotated loop variables, and does
 * nothing: what javac itself spends on running any such processor, against which Weft's own work is told apart.
 */
@SupportedAnnotationTypes("*")
public final class IdleProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }

    /** Writes a processor path holding only this processor into {@code directory} and returns it. */
    static Path writePath(Path directory) throws IOException {
        String classFile = IdleProcessor.class.getName().replace('.', '/') + ".class";
        Path target = directory.resolve(classFile);
        Files.createDirectories(target.getParent());
        try (InputStream bytes = IdleProcessor.class.getClassLoader().getResourceAsStream(classFile)) {
            Files.copy(bytes, target);
        }
        Path services = directory.resolve("META-INF/services/" + Processor.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, IdleProcessor.class.getName() + "\n");
        return directory;
    }
}
