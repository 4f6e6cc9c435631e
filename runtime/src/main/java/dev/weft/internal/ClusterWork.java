package dev.weft.internal;

import dev.weft.process.TaskBatch;
import dev.weft.progress.ProgressTracker;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One fan-out call as a {@link ClusterBackend} sees it: its tasks, numbered in input order, which
 * cross in batches. The backend decides which member runs which batch and when; this class turns
 * a batch into the bytes that cross and a member's reply into results, progress and the task's
 * own exception, and a member turns a request into its reply with {@link #runOnMember}. Both sides
 * deserialize only the types the method declares and the JDK basics every call needs.
 */
public final class ClusterWork {
    private final TaskSpec spec;
    private final Object task;
    private final Object[] inputs;
    private final ClusterOptions options;
    private final ProgressTracker progress;
    private final FanOutRun.Results results;
    private final List<String> declared;

    ClusterWork(TaskSpec spec, Object task, Object[] inputs, ClusterOptions options, ProgressTracker progress,
            FanOutRun.Results results) {
        this.spec = spec;
        this.task = task;
        this.inputs = inputs;
        this.options = options;
        this.progress = progress;
        this.results = results;
        this.declared = TaskBatch.declaredTypes(task, inputs);
    }

    /** The method as messages name it, {@code com.example.Images.blur(Image, int)}. */
    public String method() {
        return spec.method();
    }

    /** How many tasks there are; they are numbered from 0 in input order. */
    public int count() {
        return inputs.length;
    }

    /** The configuration in force where the call was made. */
    public ClusterOptions options() {
        return options;
    }

    /** The bytes that ask a member to run tasks {@code from} (inclusive) to {@code to} (exclusive). */
    public byte[] request(int from, int to) throws IOException {
        return TaskBatch.request(declared, task, Arrays.copyOfRange(inputs, from, to));
    }

    /**
     * Takes a member's reply to {@link #request request(from, to)}: keeps the results in input
     * order and counts them as progress.
     *
     * @throws Exception what a task threw, unchanged, with the task named in a suppressed
     *     exception; the tasks of the batch before it have their results kept
     * @throws IOException when the reply cannot be read, such as a type outside the allow list
     */
    public void accept(int from, byte[] reply) throws Exception {
        TaskBatch.Outcome outcome = TaskBatch.read(reply, declared, loader());
        Object[] returned = outcome.results();
        for (int i = 0; i < returned.length; i++) {
            results.set(from + i, returned[i]);
        }
        progress.advance(returned.length);
        Throwable failure = outcome.failure();
        if (failure != null) {
            int index = from + returned.length;
            failure.addSuppressed(new TaskFailure(spec.method(), index, inputs.length, inputs[index]));
            throw Exceptions.rethrow(failure);
        }
    }

    /** Tasks {@code from} to {@code to} as messages name them. */
    public String describe(int from, int to) {
        if (to - from == 1) {
            return TaskFailure.task(spec.method(), from, inputs.length, inputs[from]);
        }
        return "tasks " + from + " to " + (to - 1) + " of " + inputs.length + " (" + spec.method() + ")";
    }

    /**
     * On a member: runs the tasks a {@link #request} asks for and returns the reply, which carries
     * a task's exception as well as results.
     *
     * @throws IOException when the reply cannot be written
     */
    public static byte[] runOnMember(byte[] request) throws IOException {
        return TaskBatch.run(request, ClassLoader.getSystemClassLoader());
    }

    private ClassLoader loader() {
        ClassLoader loader = task.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
