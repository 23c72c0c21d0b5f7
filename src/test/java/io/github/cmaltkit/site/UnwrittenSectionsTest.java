package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Scaffold;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A portfolio fresh from {@code cmalt init} with one section written: the eleven others hold only
 * headings and prompts, and the site and the bake summary say they are not written yet, as they say of
 * a section with no file.
 */
@ResourceLock(SharedState.JBAKE)
class UnwrittenSectionsTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    @Test
    void sectionsOfOnlyPromptsAreNotWrittenYetOnTheSiteAndInTheSummary(@TempDir Path work) throws Exception {
        Path portfolio = work.resolve("portfolio");
        Scaffold.init(portfolio, "cmalt", "Jo Bloggs");
        Path core1a = portfolio.resolve("content/02-core-1a.md");
        Files.writeString(core1a, Files.readString(core1a).replace("## Evidence", "In 2024 I moved our quizzes to a new platform.\n\n## Evidence"));
        Path core4 = portfolio.resolve("content/09-core-4.md");
        Files.delete(core4);
        Path site = work.resolve("site");
        assertThat(TestBaker.bake(portfolio, work.resolve("stage"), site)).isEmpty();

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("p.lede").text()).contains("It has 1 written section;", "11 required sections are not written yet");
        assertThat(index.select("main .entry-missing")).hasSize(11);
        assertThat(index.select("main .entry-missing h3 a")).isEmpty();
        assertThat(index.select("main .entry:not(.entry-missing) h3").eachText()).containsExactly(CMALT.spec("core-1a").orElseThrow().title());
        String unwrittenEntry = index.select("main .entry-missing").stream().filter(e -> e.text().contains("core-1b"))
                .findFirst().orElseThrow().text();
        assertThat(unwrittenEntry).startsWith(CMALT.spec("core-1b").orElseThrow().title())
                .contains("Not written yet. The CMALT pathway requires this section: its file, content/03-core-1b.md, holds only headings");
        assertThat(index.select("main .entry-missing").eachText()).anyMatch(t -> t.contains("add a file with section: core-4"));

        Document page = Jsoup.parse(site.resolve(SitePaths.pageOf("content/03-core-1b.md")).toFile(), "UTF-8");
        assertThat(page.selectFirst("article .entry-missing").text()).isEqualTo("Not written yet. The CMALT pathway requires this section: "
                + "its file, content/03-core-1b.md, holds only headings and writing prompts so far.");
        assertThat(page.select("article h2")).as("no bare headings").isEmpty();
        Document written = Jsoup.parse(site.resolve(SitePaths.pageOf("content/02-core-1a.md")).toFile(), "UTF-8");
        assertThat(written.select("article .entry-missing")).isEmpty();
        assertThat(written.select("article h2").eachText()).containsExactly("Description", "Evidence", "Reflection");

        List<String> summary = BakeSummary.lines(Portfolio.read(portfolio), site, Path.of("portfolio"));
        assertThat(String.join("\n", summary)).doesNotContain("Every section")
                .contains("1 required section(s) not written yet (shown as placeholders on the site):\n  - core-4  ")
                .contains("10 section(s) not written yet: the file holds only headings and writing prompts (shown as \"Not written yet\" on the site):\n"
                        + "  - contextual-statement  content/01-contextual-statement.md\n  - core-1b  content/03-core-1b.md");
    }

    @Test
    void aSectionWhoseFrontMatterIsBrokenStaysItsSectionNotAnExtraPage(@TempDir Path work) throws Exception {
        Path portfolio = work.resolve("portfolio");
        Scaffold.init(portfolio, "cmalt", "Jo Bloggs");
        Path core1a = portfolio.resolve("content/02-core-1a.md");
        Files.writeString(core1a, Files.readString(core1a).replace("status: not-started", "status: not-started\n  principles: exploring")
                .replace("## Evidence", "In 2024 I moved our quizzes to a new platform.\n\n## Evidence"));
        Path site = work.resolve("site");
        assertThat(TestBaker.bake(portfolio, work.resolve("stage"), site)).isEmpty();

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("main h2").eachText()).doesNotContain("Other pages");
        assertThat(index.select("main .entry:not(.entry-missing) h3 a").eachAttr("href")).containsExactly(SitePaths.pageOf("content/02-core-1a.md"));
        Portfolio read = Portfolio.read(portfolio);
        assertThat(read.missing()).isEmpty();
        assertThat(read.extraPages()).isEmpty();
    }
}
