package dev.weft.processor.generate.loop;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.weft.processor.model.LoopTwin;
import dev.weft.processor.model.PrivateMember;
import dev.weft.processor.model.loop.LoopOptions;
import dev.weft.processor.model.loop.ParallelLoop;
import dev.weft.processor.model.loop.SourceText;
import dev.weft.processor.model.loop.TwinPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Adds each twin to the companion, with a chunk method and a {@code LoopSpec} constant per loop. */
public final class TwinMethods {
    static final ClassName LOOP_SPEC = ClassName.get("dev.weft.internal", "LoopSpec");
    static final ClassName SCHEDULE = ClassName.get("dev.weft", "Schedule");
    /** Stands for a loop in the body's text while the text is re-indented as a whole. */
    private static final String LOOP_MARK = "\u0000";

    private final TypeSpec.Builder type;
    private final Map<String, Integer> loopsPerName = new HashMap<>();

    public TwinMethods(TypeSpec.Builder type) {
        this.type = type;
    }

    public void addAll(List<LoopTwin> twins) {
        twins.forEach(this::add);
        // Twins that use the same private member share its handle and helper.
        Set<PrivateMember> privateMembers = new LinkedHashSet<>();
        twins.forEach(twin -> privateMembers.addAll(twin.privateMembers()));
        privateMembers.forEach(member -> PrivateMemberCode.addTo(type, member));
    }

    private void add(LoopTwin twin) {
        StringBuilder text = new StringBuilder();
        List<ParallelLoop> loops = new ArrayList<>();
        for (TwinPart part : twin.body()) {
            if (part instanceof SourceText source) {
                text.append(source.text());
            } else {
                text.append(LOOP_MARK);
                loops.add((ParallelLoop) part);
            }
        }
        String[] segments = Indentation.strip(text.toString()).split(LOOP_MARK, -1);
        CodeBlock.Builder body = CodeBlock.builder();
        for (int n = 0; n < segments.length; n++) {
            body.add("$L", segments[n]);
            if (n < loops.size()) {
                addLoop(twin, loops.get(n), body, Indentation.ofLastLine(segments[n]));
            }
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(twin.name())
                .addJavadoc("{@link $L} with its {@code @ParallelFor} loops run in parallel.\n", twin.original())
                .addModifiers(Modifier.STATIC)
                .addTypeVariables(twin.typeVariables())
                .addParameters(twin.parameters())
                .varargs(twin.varargs())
                .returns(twin.returnType())
                .addExceptions(twin.exceptions())
                .addCode(body.build());
        if (twin.isPublic()) {
            method.addModifiers(Modifier.PUBLIC);
        }
        if (twin.safeVarargs()) {
            // The chunk methods take the array itself: they read it as the original does, which the user vouched for.
            method.addAnnotation(SafeVarargs.class).addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "varargs").build());
        }
        type.addMethod(method.build());
    }

    private void addLoop(LoopTwin twin, ParallelLoop loop, CodeBlock.Builder body, String indent) {
        int number = loopsPerName.merge(twin.name(), 1, Integer::sum);
        LoopNames names = LoopNames.of(twin.name() + "Loop" + number, loop, new FreshNames(twin.takenNames()));
        List<CodeBlock> lines = LoopCall.lines(loop, names);
        for (int n = 0; n < lines.size(); n++) {
            CodeBlock line = lines.get(n);
            body.add(n == 0 ? "$L" : line.isEmpty() ? "\n" : "\n" + indent + "$L", line);
        }
        type.addField(FieldSpec.builder(LOOP_SPEC, names.spec(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(specOf(loop))
                .build());
        type.addMethod(ChunkMethod.of(twin, loop, names));
    }

    private static CodeBlock specOf(ParallelLoop loop) {
        LoopOptions options = loop.options();
        if (options.equals(LoopOptions.DEFAULTS)) {
            return CodeBlock.of("$T.of($S)", LOOP_SPEC, loop.location());
        }
        return CodeBlock.of("new $T($S, $T.$L, $L, $L, $L)", LOOP_SPEC, loop.location(), SCHEDULE, options.schedule(),
                options.chunk(), options.minIterations(), options.parallelism());
    }
}
