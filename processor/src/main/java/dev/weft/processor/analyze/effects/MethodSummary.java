package dev.weft.processor.analyze.effects;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * What a method whose source is in the compilation may change, where what it returns comes from,
 * and what it trusts; what the methods it calls change included.
 *
 * @param effects one change for each root it reaches, the first found
 * @param returned where the objects it returns come from
 * @param held where what is reached through the objects it returns comes from: of a new list
 *     made from its parameter, the parameter
 * @param trusted what it calls and Weft cannot see into, taken to change nothing: {@code
 *     `Random.nextInt()`}, or the text of a call Weft cannot resolve
 * @param reads the fields holding objects or arrays that it reads, of any object, itself or through
 *     the calls it makes, by simple name, each with how: {@code reads `this.data` (Grid.java:9)}
 * @param staticArrays the arrays it reads that a static field holds, or a field of the object one
 *     holds, itself or through the calls it makes, each by the fields on the way from the class
 *     ({@code [TABLE]}, {@code [HOLDER, data]}) with how: {@code reads `TABLE` (Codes.java:7)}
 * @param fieldReads the instance fields of any type it reads, itself or through the calls it makes,
 *     each with how: {@code reads `o.speed` (Boid.java:9)}
 * @param fieldWrites the instance fields it may write, itself or through the calls it makes, each with
 *     how: {@code changes `speed` (Boid.java:12)}
 * @param opaque the roots of the changes that reach beyond them by a way two objects may share, and
 *     not by fields alone from the root, so that {@code fieldWrites} do not tell every object changed:
 *     an element of an array, a container the JDK changes, an object a call returns
 * @param varies the calls it makes, itself or through the methods it calls, whose result varies
 *     from call to call though nothing changes ({@code Math.random()}, a clock): called twice, it
 *     may give two values
 */
public record MethodSummary(Map<Root, Effect> effects, Set<Root> returned, Set<Root> held, Set<String> trusted,
        Map<String, String> reads, Map<List<VariableElement>, String> staticArrays,
        Map<FieldAccess, FieldAccess.Trail> fieldReads,
        Map<FieldAccess, FieldAccess.Trail> fieldWrites, Set<Root> opaque, Set<String> varies) {
    static final MethodSummary NOTHING = new MethodSummary(Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of(),
            Map.of(), Map.of(), Set.of(), Set.of());

    public MethodSummary {
        // Each in the order found, so that a refusal names the first of several changes or reads, the
        // same in every build.
        effects = ordered(effects);
        returned = ordered(returned);
        held = ordered(held);
        trusted = ordered(trusted);
        reads = ordered(reads);
        staticArrays = ordered(staticArrays);
        fieldReads = ordered(fieldReads);
        fieldWrites = ordered(fieldWrites);
        opaque = ordered(opaque);
        varies = ordered(varies);
    }

    /**
     * Whether a call of the method, made again with nothing run in between, gives the same value
     * and changes nothing: it changes nothing, calls nothing Weft cannot see into, and nothing whose
     * result varies.
     */
    public boolean repeatable() {
        return effects.isEmpty() && trusted.isEmpty() && varies.isEmpty();
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <T> Set<T> ordered(Set<T> set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    /** Whether the method returns only objects it creates. */
    public boolean returnsOnlyNew() {
        return !returned.isEmpty() && returned.stream().allMatch(root -> root.kind() == Root.Kind.FRESH);
    }

    /** Whether {@code other} reaches what this summary does, as precisely, trusting the same, whichever way it tells it. */
    boolean reaches(MethodSummary other) {
        return other != null && ranges().equals(other.ranges()) && returned.equals(other.returned)
                && held.equals(other.held) && trusted.equals(other.trusted) && reads.keySet().equals(other.reads.keySet())
                && staticArrays.keySet().equals(other.staticArrays.keySet())
                && fieldReads.keySet().equals(other.fieldReads.keySet()) && freshWrites().equals(other.freshWrites())
                && opaque.equals(other.opaque) && varies.equals(other.varies);
    }

    /** What a call that may run either method may change: both summaries' changes, one range where they agree. */
    MethodSummary or(MethodSummary other) {
        Map<Root, Effect> both = new LinkedHashMap<>(effects);
        other.effects.forEach((root, effect) -> both.merge(root, effect, Effect::or));
        Set<Root> returnedByEither = new LinkedHashSet<>(returned);
        returnedByEither.addAll(other.returned);
        Set<Root> heldByEither = new LinkedHashSet<>(held);
        heldByEither.addAll(other.held);
        Set<String> trustedByEither = new LinkedHashSet<>(trusted);
        trustedByEither.addAll(other.trusted);
        Map<String, String> readByEither = new LinkedHashMap<>(reads);
        other.reads.forEach(readByEither::putIfAbsent);
        Map<List<VariableElement>, String> staticByEither = new LinkedHashMap<>(staticArrays);
        other.staticArrays.forEach(staticByEither::putIfAbsent);
        Map<FieldAccess, FieldAccess.Trail> fieldsReadByEither = new LinkedHashMap<>(fieldReads);
        other.fieldReads.forEach(fieldsReadByEither::putIfAbsent);
        Map<FieldAccess, FieldAccess.Trail> fieldsWrittenByEither = new LinkedHashMap<>(fieldWrites);
        other.fieldWrites.forEach((access, how) -> fieldsWrittenByEither.merge(access, how, FieldAccess.Trail::and));
        Set<Root> opaqueInEither = new LinkedHashSet<>(opaque);
        opaqueInEither.addAll(other.opaque);
        Set<String> variesInEither = new LinkedHashSet<>(varies);
        variesInEither.addAll(other.varies);
        return new MethodSummary(both, returnedByEither, heldByEither, trustedByEither, readByEither, staticByEither,
                fieldsReadByEither,
                fieldsWrittenByEither, opaqueInEither, variesInEither);
    }

    /** Each field access written, with whether it only ever sets new objects. */
    private Map<FieldAccess, Boolean> freshWrites() {
        Map<FieldAccess, Boolean> fresh = new HashMap<>();
        fieldWrites.forEach((access, how) -> fresh.put(access, how.fresh()));
        return fresh;
    }

    /**
     * What each change reaches: of an array parameter which elements (empty for any), and beyond
     * the root, whether through an element only or through a field ({@link Shared#element}).
     */
    private Map<Root, List<Object>> ranges() {
        Map<Root, List<Object>> ranges = new HashMap<>();
        effects.forEach((root, effect) -> ranges.put(root, List.of(Optional.ofNullable(effect.range()),
                Optional.ofNullable(effect.shared()).map(Shared::element))));
        return ranges;
    }
}
