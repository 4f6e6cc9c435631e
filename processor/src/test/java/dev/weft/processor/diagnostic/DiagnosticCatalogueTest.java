package dev.weft.processor.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of IDs in docs/loops.md lists exactly the IDs Weft's messages carry. */
class DiagnosticCatalogueTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(weft:[a-z-]+)` \\|", Pattern.MULTILINE);

    @Test
    void listsEveryIdOnce() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "loops.md"));
        Set<String> listed = new TreeSet<>();
        Matcher row = ROW.matcher(docs);
        while (row.find()) {
            assertThat(listed.add(row.group(1))).as("listed once: %s", row.group(1)).isTrue();
        }
        Set<String> ids = Arrays.stream(DiagnosticId.values()).map(DiagnosticId::suppression)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(ids);
    }

    @Test
    void tagsAMessageWithItsId() {
        assertThat(DiagnosticId.CALL_EFFECT.tagged("`bump()` changes ...")).isEqualTo("[weft:call-effect] `bump()` changes ...");
    }
}
