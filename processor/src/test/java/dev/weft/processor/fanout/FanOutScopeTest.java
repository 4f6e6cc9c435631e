package dev.weft.processor.fanout;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.fanout.WeftCompiler.compile;
import static dev.weft.processor.fanout.WeftCompiler.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Writes that only look like field writes: to locals, parameters and other variables that shadow a
 * field, to fields of the call's own first argument, to the fields of objects the call itself creates, and an
 * annotation's attributes.
 */
class FanOutScopeTest {

    @Test
    void writesToShadowingVariablesAndOtherObjectsAreAccepted() {
        Compilation compilation = compile(source("p.Tally", """
                package p;

                import dev.weft.Parallelizable;
                import java.io.StringReader;
                import java.util.function.IntUnaryOperator;

                class Tally {
                    static int count;
                    int total;
                    String[] value;

                    static final class Box {
                        int total;
                    }

                    @Parallelizable
                    int shadowed(int step) {
                        int total = 0;
                        @SuppressWarnings(value = "unused") int spare = step;
                        total += step;
                        for (int count = 0; count < step; count++) {
                            total++;
                        }
                        for (int count : new int[] {step}) {
                            total += count;
                        }
                        try (StringReader count = new StringReader("")) {
                            total += count.hashCode();
                        } catch (RuntimeException count) {
                            count = null;
                        }
                        Runnable inLambda = () -> {
                            int count = 1;
                            count++;
                        };
                        IntUnaryOperator lambdaParameter = count -> count++;
                        Object boxed = step;
                        if (boxed instanceof Integer count) {
                            count++;
                        }
                        switch (step) {
                            case 1:
                                int count = 2;
                                count++;
                                break;
                            default:
                        }
                        return total;
                    }

                    @Parallelizable
                    static int otherObjects(Box box, Tally tally) {
                        box.total++;
                        Box fresh = new Box();
                        fresh.total = box.total + tally.total;
                        return new Object() {
                            int count;

                            int bump() {
                                count++;
                                this.count += 1;
                                return count;
                            }
                        }.bump();
                    }

                    @Parallelizable
                    static int localClass(int step) {
                        class Counter {
                            int total;

                            void add() {
                                total += step;
                            }
                        }
                        Counter counter = new Counter();
                        counter.add();
                        return counter.total;
                    }
                }
                """));

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("p.TallyParallel");
    }

    @Test
    void aLocalDeclaredAfterTheWriteDoesNotHideTheField() {
        Compilation compilation = compile(source("p.Tally", """
                package p;

                import dev.weft.Parallelizable;

                class Tally {
                    int total;

                    @Parallelizable
                    int late(int step) {
                        {
                            int total = step;
                        }
                        total = step;
                        return step;
                    }
                }
                """));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("writes the field total").inFile(compilation.sourceFiles().get(0))
                .onLine(13).atColumn(9);
    }

    @Test
    void writesToAnEnclosingInstanceAndToAStaticallyImportedFieldAreRejected() {
        Compilation compilation = compile(source("p.Outer", """
                package p;

                import static p.Settings.level;

                import dev.weft.Parallelizable;

                class Outer {
                    int seen;

                    class Inner {
                        @Parallelizable
                        void visit(int value) {
                            Outer.this.seen = value;
                            level = value;
                        }
                    }
                }

                class Settings {
                    static int level;
                }
                """));

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("writes the field Outer.this.seen")
                .inFile(compilation.sourceFiles().get(0)).onLine(13).atColumn(13);
        assertThat(compilation).hadErrorContaining("writes the static field Settings.level")
                .inFile(compilation.sourceFiles().get(0)).onLine(14).atColumn(13);
    }
}
