package dev.weft.process;

import dev.weft.backend.Region;
import dev.weft.internal.Task;
import dev.weft.internal.VoidTask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Several calls of one task sent to another JVM at once, so that many short tasks do not pay one
 * round trip each: the form in which tasks cross to a worker process or a cluster member.
 *
 * <p>A request is the list of class names the other side may deserialize (the types the task
 * declares, see {@link DeclaredTypes}), then a frame with the serialized {@code {task, inputs}}
 * pair. The other side runs the inputs in order, each as work nested in the region that sent it,
 * and stops at the first that throws. Its reply is the serialized {@code {results, failure}} pair:
 * the results of the calls that returned, in order, and the exception of the one that threw, or
 * {@code null}. Both sides read only what the {@link AllowList} of the declared types accepts.
 */
public final class TaskBatch {
    private TaskBatch() {}

    /**
     * What came back for a batch.
     *
     * @param results what the calls before {@code failure} returned, in input order
     * @param failure what the call after them threw; {@code null} when every call returned
     */
    public record Outcome(Object[] results, Throwable failure) {}

    /** The class names a batch of {@code task} may carry, as a request lists them. */
    public static List<String> declaredTypes(Object task, Object[] inputs) {
        return DeclaredTypes.of(task, inputs);
    }

    /** The request that runs {@code task} on {@code inputs}, reading only {@code declared} types. */
    public static byte[] request(List<String> declared, Object task, Object[] inputs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeRequest(new DataOutputStream(bytes), declared, Frames.serialize(new Object[] {task, inputs}));
        return bytes.toByteArray();
    }

    /**
     * Runs a request in this JVM and returns the reply. A task's exception is part of the reply,
     * and so is the reason a request cannot be read, such as a type outside its allow list: it
     * fails the batch's first task.
     */
    public static byte[] run(byte[] request, ClassLoader loader) throws IOException {
        Object[] call;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(request));
            List<String> allowed = Frames.readAllowed(in);
            call = (Object[]) Frames.deserialize(Frames.readFrame(in), AllowList.of(allowed, loader), loader);
        } catch (IOException | ClassNotFoundException unreadable) {
            return Frames.serialize(new Object[] {new Object[0], unreadable});
        }
        Object[] inputs = (Object[]) call[1];
        Object[] results = new Object[inputs.length];
        Throwable failure = null;
        int returned = 0;
        while (returned < inputs.length) {
            if (Thread.currentThread().isInterrupted()) {
                failure = new CancellationException("the batch was cancelled before this task");
                break;
            }
            try {
                Object input = inputs[returned];
                // A fan-out or a loop the task starts is nested in the work that sent it here.
                results[returned] = Region.runNested(() -> apply(call[0], input));
                returned++;
            } catch (Throwable t) {
                failure = t;
                break;
            }
        }
        try {
            return Frames.serialize(new Object[] {Arrays.copyOf(results, returned), failure});
        } catch (NotSerializableException notSerializable) {
            return Frames.serialize(new Object[] {new Object[0], new NotSerializableException(
                    "a result or exception of the task cannot be sent back: " + notSerializable.getMessage())});
        }
    }

    /** Reads a reply, accepting only {@code declared} types. */
    public static Outcome read(byte[] reply, List<String> declared, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        Object[] pair = (Object[]) Frames.deserialize(reply, AllowList.of(declared, loader), loader);
        return new Outcome((Object[]) pair[0], (Throwable) pair[1]);
    }

    @SuppressWarnings("unchecked")
    static Object apply(Object task, Object input) throws Exception {
        if (task instanceof VoidTask<?> voidTask) {
            ((VoidTask<Object>) voidTask).accept(input);
            return null;
        }
        return ((Task<Object, Object>) task).apply(input);
    }
}
