package dev.weft.examples.fanout;

import dev.weft.Parallelizable;
import java.io.Serializable;

/** A serializable receiver: it travels to the worker process with each call. */
record Scale(long factor) implements Serializable {
    @Parallelizable
    long times(int value) {
        return value * factor;
    }
}
