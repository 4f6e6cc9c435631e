package dev.weft.process;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of this JVM that a worker JVM is started with too, so that a task sees there what it
 * would see here: system properties, assertions, the module path and the module options that open,
 * patch, limit or add what the code needs. The application's main module, which the launcher names
 * in {@code -Djdk.module.main}, becomes an {@code --add-modules} of the worker, whose own main class
 * is Weft's: the application's classes are then found in its module as they are here. The rest
 * stays behind: the heap comes from {@code memoryPerTask}; agents would attach twice (a debugger to
 * a port already taken); and {@code -X}, {@code -XX} and {@code -verbose} options may write to
 * standard output, which carries the worker's replies. Module layers an application builds at run
 * time (plug-in systems) are not in any option, and workers do not have them.
 */
public final class WorkerOptions {
    /** The property by which the launcher tells the JVM its main module: {@code java -m module/class}. */
    private static final String MAIN_MODULE = "-Djdk.module.main=";
    /** The launcher's other properties about the main module, which a worker running its own main class must not get. */
    private static final String LAUNCHER_MODULE_PROPERTIES = "-Djdk.module.";
    /** Options passed on with whatever follows them. */
    private static final List<String> WITH_VALUE = List.of("-D", "--add-opens=", "--add-exports=", "--add-reads=",
            "--add-modules=", "--enable-native-access=", "--module-path=", "--upgrade-module-path=",
            "--patch-module=", "--limit-modules=");
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
        List<String> forwarded = new ArrayList<>();
        for (String option : jvmOptions) {
            if (option.startsWith(MAIN_MODULE)) {
                forwarded.add("--add-modules=" + option.substring(MAIN_MODULE.length()));
            } else if (!option.startsWith(LAUNCHER_MODULE_PROPERTIES) && isForwarded(option)) {
                forwarded.add(option);
            }
        }
        return forwarded;
    }

    private static boolean isForwarded(String option) {
        return WITH_VALUE.stream().anyMatch(option::startsWith)
                || SWITCHES.stream().anyMatch(flag -> option.equals(flag) || option.startsWith(flag + ":"));
    }
}
