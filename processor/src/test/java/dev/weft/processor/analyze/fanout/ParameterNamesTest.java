package dev.weft.processor.analyze.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterNamesTest {

    @ParameterizedTest
    @CsvSource({
        "x, xs",
        "width, widths",
        "box, boxes",
        "class, classes",
        "match, matches",
        "city, cities",
        "key, keys",
        "items, allItems",
        "candidates, allCandidates",
    })
    void pluralOfTheFannedParameter(String element, String collection) {
        assertThat(ParameterNames.plural(element)).isEqualTo(collection);
    }

    @Test
    void receiverIsTheDecapitalizedClassName() {
        assertThat(ParameterNames.receiver("Shapes")).isEqualTo("shapes");
    }

    @Test
    void uniqueAvoidsTakenNamesAndKeywords() {
        assertThat(ParameterNames.unique("xs", Set.of("x", "y"))).isEqualTo("xs");
        assertThat(ParameterNames.unique("xs", Set.of("xs", "xs2"))).isEqualTo("xs3");
        assertThat(ParameterNames.unique("class", Set.of())).isEqualTo("class2");
    }
}
