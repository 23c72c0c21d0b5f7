package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    @Test
    void followsTheDocumentedAlgorithm() {
        assertThat(HeadingIds.slug("Reflection")).isEqualTo("reflection");
        assertThat(HeadingIds.slug("What I'd do differently?")).isEqualTo("what-id-do-differently");
        assertThat(HeadingIds.slug("Core area 3: UK GDPR")).isEqualTo("core-area-3-uk-gdpr");
        assertThat(HeadingIds.slug("Évaluation des étudiants")).isEqualTo("évaluation-des-étudiants");
        assertThat(HeadingIds.slug("!!!")).isEqualTo("section");
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixes() {
        HeadingIds ids = new HeadingIds();
        assertThat(List.of(ids.next("Evidence"), ids.next("Evidence"), ids.next("Evidence-1"), ids.next("Evidence")))
                .containsExactly("evidence", "evidence-1", "evidence-1-1", "evidence-2");
    }

    @Test
    void renderedPagesCarryTheSameIdsAsTheChecker() {
        String body = "## Description\n\nText with `code`.\n\n### The *first* step\n\n## Evidence\n\n## Evidence\n";
        var ids = Markdown.headingIds(Markdown.parse(body)).values();
        assertThat(ids).containsExactlyInAnyOrder("description", "the-first-step", "evidence", "evidence-1");
        String html = Markdown.renderPage("content/x.md", body);
        assertThat(html).contains("<h2 id=\"description\">", "<h3 id=\"the-first-step\">", "<h2 id=\"evidence-1\">");
    }

    @Test
    void levelOneHeadingsAreShiftedBelowThePageTitle() {
        String html = Markdown.renderPage("content/x.md", "# Description\n\n## Detail\n");
        assertThat(html).contains("<h2 id=\"description\">", "<h3 id=\"detail\">").doesNotContain("<h1");
    }

    @Test
    void linksAndImagesPointIntoTheSite() {
        String html = Markdown.renderPage("content/core-1a.md",
                "[Report](../assets/evidence/report.pdf) and ![Diagram of the rollout](../assets/images/d.svg) "
                        + "and [next](core-1b.md#reflection) and <https://example.org/x>\n");
        assertThat(html).contains("href=\"evidence/report.pdf\"", "src=\"images/d.svg\"", "href=\"core-1b.html#reflection\"",
                "href=\"https://example.org/x\"");
    }
}
