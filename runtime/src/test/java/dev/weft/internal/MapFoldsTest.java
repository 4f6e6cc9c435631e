package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapFoldsTest {
    @Test
    void aSumIsAddedToTheKeysValueOrPutForANewKey() {
        Map<String, Integer> whole = new LinkedHashMap<>(Map.of("a", 2));
        MapFolds.putSum(whole, "a", 3, Integer::sum);
        MapFolds.putSum(whole, "b", 4, Integer::sum);
        assertThat(whole).containsExactly(Map.entry("a", 5), Map.entry("b", 4));
    }

    @Test
    void aSumIntoANullHeldForItsKeyThrowsAsTheLoopDid() {
        Map<String, Integer> whole = new HashMap<>();
        whole.put("a", null);
        // The loop's own `counts.put(k, counts.get(k) + e)` unboxes the null.
        assertThatThrownBy(() -> MapFolds.putSum(whole, "a", 1, Integer::sum))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key a");
    }

    @Test
    void aGroupNewToTheMapIsPutAsItIsAndAnotherIsAddedTo() {
        Map<Integer, List<Integer>> whole = new HashMap<>();
        List<Integer> first = new ArrayList<>(List.of(1));
        MapFolds.putGroup(whole, 7, first);
        MapFolds.putGroup(whole, 7, new ArrayList<>(List.of(2, 3)));
        assertThat(whole.get(7)).isSameAs(first).containsExactly(1, 2, 3);
        StringBuilder text = new StringBuilder("x");
        Map<Integer, StringBuilder> joined = new HashMap<>(Map.of(1, text));
        MapFolds.putGroup(joined, 1, new StringBuilder("y"));
        assertThat(joined.get(1)).isSameAs(text).hasToString("xy");
    }
}
