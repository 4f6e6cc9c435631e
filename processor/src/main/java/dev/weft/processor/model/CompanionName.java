package dev.weft.processor.model;

/**
 * The generated class's name and visibility.
 *
 * @param packageName the original class's package ({@code ""} for the unnamed package)
 * @param simpleName {@code FooParallel}, or {@code Outer_InnerParallel} for a nested class
 * @param isPublic whether the companion is public: exactly when the original is
 * @param original the original's canonical name, {@code p.Outer.Inner}
 */
public record CompanionName(String packageName, String simpleName, boolean isPublic, String original) {

    /** The companion's simple name for a class whose simple names, outermost first, are these. */
    public static String simpleNameFor(java.util.List<String> nesting) {
        return String.join("_", nesting) + "Parallel";
    }
}
