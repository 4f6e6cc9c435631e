package dev.weft.process;

import java.io.ObjectInputFilter;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a worker process, or Weft reading a worker's reply, agrees to deserialize: the types the
 * method declares (its parameters, its result, the class that holds it) and what they may be
 * assigned from, plus the few JDK types that every call needs: strings, boxed primitives, the form
 * of a serialized lambda and exceptions with their stack traces. Anything else is rejected before
 * it is instantiated, so bytes that do not come from a call of the method cannot run other code.
 */
final class AllowList implements ObjectInputFilter {
    private static final Set<Class<?>> ALWAYS = Set.of(
            Object.class, String.class, Boolean.class, Character.class, Byte.class, Short.class, Integer.class,
            Long.class, Float.class, Double.class, Number.class, Enum.class, BigInteger.class, BigDecimal.class,
            SerializedLambda.class, StackTraceElement.class, ArrayList.class);
    /** How {@link Throwable} writes an empty list of suppressed exceptions. */
    private static final String EMPTY_LIST = "java.util.Collections$EmptyList";

    private final List<Class<?>> declared;

    private AllowList(List<Class<?>> declared) {
        this.declared = declared;
    }

    /** The allow list for these declared class names; a name the loader does not know allows nothing. */
    static AllowList of(Collection<String> names, ClassLoader loader) {
        Set<Class<?>> declared = new LinkedHashSet<>();
        for (String name : names) {
            try {
                addWithParts(Class.forName(name, false, loader), declared);
            } catch (ClassNotFoundException unknown) {
                // nothing of that type can be read here either
            }
        }
        return new AllowList(List.copyOf(declared));
    }

    /** A declared type, and what its values are made of: array elements, serialized fields. */
    private static void addWithParts(Class<?> type, Set<Class<?>> declared) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive() || !declared.add(element)) {
            return;
        }
        ObjectStreamClass form = ObjectStreamClass.lookupAny(element);
        for (ObjectStreamField field : form.getFields()) {
            if (field.getType() != null && !field.isPrimitive()) {
                addWithParts(field.getType(), declared);
            }
        }
        Class<?> parent = element.getSuperclass();
        if (parent != null && Serializable.class.isAssignableFrom(parent)) {
            addWithParts(parent, declared); // its fields are written too, under its own descriptor
        }
    }

    @Override
    public Status checkInput(FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (!allowed(type)) {
            // ObjectInputStream makes this the cause of its InvalidClassException: the message says what was refused.
            throw new IllegalArgumentException("Weft: " + type.getName() + " is not among the types the task declares "
                    + declared.stream().map(Class::getName).collect(Collectors.toList())
                    + " nor the JDK basics every call needs");
        }
        return Status.ALLOWED;
    }

    private boolean allowed(Class<?> type) {
        if (type.isPrimitive() || ALWAYS.contains(type) || Throwable.class.isAssignableFrom(type)
                || type.getName().equals(EMPTY_LIST)) {
            return true;
        }
        for (Class<?> allowed : declared) {
            if (allowed != Object.class && allowed.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
