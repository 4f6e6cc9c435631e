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
 * The main class of a worker process: reads one batch of calls at a time from standard input, runs
 * them in order, and writes each result to standard output as it comes, until a call throws (its
 * exception is the batch's last reply) or the batch is done; and so on until its standard input
 * ends, which is when Weft, or the JVM that started it, is gone.
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
            Object[] call = new Object[2];
            if (!reply(replies, () -> call[0] = Frames.deserialize(request, AllowList.of(allowed, loader), loader), false)) {
                continue; // the request could not be read: that one failure is its reply
            }
            Object task = ((Object[]) call[0])[0];
            for (Object input : (Object[]) ((Object[]) call[0])[1]) {
                // A fan-out or a loop the task starts is nested in the work that sent it here.
                if (!reply(replies, () -> Region.runNested(() -> TaskBatch.apply(task, input)), true)) {
                    break; // the caller stops at a failure, and so does the batch
                }
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }


    /**
     * Runs {@code call}; replies with its exception, or, when {@code sendResult}, with its result.
     * Returns whether it returned.
     */
    private static boolean reply(DataOutputStream replies, Call call, boolean sendResult) throws IOException {
        byte status;
        Object value;
        try {
            value = call.run();
            status = Frames.RESULT;
        } catch (Throwable t) {
            value = t;
            status = Frames.FAILURE;
        }
        if (status == Frames.RESULT && !sendResult) {
            return true;
        }
        try {
            Frames.writeReply(replies, status, value);
            return status == Frames.RESULT;
        } catch (NotSerializableException notSerializable) {
            Frames.writeReply(replies, Frames.FAILURE, new NotSerializableException(
                    "the " + (status == Frames.RESULT ? "result" : "exception") + " of the task cannot be sent back: "
                            + notSerializable.getMessage()));
            return false;
        }
    }
}
