package dev.weft.examples;

import dev.weft.Configuration;
import dev.weft.Weft;
import java.util.concurrent.Callable;

/** Work run inside a scoped configuration, as a user writes it with try-with-resources. */
public final class Scoped {
    private Scoped() {}

    public static <T> Callable<T> call(Configuration configuration, Callable<T> work) {
        return () -> {
            try (Weft.Scope scope = configuration.apply()) {
                return work.call();
            }
        };
    }
}
