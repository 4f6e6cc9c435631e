package dev.weft.processor;

import com.google.auto.service.AutoService;
import dev.weft.Parallelizable;
import dev.weft.processor.generate.CompanionWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Claims the annotations that only Weft reads, so that {@code -Xlint:all -Werror} builds do not fail
 * on javac's "No processor claimed any of these annotations" for them.
 *
 * <p>{@link WeftProcessor} must claim nothing: it asks for every annotation ({@code "*"}), and a
 * claim there would hide all of them from the processors after it. This one asks only for Weft's
 * own annotation, and for {@code @Generated} in the rounds where every class carrying it is a
 * companion Weft wrote; another processor's generated classes keep their {@code @Generated}
 * unclaimed. Its name sorts after {@code WeftProcessor}'s, so the service file lists it second and
 * javac always runs the analysis first, even in a round whose only annotations this one claims.
 */
@AutoService(Processor.class)
public final class WeftProcessorClaims extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // @ParallelFor is not among them: javac gathers no annotations of local variables for processors.
        return Set.of(Parallelizable.class.getCanonicalName(), CompanionWriter.GENERATED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return annotations.stream()
                .filter(annotation -> annotation.getQualifiedName().contentEquals(CompanionWriter.GENERATED))
                .allMatch(generated -> round.getElementsAnnotatedWith(generated).stream()
                        .allMatch(element -> writtenByWeft(element, generated)));
    }

    private static boolean writtenByWeft(Element element, TypeElement generated) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement().equals(generated)) {
                return mirror.getElementValues().values().stream()
                        .anyMatch(value -> value.toString().contains(WeftProcessor.class.getCanonicalName()));
            }
        }
        return false;
    }
}
