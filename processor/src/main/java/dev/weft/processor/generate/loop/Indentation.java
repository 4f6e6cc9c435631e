package dev.weft.processor.generate.loop;

import java.util.ArrayList;
import java.util.List;

/** Re-indents carried-over source text, which JavaPoet then indents to its place. */
final class Indentation {
    private Indentation() {}

    /** {@code text} without the indentation all its non-blank lines share, nor blank edges. */
    static String strip(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(common).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The whitespace that starts the last line of {@code text}, if that line is only whitespace so far. */
    static String ofLastLine(CharSequence text) {
        int start = text.toString().lastIndexOf('\n') + 1;
        String last = text.subSequence(start, text.length()).toString();
        return last.isBlank() ? last : "";
    }
}
