package dev.weft.examples.modular;

/** A class for the other processor, which writes {@code TaggedIndex} beside it. */
@Tag
final class Tagged {
    private Tagged() {}

    static int indexed() {
        return TaggedIndex.COUNT;
    }
}
