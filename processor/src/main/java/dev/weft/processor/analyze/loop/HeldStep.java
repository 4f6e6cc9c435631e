package dev.weft.processor.analyze.loop;

import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A step on the way to an array held in a field or a row, which the twin checks against the array
 * a loop writes: a field ({@code .data}; a static one starts the way from its class), or a row at a
 * constant index ({@code [0]}).
 *
 * @param field the field taken; {@code null} for a row
 * @param row the row's index, for a row
 */
record HeldStep(VariableElement field, int row) {
    static HeldStep of(VariableElement field) {
        return new HeldStep(field, -1);
    }

    static HeldStep row(int row) {
        return new HeldStep(null, row);
    }

    /** Whether the field is static: the step may start from its class. */
    boolean fromClass() {
        return field != null && field.getModifiers().contains(Modifier.STATIC);
    }

    /**
     * The step as the method writes it after {@code from}: {@code from.data}, {@code from[0]}; where
     * {@code from} is {@code null}, as for a static field a call reads, after the field's class.
     */
    String text(String from) {
        if (field == null) {
            return from + "[" + row + "]";
        }
        return (from == null ? MethodContext.relativeName((TypeElement) field.getEnclosingElement()) : from) + "."
                + field.getSimpleName();
    }
}
