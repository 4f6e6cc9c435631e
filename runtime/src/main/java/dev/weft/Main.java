package dev.weft;

/** {@code java -jar weft-runtime.jar}: prints the plan for this machine. */
public final class Main {
    private Main() {}

    /** Prints {@link Weft#plan()}; takes no arguments. */
    public static void main(String[] args) {
        System.out.println(Weft.plan());
    }
}
