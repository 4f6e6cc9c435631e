package dev.weft.processor.analyze.fanout;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** Names for the parameters the fan-out methods add: the collection and the receiver. */
final class ParameterNames {
    private ParameterNames() {}

    /**
     * A name for a collection of {@code element}s: {@code xs} for {@code x}, {@code boxes} for
     * {@code box}, {@code cities} for {@code city}; a name that already reads as a plural gets an
     * {@code all} prefix instead ({@code allItems}), since {@code itemses} reads as a typo.
     */
    static String plural(String element) {
        if (element.length() == 1) {
            return element + "s";
        }
        if (element.endsWith("s") && !element.endsWith("ss")) {
            return "all" + Character.toUpperCase(element.charAt(0)) + element.substring(1);
        }
        if (element.endsWith("ss") || element.endsWith("sh") || element.endsWith("ch")
                || element.endsWith("x") || element.endsWith("z")) {
            return element + "es";
        }
        if (element.endsWith("y") && "aeiou".indexOf(element.charAt(element.length() - 2)) < 0) {
            return element.substring(0, element.length() - 1) + "ies";
        }
        return element + "s";
    }

    /** The receiver's name for class {@code Foo}: {@code foo}. */
    static String receiver(String classSimpleName) {
        return Character.toLowerCase(classSimpleName.charAt(0)) + classSimpleName.substring(1);
    }

    /**
     * {@code preferred}, or the first of {@code preferred2}, {@code preferred3}, ... that is neither
     * taken nor a keyword.
     */
    static String unique(String preferred, Set<String> taken) {
        String name = preferred;
        for (int suffix = 2; taken.contains(name) || SourceVersion.isKeyword(name); suffix++) {
            name = preferred + suffix;
        }
        return name;
    }
}
