package dev.weft.examples.other;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Another processor of the build, as most are: it claims its own annotation and writes a class for it. */
@SupportedAnnotationTypes("dev.weft.examples.modular.Tag")
public final class Indexing extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element tagged : round.getElementsAnnotatedWith(annotation)) {
                String pkg = ((PackageElement) tagged.getEnclosingElement()).getQualifiedName().toString();
                String name = tagged.getSimpleName() + "Index";
                try (Writer writer = processingEnv.getFiler().createSourceFile(pkg + "." + name, tagged).openWriter()) {
                    writer.write("package " + pkg + ";\n\nfinal class " + name + " {\n    static final int COUNT = 1;\n\n"
                            + "    private " + name + "() {}\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return true;
    }
}
