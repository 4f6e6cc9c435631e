package dev.weft.processor.model.loop;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * A collection, map or string builder, a local of the method, that iterations only accumulate
 * into. Each chunk accumulates into a fresh partial of its own; the twin adds the partials to the
 * original in chunk order, which gives it what the loop would in its own order: its contents, the
 * order they iterate in, and its aliases.
 *
 * @param variable the local's name, kept for the partial in the chunk method
 * @param type the local's type, which the partial is declared with
 * @param accumulation how the body accumulates into it
 * @param partialClass the class each partial is created as
 * @param sorted whether the partial takes the original's comparator, as a tree set or map
 * @param function the merge function of {@link Accumulation#MERGE}, as written, or the sum of
 *     {@link Accumulation#COUNT}; {@code null} for the others
 * @param groupsAppend whether each group of a {@link Accumulation#GROUP} is a string builder, appended
 *     to, rather than a collection
 */
public record CollectionReduction(String variable, TypeName type, Accumulation accumulation, ClassName partialClass,
        boolean sorted, String function, boolean groupsAppend) {

    /** Whether adding a partial to the original looks each of its keys up, as a map's or a set's fold does. */
    public boolean foldsByKey() {
        return !accumulation.whole() || sorted || partialClass.simpleName().endsWith("Set");
    }

    /** Whether the partials are added to the original entry by entry, rather than whole. */
    public boolean foldsEntries() {
        return !accumulation.whole() && accumulation != Accumulation.PUT;
    }

    /** The ways of accumulating into a container that partials combined in chunk order reproduce. */
    public enum Accumulation {
        /** {@code list.add(e)}, {@code set.addAll(c)}: the partials are added in turn. */
        COLLECT("add"),
        /** {@code sb.append(x)}, chained or not. */
        APPEND("append"),
        /**
         * {@code sb.insert(0, x)}: each partial holds its chunk's strings last first, and is inserted
         * before what the chunks before it left.
         */
        INSERT_AT_START("insert at 0"),
        /** {@code map.put(k, v)}: the later iteration's value wins, as the later chunk's does. */
        PUT("put"),
        /** {@code map.putIfAbsent(k, v)}: the earlier iteration's value wins. */
        PUT_IF_ABSENT("putIfAbsent"),
        /** {@code map.merge(k, v, f)} with {@code f} associative. */
        MERGE("merge"),
        /** {@code map.put(k, map.getOrDefault(k, 0) + e)}: a sum per key, each new key put as {@code put} does. */
        COUNT("count"),
        /**
         * {@code Integer c = map.get(k); if (c == null) map.put(k, e); else map.put(k, c + e);}: a
         * sum per key, of which a {@code null} held counts as none, each new key put as {@code put} does.
         */
        COUNT_BY_GET("count"),
        /** {@code map.computeIfAbsent(k, key -> new ArrayList<>()).add(e)}: groups, each in the loop's order. */
        GROUP("group"),
        /**
         * {@code g = map.get(k); if (g == null) { g = new ArrayList<>(); map.put(k, g); } g.add(e)}:
         * groups as written before {@code computeIfAbsent}, each new key put as {@code put} does.
         */
        GROUP_BY_PUT("group");

        private final String described;

        Accumulation(String described) {
            this.described = described;
        }

        /** How the loop comment names it. */
        public String described() {
            return described;
        }

        /** Whether a partial is added to the original whole, as a sequence, rather than key by key. */
        public boolean whole() {
            return this == COLLECT || this == APPEND || this == INSERT_AT_START;
        }
    }
}
