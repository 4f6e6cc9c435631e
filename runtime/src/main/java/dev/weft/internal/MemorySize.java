package dev.weft.internal;

import java.util.Locale;

/** Memory sizes as users write them in {@code memoryPerTask}: {@code "512m"}, {@code "2g"}. */
public final class MemorySize {
    private MemorySize() {}

    /**
     * Bytes in {@code text}: a whole number with an optional suffix {@code k}, {@code m} or
     * {@code g} (case-insensitive, powers of 1024). {@code ""} is {@code 0}: no size given.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static long parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return 0;
        }
        int shift = switch (value.charAt(value.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits);
            if (number < 0 || number > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return number << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a memory size; write a whole number "
                    + "of bytes with an optional k, m or g suffix, such as \"512m\" or \"2g\"");
        }
    }

    /** Bytes as a person reads them: {@code 1.5 GiB}. */
    public static String format(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
