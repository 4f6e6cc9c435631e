package dev.weft.internal;

import dev.weft.process.WorkerOptions;
import java.util.List;

/** How Weft starts JVMs of its own (worker processes, embedded cluster members). */
public final class JvmCommand {
    private JvmCommand() {}

    /**
     * This JVM's {@code java} and the options of this JVM a worker gets: system properties,
     * assertion switches and module options, so that a task sees there what it would see here.
     */
    public static List<String> javaWithOptions() {
        return WorkerOptions.javaCommand();
    }
}
