package dev.weft.benchmarks.compiletime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic project for timing {@code javac}: classes of a few methods each that refer to one
 * another, spread over packages of a hundred, like ordinary application code.
 */
final class GeneratedProject {
    private static final int CLASSES_PER_PACKAGE = 100;

    private GeneratedProject() {}

    /**
     * Writes {@code classes} classes below {@code root}; the first {@code annotated} of them mark
     * their loop {@code @ParallelFor}. The two kinds of project differ in nothing else.
     *
     * @return the source files written
     */
    static List<Path> write(Path root, int classes, int annotated) throws IOException {
        List<Path> sources = new ArrayList<>(classes);
        for (int index = 0; index < classes; index++) {
            Path file = root.resolve(packageName(index).replace('.', '/')).resolve(className(index) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source(index, index < annotated));
            sources.add(file);
        }
        return sources;
    }

    private static String packageName(int index) {
        return "generated.p" + index / CLASSES_PER_PACKAGE;
    }

    private static String className(int index) {
        return "C" + index;
    }

    private static String source(int index, boolean annotated) {
        String name = className(index);
        String previous = index == 0 ? name : packageName(index - 1) + "." + className(index - 1);
        return """
                package %1$s;
                %2$s
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Objects;

                /** Class %4$d of the project javac is timed on. */
                public final class %3$s {
                    private final String label;
                    private final double weight;

                    public %3$s(String label, double weight) {
                        this.label = Objects.requireNonNull(label);
                        this.weight = weight;
                    }

                    /** Scales {@code in} into {@code out}. */
                    public static void scale(double[] in, double[] out, double factor) {
                        for (%5$sint i = 0; i < in.length; i++) {
                            out[i] = in[i] * factor + %4$d;
                        }
                    }

                    public List<String> labels(int count) {
                        List<String> labels = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            labels.add(label + "-" + i);
                        }
                        return labels;
                    }

                    public %6$s previous() {
                        return new %6$s(label, weight / 2);
                    }

                    @Override
                    public String toString() {
                        return "%3$s[" + label + ", " + weight + "]";
                    }
                }
                """.formatted(packageName(index), annotated ? "\nimport dev.weft.ParallelFor;" : "", name, index,
                annotated ? "@ParallelFor " : "", previous);
    }
}
