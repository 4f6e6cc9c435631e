package dev.weft.processor.analyze.effects;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a method whose source is in the compilation may change, and where what it returns comes
 * from; what the methods it calls change included.
 *
 * @param effects one change for each root it reaches, the first found
 * @param returned where the objects it returns come from
 */
public record MethodSummary(Map<Root, Effect> effects, Set<Root> returned) {
    static final MethodSummary NOTHING = new MethodSummary(Map.of(), Set.of());

    public MethodSummary {
        effects = Map.copyOf(effects);
        returned = Set.copyOf(returned);
    }

    /** Whether {@code other} reaches what this summary does, and as precisely, whichever way it tells it. */
    boolean reaches(MethodSummary other) {
        return other != null && ranges().equals(other.ranges()) && returned.equals(other.returned);
    }

    /** What each change reaches, and of an array parameter which elements: empty for any. */
    private Map<Root, Optional<ElementRange>> ranges() {
        Map<Root, Optional<ElementRange>> ranges = new HashMap<>();
        effects.forEach((root, effect) -> ranges.put(root, Optional.ofNullable(effect.range())));
        return ranges;
    }
}
