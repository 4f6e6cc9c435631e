package dev.weft.processor.analyze.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of source ranges, applied when a range of the source is rendered: how the user's
 * text is carried into the companion with only the names rewritten that must be. A replacement may
 * keep parts of the range it replaces ({@code secret = v} as {@code SECRET.set(rejections, v)}),
 * which are rendered with the edits inside them.
 */
final class Edits {
    /** At one place, text added there comes before an edit of what follows it. */
    private static final Comparator<Edit> OUTERMOST_FIRST = Comparator.comparingInt(Edit::start)
            .thenComparing(edit -> edit.end() != edit.start())
            .thenComparing(Comparator.comparingInt(Edit::end).reversed());

    /** Text written as it is, or the source from {@code start} to {@code end} rendered with its edits. */
    record Part(String text, int start, int end) {
        static Part text(String text) {
            return new Part(text, -1, -1);
        }

        static Part source(int start, int end) {
            return new Part(null, start, end);
        }
    }

    /** @param receiver whether the replacement names the twin's receiver */
    private record Edit(int start, int end, List<Part> replacement, boolean receiver) {}

    private final MethodSource source;
    private final List<Edit> edits = new ArrayList<>();

    Edits(MethodSource source) {
        this.source = source;
    }

    /** These edits and none added to either later: for a rendering that carries edits of its own. */
    Edits copy() {
        Edits copy = new Edits(source);
        copy.edits.addAll(edits);
        return copy;
    }

    /** {@code text} added at {@code at}, replacing nothing. */
    void insert(int at, String text) {
        replace(at, at, text, false);
    }

    void replace(int start, int end, String replacement, boolean receiver) {
        replace(start, end, List.of(Part.text(replacement)), receiver);
    }

    void replace(int start, int end, List<Part> replacement, boolean receiver) {
        edits.add(new Edit(start, end, List.copyOf(replacement), receiver));
    }

    /** Whether the text from {@code start} to {@code end}, once rendered, names the receiver. */
    boolean usesReceiver(int start, int end) {
        for (Edit edit : edits) {
            if (edit.receiver() && edit.start() >= start && edit.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /** The source from {@code start} to {@code end} with the edits inside it applied. */
    String render(int start, int end) {
        List<Edit> inside = new ArrayList<>();
        for (Edit edit : edits) {
            if (edit.start() >= start && edit.end() <= end) {
                inside.add(edit);
            }
        }
        inside.sort(OUTERMOST_FIRST);
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Edit edit : inside) {
            if (edit.start() < at) {
                continue; // inside an edit already applied, which rendered the parts it keeps
            }
            out.append(source.text(at, edit.start()));
            for (Part part : edit.replacement()) {
                out.append(part.text() != null ? part.text() : render(part.start(), part.end()));
            }
            at = edit.end();
        }
        return out.append(source.text(at, end)).toString();
    }
}
