package dev.weft.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol between Weft and a worker process, over the worker's standard input and output.
 *
 * <p>A worker first writes {@link #READY} once it has started, so that the time a task may take is
 * counted from then rather than from the start of the JVM. A request is the list of class names the
 * worker may deserialize, then one frame with the serialized {@code {task, inputs}} pair of a
 * {@link TaskBatch}. The worker replies once per input, in order, until one fails: a status byte
 * ({@link #RESULT} or {@link #FAILURE}) and one frame with the serialized result or exception. A
 * frame is a length and that many bytes, so a reader always knows where a message ends.
 */
final class Frames {
    static final byte RESULT = 0;
    static final byte FAILURE = 1;
    static final byte READY = 2;

    private Frames() {}

    static void writeRequest(DataOutputStream out, List<String> allowed, byte[] call) throws IOException {
        out.writeInt(allowed.size());
        for (String name : allowed) {
            out.writeUTF(name);
        }
        writeFrame(out, call);
        out.flush();
    }

    static List<String> readAllowed(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> allowed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            allowed.add(in.readUTF());
        }
        return allowed;
    }

    static void writeReply(DataOutputStream out, byte status, Object value) throws IOException {
        byte[] bytes = serialize(value);
        out.writeByte(status);
        writeFrame(out, bytes);
        out.flush();
    }

    static byte[] readFrame(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("not a Weft frame: length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes, ObjectInputFilter filter, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        }
    }

    private static void writeFrame(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
