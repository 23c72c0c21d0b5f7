package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which destinations are web links, for callers outside the checker too. */
class WebLinksTest {

    @Test
    void noDestinationIsNoWebLink() {
        assertThat(WebLinks.urlOf(null)).isNull();
        assertThat(WebLinks.urlOf("  https://example.org/a ")).isEqualTo("https://example.org/a");
    }
}
