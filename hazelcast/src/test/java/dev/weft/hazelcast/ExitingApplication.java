package dev.weft.hazelcast;

import dev.weft.Weft;
import java.util.List;

/**
 * An application that makes one fan-out on the embedded cluster and returns from {@code main}:
 * it prints the processes its tasks ran in, and must then exit, its cluster with it.
 */
public final class ExitingApplication {
    private ExitingApplication() {}

    public static void main(String[] args) {
        try (Weft.Scope scope = Weft.configure().backend("hazelcast").apply()) {
            for (String place : ShapesParallel.whereAll(List.of(1, 2, 3, 4))) {
                System.out.println(place.substring(0, place.indexOf('/')));
            }
        }
    }
}
