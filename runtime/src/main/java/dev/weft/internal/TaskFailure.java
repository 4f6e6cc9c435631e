package dev.weft.internal;

/**
 * Attached as a suppressed exception to the exception a task threw, so that the stack trace the
 * caller sees names the method, the task and its input. The task's own exception is what the
 * caller catches; this only tells it where it came from.
 */
final class TaskFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_INPUT_CHARS = 200;

    TaskFailure(String method, int index, int count, Object input) {
        super("Weft: " + task(method, index, count, input) + " failed; the tasks not yet finished were cancelled",
                null, false, false);
    }

    /** A task as messages name it: {@code task 3 of 10 (com.example.Images.blur(Image, int) on input img-3)}. */
    static String task(String method, int index, int count, Object input) {
        return "task " + index + " of " + count + " (" + method + " on input " + describe(input) + ")";
    }

    private static String describe(Object input) {
        String text;
        try {
            text = String.valueOf(input);
        } catch (RuntimeException unprintable) {
            text = input.getClass().getName() + " (toString threw " + unprintable + ")";
        }
        return text.length() <= MAX_INPUT_CHARS ? text : text.substring(0, MAX_INPUT_CHARS) + "...";
    }
}
