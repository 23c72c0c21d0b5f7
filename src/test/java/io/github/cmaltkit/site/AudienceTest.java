package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.Settings;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.github.cmaltkit.site.kit.KitPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The published site is the submission: the public bake carries no workspace page, no link to one, no tool instruction. */
@ResourceLock(SharedState.JBAKE)
class AudienceTest {

    private static final List<String> WORKSPACE = KitPage.entries().stream().filter(KitPages.Entry::workspace).map(KitPages.Entry::href).toList();
    /** Words that tell a candidate how to drive the kit: none belongs in front of an assessor. */
    private static final List<String> TOOL_WORDS = List.of("cmalt.jar", "java -jar", "mvn ", "portfolio.yml", "front matter", "run the checker", "the checker's", "readiness");

    @Test
    void thePublicBakeOfTheSampleHasNoWorkspacePageNoLinkToOneAndNoToolInstruction(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        assertThat(TestBaker.bake(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("stage"), site, Audience.PUBLIC)).isEmpty();

        assertThat(WORKSPACE).isNotEmpty();
        for (String page : WORKSPACE) assertThat(site.resolve(page)).doesNotExist();
        for (String page : List.of("kit/principles.html", "kit/glossary.html", "kit/evidence.html", "kit/print.html", "kit/revisions.html")) {
            assertThat(site.resolve(page)).isRegularFile();
        }
        for (Path html : pages(site)) {
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            String where = site.relativize(html).toString();
            for (String href : d.select("a[href]").eachAttr("href")) {
                for (String page : WORKSPACE) assertThat(href).as(where).doesNotEndWith(page.substring(page.indexOf('/') + 1));
            }
            String text = d.text();
            for (String word : TOOL_WORDS) assertThat(text).as(where).doesNotContainIgnoringCase(word);
        }
        assertThat(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select(".contents-group").eachText())
                .contains("Across the portfolio").doesNotContain("Plan and progress");
    }

    @Test
    void workspacePublishPutsTheWorkspaceOnThePublicSiteAndInItsContents(@TempDir Path tmp) throws Exception {
        Path portfolio = tmp.resolve("portfolio");
        TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), portfolio);
        Files.writeString(portfolio.resolve("portfolio.yml"), Files.readString(portfolio.resolve("portfolio.yml")) + "\nworkspace: publish\n");
        Path site = tmp.resolve("site");
        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), site, Audience.PUBLIC)).isEmpty();

        for (String page : WORKSPACE) assertThat(site.resolve(page)).isRegularFile();
        List<String> links = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("nav.contents a").eachAttr("href");
        assertThat(links).containsAll(WORKSPACE);
        assertThat(site.resolve("kit/evidence.html")).content().contains("cmalt.jar");
    }

    @Test
    void theAudienceIsPublicOrLocalAndAnyOtherWordIsAPlainMistake() {
        assertThat(Audience.of("public")).isEqualTo(Audience.PUBLIC);
        assertThat(Audience.of(" Local ")).isEqualTo(Audience.LOCAL);
        assertThatThrownBy(() -> Audience.of("publc")).hasMessage(
                "cmalt.audience is \"publc\": write public (the site you publish) or local (your own copy, with your plan and progress)");
    }

    @Test
    void aWorkspaceSettingOtherThanPublishOrLocalIsReportedOnItsLine() {
        List<Problem> problems = new ArrayList<>();
        Settings s = Settings.parse("candidate: Sam\npathway: cmalt\nworkspace: yes\n", problems);
        assertThat(s.publishesWorkspace()).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("\"workspace\" should be publish");
        });
        assertThat(Settings.parse("candidate: Sam\npathway: cmalt\nworkspace: publish\n", new ArrayList<>()).publishesWorkspace()).isTrue();
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

}
