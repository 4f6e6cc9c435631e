package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which fan-outs get a serializable task, which may cross to a worker process, and the warning or
 * note at the value that keeps the others in this JVM.
 */
class ProcessCrossingTest {
    /** The line of {@link #tiles}'s source where a method that follows its annotation is declared. */
    private static final int METHOD_LINE = 15;

    /**
     * Class {@code p.Tiles}, which is not serializable, with a serializable record {@code Tile}, a
     * plain class {@code Canvas} and an interface {@code Shape}; {@code members} start on line 14.
     */
    private static JavaFileObject tiles(String members) {
        return source("p.Tiles", """
                package p;

                import dev.weft.Parallelizable;
                import java.io.Serializable;
                import java.util.List;

                class Tiles {
                    record Tile(int x, int y) implements Serializable {}

                    static class Canvas {}

                    interface Shape {}

                """ + members + "}\n");
    }

    /** One warning, at {@code column} of the line that declares the method under test. */
    private static void assertSingleWarning(Compilation compilation, int column, String message) {
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(message)
                .inFile(compilation.sourceFiles().get(0)).onLine(METHOD_LINE).atColumn(column);
    }

    /** A note at {@code column} of the line that declares the method under test. */
    private static void assertNote(Compilation compilation, int column, String message) {
        assertThat(compilation).hadNoteContaining(message)
                .inFile(compilation.sourceFiles().get(0)).onLine(METHOD_LINE).atColumn(column);
    }

    private static String companion(Compilation compilation) {
        try {
            return compilation.generatedSourceFile("p.TilesParallel").orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void valuesThatAllSerializeGiveASerializableTask() {
        Compilation compilation = compile(tiles("""
                    enum Color { RED, GREEN }

                    @Parallelizable(memoryPerTask = "256m")
                    static long[] paint(Tile tile, Color color, String[] labels, java.math.BigInteger seed) {
                        return new long[] {tile.x(), color.ordinal(), labels.length, seed.longValue()};
                    }

                    @Parallelizable(memoryPerTask = "256m")
                    static <T extends Comparable<T> & Serializable> void sort(T[] values) {
                        java.util.Arrays.sort(values);
                    }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteCount(0);
        assertThat(companion(compilation))
                .contains("(SerializableTask<Tiles.Tile, long[]>) tile -> Tiles.paint(tile, color, labels, seed)")
                .contains("(SerializableVoidTask<T[]>) values -> Tiles.<T>sort(values)");
    }

    @Test
    void aParameterThatMayNotSerializeWarnsWhenTheMethodSetsItsMemory() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable(memoryPerTask = "256m")
                    static int fill(Tile tile, Canvas canvas) {
                        return tile.x();
                    }
                """));

        assertSingleWarning(compilation, 39, "@Parallelizable method fill(Tile, Canvas) cannot run in a worker "
                + "process: its parameter canvas has the type Canvas, which does not implement "
                + "java.io.Serializable, so Weft keeps its calls in this JVM: make Canvas implement "
                + "java.io.Serializable to let them run in worker processes");
        assertThat(companion(compilation)).contains("FanOut.map(FILL_TASK, tiles, tile -> Tiles.fill(tile, canvas))");
    }

    @Test
    void withoutMemoryPerTaskTheSameFindingIsANote() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable
                    static int fill(Tile tile, Canvas canvas) {
                        return tile.x();
                    }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteCount(1);
        assertNote(compilation, 39, "its parameter canvas has the type Canvas, which does not implement "
                + "java.io.Serializable, so Weft keeps its calls in this JVM");
    }

    @Test
    void theFannedElementsCountAndArraysNameTheirElementType() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable(memoryPerTask = "1g")
                    static int count(Shape[] shapes) {
                        return shapes.length;
                    }
                """));

        assertSingleWarning(compilation, 30, "@Parallelizable method count(Shape[]) cannot run in a worker "
                + "process: its parameter shapes has the type Shape[], whose elements of type Shape do not "
                + "extend java.io.Serializable, so Weft keeps its calls in this JVM: make Shape extend "
                + "java.io.Serializable to let them run in worker processes");
    }

    @Test
    void theObjectAnInstanceMethodIsCalledOnCrossesToo() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable(memoryPerTask = "1g")
                    int width(Tile tile) {
                        return tile.x();
                    }
                """));

        assertSingleWarning(compilation, 9, "@Parallelizable method width(Tile) cannot run in a worker "
                + "process: the object it is called on has the type Tiles, which does not implement "
                + "java.io.Serializable, so Weft keeps its calls in this JVM: make Tiles implement "
                + "java.io.Serializable to let them run in worker processes");
    }

    @Test
    void anInnerClassObjectCrossesWithTheObjectItBelongsTo() {
        Compilation compilation = compile(tiles("""
                    class Row implements Serializable {
                        private static final long serialVersionUID = 1L;

                        @Parallelizable(memoryPerTask = "1g")
                        int at(int x) {
                            return x;
                        }
                    }
                """));

        assertThat(compilation).hadWarningContaining("@Parallelizable method at(int) cannot run in a worker process: "
                        + "the enclosing instance of the object it is called on has the type Tiles, which does not "
                        + "implement java.io.Serializable, so Weft keeps its calls in this JVM: make Tiles implement "
                        + "java.io.Serializable to let them run in worker processes")
                .inFile(compilation.sourceFiles().get(0)).onLine(METHOD_LINE + 3).atColumn(13);
    }

    @Test
    void theResultIsReportedAtTheMethod() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable(memoryPerTask = "1g")
                    static List<Tile> split(Tile tile) {
                        return List.of(tile);
                    }
                """));

        assertSingleWarning(compilation, 23, "@Parallelizable method split(Tile) cannot run in a worker "
                + "process: its result has the type List<Tile>, which does not extend java.io.Serializable, "
                + "so Weft keeps its calls in this JVM: use a serializable type instead of List to let them "
                + "run in worker processes");
    }

    @Test
    void aTypeParameterNeedsASerializableBound() {
        Compilation compilation = compile(tiles("""
                    @Parallelizable
                    static <T extends Comparable<T>> boolean positive(T value, T zero) {
                        return value.compareTo(zero) > 0;
                    }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteCount(2);
        assertNote(compilation, 57, "@Parallelizable method positive(T, T) cannot run in a worker "
                + "process: its parameter value has the type T, a type parameter without a serializable "
                + "bound, so Weft keeps its calls in this JVM: add java.io.Serializable to the bounds of T "
                + "to let them run in worker processes");
        assertNote(compilation, 66, "its parameter zero has the type T, a type parameter");
    }
}
