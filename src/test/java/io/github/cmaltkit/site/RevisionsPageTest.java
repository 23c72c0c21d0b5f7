package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The "Summary of revisions" page: each revised section, its notes, and a working link to every revised passage. */
@ResourceLock(SharedState.JBAKE)
class RevisionsPageTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void bake() throws Exception {
        Path p = TestPortfolio.at(work.resolve("portfolio"))
                .settings("candidate: Alex Example\npathway: cmalt\n")
                .file("content/core/1a.md", """
                ---
                section: core-1a
                title: Choosing a lecture-capture platform
                revisions:
                  - "Evidence: added the comparison report"
                  - "Reflection: what I would do differently"
                ---
                ## Description

                In 2024 I compared three platforms.

                <!-- revised: added the comparison report -->

                The report is in the evidence.

                <!-- /revised -->

                ## Reflection

                <!-- revised -->

                Next time I would ask students first.

                <!-- /revised -->
                """)
                .file("content/core-1b.md", """
                ---
                section: core-1b
                revisions: "Description: dates added"
                ---
                ## Description

                In May 2023 I set up the VLE.
                """)
                .file("content/core-1c.md", """
                ---
                section: core-1c
                ---
                ## Description

                Unchanged since the first submission.
                """)
                .dir();
        site = work.resolve("site");
        assertThat(TestBaker.bake(p, work.resolve("stage"), site)).isEmpty();
    }

    private static Document page(String name) throws Exception {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void listsEachRevisedSectionInOfficialOrderWithItsNotes() throws Exception {
        Document d = page("kit/revisions.html");
        List<Element> sections = d.select("main section.revision");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).selectFirst("h2").text()).isEqualTo("Choosing a lecture-capture platform");
        assertThat(sections.get(0).select("h2 a").attr("href")).isEqualTo("../core/1a.html");
        assertThat(sections.get(0).select(".section-label").text())
                .isEqualTo("An understanding of the constraints and benefits of different technologies");
        assertThat(sections.get(0).select("ul li").eachText())
                .containsExactly("Evidence: added the comparison report", "Reflection: what I would do differently");
        assertThat(sections.get(0).select("ol li a").eachText()).containsExactly("added the comparison report", "Revised passage");
        assertThat(sections.get(0).select("ol li a").eachAttr("href")).containsExactly("../core/1a.html#revised-1", "../core/1a.html#revised-2");

        // A section without its own title is named by the pathway's title, with no repeated label; one note as a plain string.
        assertThat(sections.get(1).selectFirst("h2").text()).isEqualTo("Technical knowledge and ability in the use of learning technology");
        assertThat(sections.get(1).select(".section-label")).isEmpty();
        assertThat(sections.get(1).select("ul li").eachText()).containsExactly("Description: dates added");
        assertThat(sections.get(1).select("ol")).isEmpty();
        assertThat(d.select("main").text()).doesNotContain("Unchanged since", "No revisions are marked");
    }

    @Test
    void everyPassageLinkLandsOnAFramedPassage() throws Exception {
        Document section = page("core/1a.html");
        Element first = section.getElementById("revised-1");
        Element second = section.getElementById("revised-2");
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(first.hasClass("revised")).isTrue();
        assertThat(first.text()).startsWith("Revised").contains("The report is in the evidence.");
        assertThat(second.text()).contains("Next time I would ask students first.");
    }

    @Test
    void aPortfolioWithoutRevisionsSaysHowToMarkThem(@TempDir Path other) throws Exception {
        Path p = TestPortfolio.at(other.resolve("portfolio"))
                .settings("candidate: Alex Example\npathway: cmalt\n")
                .file("content/core-1a.md", "---\nsection: core-1a\n---\n## Description\n\nIn 2024 I chose.\n")
                .dir();
        Path s = other.resolve("site");
        assertThat(TestBaker.bake(p, other.resolve("stage"), s)).isEmpty();
        Document d = Jsoup.parse(s.resolve("kit/revisions.html").toFile(), "UTF-8");
        assertThat(d.select("main section.revision")).isEmpty();
        assertThat(d.select("main p").eachText()).anySatisfy(t -> assertThat(t).startsWith("No revisions are marked")
                .contains("revisions:", "<!-- revised: what changed -->", "<!-- /revised -->"));
    }
}
