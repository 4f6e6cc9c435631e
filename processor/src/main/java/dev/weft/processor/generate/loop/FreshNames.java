package dev.weft.processor.generate.loop;

import java.util.HashSet;
import java.util.Set;

/** Names for generated locals and parameters that cannot collide with the user's. */
final class FreshNames {
    private final Set<String> taken;

    FreshNames(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** {@code base} if it is free, else {@code base2}, {@code base3}, ... */
    String fresh(String base) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }
}
