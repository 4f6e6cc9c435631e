package dev.weft.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import dev.weft.internal.JvmCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A small cluster of member JVMs on 127.0.0.1, for trying the hazelcast backend on one machine:
 * each member runs {@link EmbeddedMember} with this JVM's {@code java}, class path and forwarded
 * options, on a free port of its own, under a cluster name of its own, so that several such
 * clusters (of several test runs) can run side by side. The members end when this JVM exits, or
 * when it dies, as their standard input then ends.
 */
final class EmbeddedCluster implements AutoCloseable {
    /** Members an embedded cluster starts with. */
    static final int DEFAULT_MEMBERS = 2;
    private static final long FORM_MILLIS = 60_000;
    private static final AtomicInteger NEXT = new AtomicInteger(1);
    /** What Hazelcast asks of a member's JVM to reach the JDK internals it uses on Java 9 and later. */
    private static final List<String> MEMBER_JVM_OPTIONS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    /**
     * Hazelcast's own INFO lines, a few dozen per start, say nothing a user of an embedded cluster
     * acts on: warnings only, unless the application set a level of its own. Held here, as
     * {@link Logger} keeps its loggers only weakly.
     */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private final String name;
    private final List<Integer> ports;
    private final List<Process> members = new ArrayList<>();
    private final HazelcastInstance client;

    private EmbeddedCluster(String name, List<Integer> ports) throws IOException {
        this.name = name;
        this.ports = ports;
        Thread stop = new Thread(this::close, "weft-hazelcast-shutdown-" + name);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            for (int port : ports) {
                members.add(startMember(port));
            }
            awaitListening(ports.get(0));
            client = HazelcastClient.newHazelcastClient(clientConfig());
            awaitMembers();
        } catch (IOException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    /** Starts {@code count} members and connects to them as a client once they form one cluster. */
    static EmbeddedCluster start(int count) {
        String name = "weft-" + ProcessHandle.current().pid() + "-" + NEXT.getAndIncrement();
        try {
            return new EmbeddedCluster(name, freePorts(count));
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Weft could not start the embedded cluster " + name, cannotStart);
        }
    }

    HazelcastInstance client() {
        return client;
    }

    String describe() {
        return "embedded cluster " + name + " of " + ports.size() + " member JVMs on " + EmbeddedMember.HOST
                + ", started by Weft (set weft.hazelcast.members or weft.hazelcast.config to join another)";
    }

    String name() {
        return name;
    }

    /** {@code 127.0.0.1:port} of each member. */
    List<String> addresses() {
        return ports.stream().map(port -> EmbeddedMember.HOST + ":" + port).toList();
    }

    /** The member JVMs, in the order of their ports. */
    List<Process> members() {
        return List.copyOf(members);
    }

    private Process startMember(int port) throws IOException {
        List<String> command = new ArrayList<>(JvmCommand.javaWithOptions());
        command.addAll(MEMBER_JVM_OPTIONS);
        // Inside a member, a task's own fan-outs are nested work: never a cluster of its own.
        command.add("-Dweft.backend=auto");
        command.add("-Dhazelcast.phone.home.enabled=false");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmbeddedMember.class.getName());
        command.add(name);
        command.add(String.valueOf(port));
        command.add(ports.stream().map(String::valueOf).collect(Collectors.joining(",")));
        Process member = new ProcessBuilder(command).redirectErrorStream(true).start();
        copyOutput(member, EmbeddedMember.HOST + ":" + port);
        return member;
    }

    /** A member's output goes to this JVM's standard error, a line at a time, marked with the member. */
    private static void copyOutput(Process member, String address) {
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    System.err.println("[member " + address + "] " + line);
                }
            } catch (IOException memberGone) {
                // its output ends with it
            }
        }, "weft-hazelcast-member-" + address);
        copier.setDaemon(true);
        copier.start();
    }

    private ClientConfig clientConfig() {
        synchronized (HAZELCAST_LOG) {
            if (HAZELCAST_LOG.getLevel() == null) {
                HAZELCAST_LOG.setLevel(Level.WARNING);
            }
        }
        ClientConfig config = new ClientConfig();
        config.setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setAddresses(addresses());
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(FORM_MILLIS);
        return config;
    }

    /**
     * Waits until the first member accepts connections, so that the client does not start by
     * failing to reach a member that is still starting, and say so in the log.
     */
    private void awaitListening(int port) throws IOException {
        long deadline = System.currentTimeMillis() + FORM_MILLIS;
        while (true) {
            try (Socket probe = new Socket(EmbeddedMember.HOST, port)) {
                return;
            } catch (ConnectException notYet) {
                if (System.currentTimeMillis() > deadline || !members.get(0).isAlive()) {
                    throw new IOException("the first member of the embedded cluster " + name + " did not start"
                            + " listening on " + EmbeddedMember.HOST + ":" + port + "; its output is on standard error",
                            notYet);
                }
                pause();
            }
        }
    }

    private void awaitMembers() {
        long deadline = System.currentTimeMillis() + FORM_MILLIS;
        while (client.getCluster().getMembers().size() < ports.size()) {
            if (System.currentTimeMillis() > deadline || members.stream().anyMatch(member -> !member.isAlive())) {
                throw new IllegalStateException("the members of the embedded cluster " + name + " did not form one"
                        + " cluster within " + FORM_MILLIS / 1000 + " s; their output is on standard error");
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded cluster " + name + " formed", interrupted);
        }
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getByName(EmbeddedMember.HOST)));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }

    /** Ends the client and kills the members. */
    @Override
    public void close() {
        if (client != null) {
            client.shutdown();
        }
        members.forEach(Process::destroyForcibly);
    }
}
