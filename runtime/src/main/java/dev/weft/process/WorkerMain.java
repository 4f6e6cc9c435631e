package dev.weft.process;

import dev.weft.backend.Region;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.util.List;

/**
 * The main class of a worker process: reads one call at a time from standard input, runs it, and
 * writes its result or exception to standard output, until its standard input ends, which is when
 * Weft, or the JVM that started it, is gone.
 *
 * <p>The protocol owns the real standard output. {@code System.out} is pointed at standard error
 * before any task runs, so whatever a task prints ends up in the parent's standard error instead
 * of corrupting a reply.
 */
public final class WorkerMain {
    private WorkerMain() {}

    /** Serves calls until standard input ends; takes no arguments. */
    public static void main(String[] args) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        replies.writeByte(Frames.READY);
        replies.flush();
        while (true) {
            List<String> allowed;
            try {
                allowed = Frames.readAllowed(requests);
            } catch (EOFException parentGone) {
                return;
            }
            byte[] request = Frames.readFrame(requests);
            reply(replies, () -> {
                Object[] call = (Object[]) Frames.deserialize(request, AllowList.of(allowed, loader), loader);
                // A fan-out or a loop the task starts is nested in the work that sent it here.
                return Region.runNested(() -> TaskBatch.apply(call[0], call[1]));
            });
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }


    private static void reply(DataOutputStream replies, Call call) throws IOException {
        byte status;
        Object value;
        try {
            value = call.run();
            status = Frames.RESULT;
        } catch (Throwable t) {
            value = t;
            status = Frames.FAILURE;
        }
        try {
            Frames.writeReply(replies, status, value);
        } catch (NotSerializableException notSerializable) {
            Frames.writeReply(replies, Frames.FAILURE, new NotSerializableException(
                    "the " + (status == Frames.RESULT ? "result" : "exception") + " of the task cannot be sent back: "
                            + notSerializable.getMessage()));
        }
    }
}
