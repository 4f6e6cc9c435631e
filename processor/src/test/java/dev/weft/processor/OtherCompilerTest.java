package dev.weft.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Under a compiler other than javac (the Eclipse compiler's batch and IDE builds), the source trees
 * Weft reads do not exist: the processor says so in one clear error and does nothing else.
 */
class OtherCompilerTest {

    @Test
    void anotherCompilerGetsOneClearErrorAndNoWork() {
        List<String> errors = new ArrayList<>();
        Messager messager = (Messager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Messager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("printMessage") && args[0] == Diagnostic.Kind.ERROR) {
                        errors.add(args[1].toString());
                    }
                    return null;
                });
        ProcessingEnvironment notJavac = (ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMessager" -> messager;
                    case "getOptions" -> Map.of();
                    case "getSourceVersion" -> SourceVersion.latestSupported();
                    case "toString" -> "OtherCompilerEnvironment";
                    default -> null;
                });

        WeftProcessor processor = new WeftProcessor();
        processor.init(notJavac);
        boolean claimed = processor.process(Set.of(), null);

        assertThat(errors).singleElement().asString()
                .contains("javac's com.sun.source API")
                .contains("compile with javac");
        assertThat(claimed).isFalse();
    }
}
