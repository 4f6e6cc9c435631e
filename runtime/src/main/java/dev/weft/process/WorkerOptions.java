package dev.weft.process;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of this JVM that a worker JVM is started with too, so that a task sees there what it
 * would see here: system properties, assertions, and the module options that open or add what the
 * code needs. The rest stays behind: the heap comes from {@code memoryPerTask}; agents would attach
 * twice (a debugger to a port already taken); and {@code -X}, {@code -XX} and {@code -verbose}
 * options may write to standard output, which carries the worker's replies.
 */
public final class WorkerOptions {
    /** Options passed on with whatever follows them. */
    private static final List<String> WITH_VALUE = List.of("-D", "--add-opens=", "--add-exports=", "--add-reads=",
            "--add-modules=", "--enable-native-access=");
    /** Options passed on alone, or followed by {@code :} and the packages or classes they apply to. */
    private static final List<String> SWITCHES = List.of("-ea", "-da", "-esa", "-dsa", "-enableassertions",
            "-disableassertions", "-enablesystemassertions", "-disablesystemassertions", "--enable-preview");

    private WorkerOptions() {}

    /**
     * The command that starts a JVM such as this one: the same {@code java}, and the options of
     * this JVM that are passed on.
     */
    public static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
        command.addAll(forwarded(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return command;
    }

    /** Those of {@code jvmOptions}, as {@code RuntimeMXBean.getInputArguments} lists them, that workers get. */
    static List<String> forwarded(List<String> jvmOptions) {
        return jvmOptions.stream().filter(WorkerOptions::isForwarded).toList();
    }

    private static boolean isForwarded(String option) {
        return WITH_VALUE.stream().anyMatch(option::startsWith)
                || SWITCHES.stream().anyMatch(flag -> option.equals(flag) || option.startsWith(flag + ":"));
    }
}
