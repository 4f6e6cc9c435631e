package dev.weft.examples;

import dev.weft.Weft;

/** The main job: the plan for this machine, then each example with its measured times. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println(Weft.plan());
    }
}
