package dev.weft.processor.generate;

/**
 * Java source with its comments and its string, character and text block literals blanked out,
 * lines kept, so that a search for a name finds it only where code uses it.
 */
final class CodeText {
    private CodeText() {}

    static String of(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int at = 0;
        while (at < source.length()) {
            int end = endOfNonCode(source, at);
            if (end == at) {
                code.append(source.charAt(at++));
            }
            for (; at < end; at++) {
                char c = source.charAt(at);
                code.append(c == '\n' || c == '\r' ? c : ' ');
            }
        }
        return code.toString();
    }

    /** Where the comment or literal starting at {@code at} ends, or {@code at} if none starts there. */
    private static int endOfNonCode(String source, int at) {
        if (source.startsWith("//", at)) {
            int newline = source.indexOf('\n', at);
            return newline < 0 ? source.length() : newline;
        }
        if (source.startsWith("/*", at)) {
            return endAfter(source, "*/", at + 2);
        }
        if (source.startsWith("\"\"\"", at)) {
            return endOfQuoted(source, at + 3, "\"\"\"");
        }
        char first = source.charAt(at);
        return first == '"' || first == '\'' ? endOfQuoted(source, at + 1, String.valueOf(first)) : at;
    }

    private static int endOfQuoted(String source, int from, String quote) {
        for (int at = from; at < source.length(); at++) {
            if (source.charAt(at) == '\\') {
                at++;
            } else if (source.startsWith(quote, at)) {
                return at + quote.length();
            }
        }
        return source.length();
    }

    private static int endAfter(String source, String closing, int from) {
        int found = source.indexOf(closing, from);
        return found < 0 ? source.length() : found + closing.length();
    }
}
