package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw HTML read as text: a tag stands for a space, a comment for nothing, entities decoded. */
class RawHtmlTest {

    @Test
    void tagsBecomeSpacesAndCommentsVanish() {
        assertThat(RawHtml.withoutTags("a<b>c</b>d<!-- note -->e &amp; f")).isEqualTo(" a cde & f");
    }
}
