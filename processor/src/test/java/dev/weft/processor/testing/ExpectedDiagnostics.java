package dev.weft.processor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors and warnings a test source expects, each written as a marker comment on the line
 * before the offending one: {@code // error: text}, at the first character of that line's code, or
 * {@code // error at 45: text}, at column 45; {@code // warning: text} likewise. Markers stacked on consecutive lines are all about the
 * first line of code after them. The expectation stays beside the code it is about.
 */
public final class ExpectedDiagnostics {
    private static final Pattern MARKER = Pattern.compile("^\\s*// (error|warning)(?: at (\\d+))?: (.*)$");

    /** One expected diagnostic: whether a warning, its line and column, counted from 1, and a part of its message. */
    public record Expected(boolean warning, long line, long column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + (warning ? " warning " : " ") + message;
        }
    }

    private ExpectedDiagnostics() {}

    /** The markers of the class-path resource {@code resource}. */
    public static List<Expected> in(String resource) {
        List<String> lines = lines(resource);
        List<Expected> expected = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Matcher marker = MARKER.matcher(lines.get(n));
            if (!marker.matches()) {
                continue;
            }
            int target = n + 1;
            while (MARKER.matcher(lines.get(target)).matches()) {
                target++;
            }
            String code = lines.get(target);
            long column = marker.group(2) != null ? Long.parseLong(marker.group(2))
                    : code.length() - code.stripLeading().length() + 1;
            expected.add(new Expected(marker.group(1).equals("warning"), target + 1, column, marker.group(3).strip()));
        }
        return expected;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ExpectedDiagnostics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
