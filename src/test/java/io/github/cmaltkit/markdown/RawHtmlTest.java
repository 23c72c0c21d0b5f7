package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw HTML read as text: a tag stands for a space, a comment for nothing, entities decoded. */
class RawHtmlTest {

    @Test
    void tagsBecomeSpacesAndCommentsVanish() {
        assertThat(RawHtml.withoutTags("a<b>c</b>d<!-- note -->e &amp; f")).isEqualTo(" a cde & f");
    }

    @Test
    void commentsAreCutAndEverythingElseIsKeptAsWritten() {
        assertThat(RawHtml.withoutComments("<div class=x>\n<!-- private\nnote -->\n<p>Kept &amp; <b>as is</div>"))
                .isEqualTo("<div class=x>\n\n<p>Kept &amp; <b>as is</div>");
        assertThat(RawHtml.withoutComments("<!-- a --><!-- b -->")).isEmpty();
        assertThat(RawHtml.withoutComments("</div> <!-- left open\nto the end")).isEqualTo("</div> ");
        // A comment's markers inside an attribute's value are the value, not a comment.
        assertThat(RawHtml.withoutComments("<span title=\"<!-- x -->\">y</span>")).isEqualTo("<span title=\"<!-- x -->\">y</span>");
        assertThat(RawHtml.withoutComments("<!---->a<!-- - -- -->b")).isEqualTo("ab");
    }
}
