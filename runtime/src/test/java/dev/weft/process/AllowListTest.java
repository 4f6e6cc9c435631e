package dev.weft.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InvalidClassException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowListTest {
    private static final ClassLoader LOADER = AllowListTest.class.getClassLoader();

    record Point(int x, int y) implements Serializable {}

    private static Object roundTrip(Object value, String... declared) throws IOException, ClassNotFoundException {
        return Frames.deserialize(Frames.serialize(value), AllowList.of(List.of(declared), LOADER), LOADER);
    }

    @Test
    void declaredTypesAndTheBasicsPass() throws Exception {
        assertThat(roundTrip(new Point(1, 2), Point.class.getName())).isEqualTo(new Point(1, 2));
        assertThat((Point[]) roundTrip(new Point[] {new Point(3, 4)}, Point.class.getName())).containsExactly(new Point(3, 4));
        assertThat(roundTrip(new int[] {1, 2})).isEqualTo(new int[] {1, 2});
        assertThat(roundTrip("text")).isEqualTo("text");
        assertThat(roundTrip(new IllegalStateException("boom"))).isInstanceOf(IllegalStateException.class);
    }

    record Tile(Point corner, String name) implements Serializable {}

    @Test
    void aDeclaredTypeAllowsWhatItsValuesAreMadeOf() throws Exception {
        assertThat(roundTrip(new Tile(new Point(1, 2), "t"), Tile.class.getName())).isEqualTo(new Tile(new Point(1, 2), "t"));
        assertThat((Tile[]) roundTrip(new Tile[] {new Tile(new Point(0, 0), "a")}, Tile[].class.getName()))
                .containsExactly(new Tile(new Point(0, 0), "a"));
    }

    @Test
    void anUndeclaredTypeIsRejectedBeforeItIsBuilt() {
        HashMap<String, Integer> map = new HashMap<>();
        map.put("a", 1);

        assertThatThrownBy(() -> roundTrip(map, "java.lang.Integer"))
                .isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("REJECTED")
                .cause().hasMessageContaining("java.util.HashMap is not among the types the task declares [java.lang.Integer, java.lang.Number]");
        assertThatThrownBy(() -> roundTrip(new Point(5, 6), "java.lang.Object"))
                .as("declaring Object does not allow everything").isInstanceOf(InvalidClassException.class);
    }
}
