package dev.weft.processor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTextTest {

    @Test
    void commentsAndLiteralsAreBlankedOutInPlace() {
        String source = """
                /** {@link Seen} */
                int a = b / c; // Seen
                String s = "Seen \\" Seen", t = \"""
                    Seen "" Seen
                    \""";
                char q = '\\'', d = '"';
                Used u; /* Seen */ Used v;
                """;
        String code = CodeText.of(source);

        assertThat(code).hasSameSizeAs(source).doesNotContain("Seen").contains("int a = b / c;", "Used u;", "Used v;");
        assertThat(code.lines()).hasSameSizeAs(source.lines().toList());
    }

    @Test
    void anUnclosedCommentOrLiteralRunsToTheEnd() {
        assertThat(CodeText.of("x /* Seen")).isEqualTo("x        ");
        assertThat(CodeText.of("x \"Seen")).isEqualTo("x      ");
    }
}
