package io.github.cmaltkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.Markdown;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pathological nesting must neither crash nor hang the engine, and no word may be lost. */
class HostileMarkdownTest {

    static Stream<Arguments> nestings() {
        return Stream.of(
                Arguments.of("quotes", ">".repeat(50_000) + " last words", true),
                Arguments.of("lists", "- ".repeat(20_000) + "last words", true),
                Arguments.of("emphasis", "*".repeat(50_000) + "last words" + "*".repeat(50_000), true),
                Arguments.of("brackets", "[".repeat(50_000) + "last words", false),
                Arguments.of("parentheses", "(".repeat(50_000) + "last words", false),
                Arguments.of("underscores", "_a".repeat(50_000) + " last words", false),
                Arguments.of("backticks", "Some text " + "`".repeat(50_000) + "last words", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestings")
    void deepNestingRendersWithoutCrashOrLoss(String name, String body, boolean tooDeep) {
        String html = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Markdown.renderPage("content/x.md", body));
        assertThat(html).contains("last words");
        assertThat(Markdown.read(body).plainText()).isEqualTo(tooDeep);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestings")
    void plainTextAndWordCountsSurvive(String name, String body, boolean tooDeep) {
        assertThat(Markdown.plainText(Markdown.parse(body))).contains("last words");
    }
}
