package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.site.kit.KitPage;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The kit's pages are JBake rendering tools: they need no Markdown file, and JBake's tags are the candidate's. */
@ResourceLock(SharedState.JBAKE)
class KitPagesTest {

    @Test
    void aPortfolioWithNoMarkdownFileStillGetsEveryKitPage(@TempDir Path tmp) throws Exception {
        Path portfolio = TestPortfolio.at(tmp.resolve("portfolio")).settings("candidate: Sam Example\npathway: cmalt\n").dir();
        Files.createDirectories(portfolio.resolve("content"));
        Path site = tmp.resolve("site");

        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), site)).isEmpty();

        for (KitPages.Entry page : KitPage.entries()) assertThat(site.resolve(page.href())).isRegularFile();
        var progress = Jsoup.parse(site.resolve("kit/progress.html").toFile(), "UTF-8");
        assertThat(progress.select("head > title").text()).isEqualTo("Progress | Sam Example: CMALT portfolio");
        assertThat(progress.select("main tbody td").eachText()).contains("Not written", "Not written yet");
    }

    @Test
    void aCandidatesTagsGetTheirOwnPagesAndNoKitPageIsATag(@TempDir Path tmp) throws Exception {
        Path portfolio = TestPortfolio.at(tmp.resolve("portfolio")).settings("candidate: Sam Example\npathway: cmalt\n")
                .file("content/core-1a.md",
                        "---\nsection: core-1a\ntitle: Choosing a quiz tool\ntags: [accessibility, assessment]\n---\n## Description\n\nText.\n")
                .file("jbake.properties", "render.tags=true\ntag.path=topics\ntemplate.tag.file=topic.ftl\n")
                .file("templates/topic.ftl", "<#list tag_posts as p>${p.title}</#list><#list tagged_documents as d>${d.title};</#list>\n")
                .dir();
        Path site = tmp.resolve("site");

        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), site)).isEmpty();

        assertThat(site.resolve("topics/accessibility.html")).content().contains("Choosing a quiz tool;");
        assertThat(site.resolve("topics/assessment.html")).isRegularFile();
        assertThat(site.resolve("topics/plan.html")).doesNotExist();
        assertThat(site.resolve("kit/plan.html")).isRegularFile();
    }
}
