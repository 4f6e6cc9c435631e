package dev.weft.processor.analyze.loop;

import java.util.Map;
import java.util.TreeMap;

/**
 * Replacements of source ranges, applied when a range of the source is rendered: how the user's
 * text is carried into the companion with only the names rewritten that must be.
 */
final class Edits {
    /** @param receiver whether the replacement names the twin's receiver */
    private record Edit(int end, String replacement, boolean receiver) {}

    private final MethodSource source;
    private final TreeMap<Integer, Edit> byStart = new TreeMap<>();

    Edits(MethodSource source) {
        this.source = source;
    }

    void replace(int start, int end, String replacement, boolean receiver) {
        byStart.put(start, new Edit(end, replacement, receiver));
    }

    /** Whether the text from {@code start} to {@code end}, once rendered, names the receiver. */
    boolean usesReceiver(int start, int end) {
        for (Edit edit : byStart.subMap(start, true, end, false).values()) {
            if (edit.receiver() && edit.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /** The source from {@code start} to {@code end} with the edits inside it applied. */
    String render(int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Map.Entry<Integer, Edit> edit : byStart.subMap(start, true, end, false).entrySet()) {
            if (edit.getKey() < at || edit.getValue().end() > end) {
                continue;
            }
            out.append(source.text(at, edit.getKey())).append(edit.getValue().replacement());
            at = edit.getValue().end();
        }
        return out.append(source.text(at, end)).toString();
    }
}
