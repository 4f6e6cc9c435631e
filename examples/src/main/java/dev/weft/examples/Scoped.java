package dev.weft.examples;

import dev.weft.Configuration;
import dev.weft.Weft;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Work run inside a scoped configuration, as a user writes it with try-with-resources. */
public final class Scoped {
    private Scoped() {}

    public static <T> Callable<T> call(Supplier<Configuration> configuration, Callable<T> work) {
        return () -> {
            try (Weft.Scope scope = configuration.get().apply()) {
                return work.call();
            }
        };
    }

    /** What the plan decides inside that configuration, for the table's backend column. */
    public static Supplier<String> decision(Supplier<Configuration> configuration, Callable<String> describe) {
        return () -> {
            try {
                return call(configuration, describe).call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Shorthand for the examples' most common configuration. */
    public static Supplier<Configuration> workers(int parallelism) {
        return () -> Weft.configure().parallelism(parallelism);
    }
}
