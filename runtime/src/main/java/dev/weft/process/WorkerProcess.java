package dev.weft.process;

import dev.weft.Settings;
import dev.weft.WorkerDiedException;
import dev.weft.internal.Exceptions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One worker JVM, running {@link WorkerMain}, and one batch of calls at a time to it. A daemon thread reads
 * its replies, so that a caller waiting for one can be interrupted; an interrupted call kills the
 * worker, because its task cannot be stopped any other way.
 */
final class WorkerProcess {
    private static final long EXIT_WAIT_MILLIS = 5_000;
    /** Below this a JVM hardly starts, whatever one task needs. */
    private static final long MIN_HEAP_MIB = 32;
    /** Follows the last reply of a worker that has ended. */
    private static final Reply ENDED = new Reply((byte) -1, new byte[0]);

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream output;
    /** The replies the reader thread has read, in order, and then {@link #ENDED} once the worker is gone. */
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean ended;
    private volatile long idleSince = System.nanoTime();

    private WorkerProcess(Process process, String name) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.output = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.stderr = new StderrTail(process.getErrorStream(), name + "-stderr");
        Thread reader = new Thread(this::readReplies, name + "-replies");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a worker with this JVM's {@code java}, class path and the options {@link WorkerOptions}
     * passes on, and {@code heapBytes} of heap, rounded up to whole MiB ({@code 0}: the JVM's default).
     */
    static WorkerProcess start(long heapBytes, String name) throws IOException {
        List<String> command = WorkerOptions.javaCommand();
        if (heapBytes > 0) {
            long mebibytes = (heapBytes + (1 << 20) - 1) >> 20;
            command.add("-Xmx" + Math.max(MIN_HEAP_MIB, mebibytes) + "m");
        }
        // A heap exhausted by one task leaves the worker in doubt: it exits, and the task fails
        // as a worker death, with the JVM's own word on it in the worker's last lines.
        command.add("-XX:+ExitOnOutOfMemoryError");
        // The JVM's own messages go to standard output by default: that is the protocol stream here.
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return new WorkerProcess(new ProcessBuilder(command).start(), name);
    }

    /**
     * Runs {@code task} on each of {@code inputs} in the worker, sent as one batch, and hands each
     * result to {@code returned} as it comes back, in order; throws the exception a call threw
     * there, after which the worker runs no more of the batch.
     *
     * @param timeout how long one call may run; {@link Duration#ZERO} for no limit
     * @param current says which task the worker is running, for messages
     * @throws java.io.NotSerializableException when the task or its inputs cannot be sent; the
     *     worker is unaffected
     * @throws WorkerDiedException when the worker ended before it replied to the current call
     * @throws InterruptedException when the caller was interrupted; the worker has been killed
     * @throws TimeoutException when a call ran longer than {@code timeout}; the worker has been
     *     killed
     */
    void call(Object task, Object[] inputs, Duration timeout, Supplier<String> current, Consumer<Object> returned)
            throws Exception {
        List<String> declared = DeclaredTypes.of(task, inputs);
        byte[] request = TaskBatch.request(declared, task, inputs);
        awaitReady(current);
        if (ended) {
            throw died(current.get());
        }
        try {
            requests.write(request);
            requests.flush();
        } catch (IOException brokenPipe) {
            throw died(current.get());
        }
        ClassLoader loader = loader(task);
        AllowList allowed = AllowList.of(declared, loader);
        for (int i = 0; i < inputs.length; i++) {
            Reply answer = nextReply(timeout, current);
            Object value = Frames.deserialize(answer.body(), allowed, loader);
            if (answer.status() == Frames.FAILURE) {
                idleSince = System.nanoTime();
                throw Exceptions.rethrow((Throwable) value);
            }
            returned.accept(value);
        }
        idleSince = System.nanoTime();
    }

    private Reply nextReply(Duration timeout, Supplier<String> current) throws Exception {
        Reply answer;
        try {
            answer = timeout.isZero() ? replies.take() : replies.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException cancelled) {
            kill();
            throw cancelled;
        }
        if (answer == null) {
            kill();
            throw new TimeoutException("Weft: " + current.get() + " ran longer than " + Settings.PROCESS_TIMEOUT + "="
                    + timeout.toMillis() + "ms; its worker process was killed");
        }
        if (answer == ENDED) {
            throw died(current.get());
        }
        return answer;
    }

    boolean alive() {
        return process.isAlive();
    }

    long idleSince() {
        return idleSince;
    }

    void kill() {
        process.destroyForcibly();
    }

    private void awaitReady(Supplier<String> current) throws InterruptedException {
        try {
            ready.get();
        } catch (InterruptedException cancelled) {
            kill();
            throw cancelled;
        } catch (ExecutionException diedStarting) {
            throw died(current.get());
        }
    }

    private void readReplies() {
        try {
            if (output.readByte() != Frames.READY) {
                throw new IOException("the worker process did not start as a Weft worker");
            }
            ready.complete(null);
            while (true) {
                byte status = output.readByte();
                replies.add(new Reply(status, Frames.readFrame(output)));
            }
        } catch (IOException workerGone) {
            ended = true;
            ready.completeExceptionally(workerGone);
            replies.add(ENDED);
        }
    }

    private WorkerDiedException died(String describe) throws InterruptedException {
        if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            kill();
            process.waitFor();
        }
        return new WorkerDiedException("Weft: the worker process running " + describe + " died with exit code "
                + process.exitValue() + "; the last lines of its standard error:" + System.lineSeparator()
                + stderr.lastLines(EXIT_WAIT_MILLIS));
    }

    private record Reply(byte status, byte[] body) {}

    private static ClassLoader loader(Object task) {
        ClassLoader loader = task.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
