package dev.weft.processor.model;

import java.util.List;

/**
 * Stage 3: the immutable description of one generated companion class.
 *
 * @param name its name and visibility
 * @param fanOuts the {@code mAll}/{@code mAllAsync} pairs, one per accepted
 *     {@code @Parallelizable} method, in source order
 * @param twins the loop twins, one per method with accepted {@code @ParallelFor} loops, in source
 *     order
 */
public record Companion(CompanionName name, List<FanOutMethod> fanOuts, List<LoopTwin> twins) {
    public Companion {
        fanOuts = List.copyOf(fanOuts);
        twins = List.copyOf(twins);
    }

    /** Nothing to generate: no annotation here was accepted. */
    public boolean isEmpty() {
        return fanOuts.isEmpty() && twins.isEmpty();
    }
}
