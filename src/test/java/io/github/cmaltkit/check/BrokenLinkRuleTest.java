package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What broken-link says about each kind of link that leads nowhere: the fixtures pin where, these pin the words. */
class BrokenLinkRuleTest {

    private static final String SETTINGS = "candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n";
    private static final String NOT_THERE = ": check the spelling and the folder (links are relative to this file, so from content/ an asset is ../assets/…)";
    private static final String IDS = " (a heading's id is its text in lower case, with hyphens for spaces)";

    @TempDir
    Path tmp;

    private List<Finding> brokenLinks(TestPortfolio portfolio, CheckOptions options) {
        return Checker.check(portfolio.read(), Rules.all(), options).findings().stream().filter(f -> f.rule().equals("broken-link")).toList();
    }

    private static Finding at(String file, int line, int column, String message) {
        return new Finding("broken-link", Severity.ERROR, file, line, column, null, message);
    }

    @Test
    void eachLocalProblemIsExplainedWithTheLinkAsWritten() throws Exception {
        Path dir = tmp.resolve("p");
        TestPortfolio portfolio = TestPortfolio.at(dir).settings(SETTINGS)
                .file("content/links.md", """
                        ---
                        title: Links
                        ---
                        ## Reflection

                        - ![Chart](../assets/missing.png)
                        - [Report](../assets/missing.pdf)
                        - [The assets folder](../assets/)
                        - [Plan](../notes/plan.txt)
                        - [Here](#nope)
                        - [Other](other.md#nope)
                        - [Untitled](empty.md#nope)
                        - [Long form](other.markdown#nope)
                        - [Backslashes](..\\assets\\report.pdf)
                        - [A leading backslash](\\assets\\report.pdf)
                        """)
                .file("content/other.md", "---\ntitle: Other\n---\n## First part\n\n## Second part\n")
                .file("content/empty.md", "---\ntitle: Empty\n---\nNo headings here.\n")
                .file("content/other.markdown", "---\ntitle: Long\n---\n## Only heading\n")
                .file("assets/report.pdf", "%PDF-1.4\n")
                .file("notes/plan.txt", "plan");
        String f = "content/links.md";
        assertThat(brokenLinks(portfolio, CheckOptions.defaults())).containsExactly(
                at(f, 6, 3, "the image ../assets/missing.png points to assets/missing.png, which does not exist" + NOT_THERE),
                at(f, 7, 3, "the link ../assets/missing.pdf points to assets/missing.pdf, which does not exist" + NOT_THERE),
                at(f, 8, 3, "the link ../assets/ points to the folder assets/, not to a file: link to the file itself"),
                at(f, 9, 3, "the link ../notes/plan.txt points to notes/plan.txt, which is not published with your site (only content/ and "
                        + "assets/ are): move the file into assets/ and link to it there"),
                at(f, 10, 3, "the link #nope goes to #nope, but this page has no heading with that id; its headings are #reflection" + IDS),
                at(f, 11, 3, "the link other.md#nope goes to #nope, but content/other.md has no heading with that id; its headings are "
                        + "#first-part, #second-part" + IDS),
                at(f, 12, 3, "the link empty.md#nope goes to #nope, but content/empty.md has no heading with that id" + IDS),
                at(f, 13, 3, "the link other.markdown#nope goes to #nope, but content/other.markdown has no heading with that id; "
                        + "its headings are #only-heading" + IDS),
                at(f, 14, 3, "the link ..\\assets\\report.pdf uses \\ between folders: write / instead (e.g. ../assets/file.pdf), as web addresses do"),
                at(f, 15, 3, "the link \\assets\\report.pdf uses \\ between folders: write / instead (e.g. ../assets/file.pdf), as web addresses do"));
    }

    @Test
    void aFileOnTheAuthorsComputerGetsTheAssetsLinkToWriteInstead() {
        TestPortfolio portfolio = TestPortfolio.at(tmp.resolve("p")).settings(SETTINGS)
                .file("content/links.md", """
                        ---
                        title: Links
                        ---
                        - [Report](file:///C:/Users/alex/report.pdf)
                        - [A folder](file:///C:/Users/alex/)
                        """)
                .file("content/sub/deep.md", "---\ntitle: Deep\n---\n![Chart](/home/alex/charts/chart.png)\n");
        String copy = " points to a file on your own computer, which nobody else can open: copy the file into assets/ and link to it there (from this page: ";
        assertThat(brokenLinks(portfolio, CheckOptions.defaults())).containsExactly(
                at("content/links.md", 4, 3, "the link file:///C:/Users/alex/report.pdf" + copy + "../assets/report.pdf), or link to the copy on the web"),
                at("content/links.md", 5, 3, "the link file:///C:/Users/alex/" + copy + "../assets/file), or link to the copy on the web"),
                at("content/sub/deep.md", 4, 1, "the image /home/alex/charts/chart.png" + copy + "../../assets/chart.png), or link to the copy on the web"));
    }

    @Test
    void aSymbolicLinkOutOfThePortfolioOrToNothingIsReportedAndOneInsideItIsNot() throws Exception {
        Path dir = tmp.resolve("p");
        Path outside = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.pdf"), "%PDF-1.4\n");
        TestPortfolio portfolio = TestPortfolio.at(dir).settings(SETTINGS)
                .file("content/links.md", "---\ntitle: Links\n---\n- [Leak](../assets/leak.pdf)\n- [Gone](../assets/gone.pdf)\n"
                        + "- [Alias](../assets/alias.pdf)\n")
                .file("drafts/report.pdf", "%PDF-1.4\n")
                .file("assets/report.pdf", "%PDF-1.4\n");
        Files.createSymbolicLink(dir.resolve("assets/leak.pdf"), outside);
        Files.createSymbolicLink(dir.resolve("assets/gone.pdf"), tmp.resolve("outside/nothing.pdf"));
        // Published as a copy under its own name (see StagerTest), so the link works on the site.
        Files.createSymbolicLink(dir.resolve("assets/alias.pdf"), dir.resolve("drafts/report.pdf"));
        String through = ", which lies outside the portfolio folder (through a shortcut or symbolic link): copy the file into assets/ instead";
        assertThat(brokenLinks(portfolio, CheckOptions.defaults())).containsExactly(
                at("content/links.md", 4, 3, "the link ../assets/leak.pdf points to assets/leak.pdf" + through),
                at("content/links.md", 5, 3, "the link ../assets/gone.pdf points to assets/gone.pdf" + through));
    }

    @Test
    void aBrokenWebLinkSaysWhatTheCheckerFound() {
        Map<String, WebLinkResult> results = new LinkedHashMap<>();
        results.put("https://a.example/", new WebLinkResult("https://a.example/", Outcome.BROKEN, 404, null, "not found"));
        results.put("https://b.example/", new WebLinkResult("https://b.example/", Outcome.BROKEN, 0, null, null));
        results.put("https://c.example/", new WebLinkResult("https://c.example/", Outcome.BROKEN, null, null, "no such host"));
        results.put("https://d.example/", new WebLinkResult("https://d.example/", Outcome.BROKEN, null, "https://d.example/moved", " "));
        results.put("https://e.example/", new WebLinkResult("https://e.example/", Outcome.BROKEN, 410, "https://e.example/", null));
        results.put("https://f.example/", new WebLinkResult("https://f.example/", Outcome.BROKEN, 500, "https://f.example/x", "server error"));
        results.put("https://g.example/", WebLinkResult.ok("https://g.example/"));
        StringBuilder page = new StringBuilder("---\ntitle: Web\n---\n");
        for (String url : results.keySet()) page.append("- [").append(url.charAt(8)).append("](").append(url).append(")\n");
        page.append("- ![Picture](https://a.example/)\n");
        TestPortfolio portfolio = TestPortfolio.at(tmp.resolve("p")).settings(SETTINGS).file("content/web.md", page.toString());

        List<Finding> findings = brokenLinks(portfolio, new CheckOptions(false, urls -> results));
        String fix = "): correct the address, link to an archived copy (e.g. the Wayback Machine), or keep a copy in assets/ and link to that";
        assertThat(findings).containsExactly(
                at("content/web.md", 4, 3, "the web link https://a.example/ does not work (status 404, not found" + fix),
                at("content/web.md", 5, 3, "the web link https://b.example/ does not work (no answer" + fix),
                at("content/web.md", 6, 3, "the web link https://c.example/ does not work (no such host" + fix),
                at("content/web.md", 7, 3, "the web link https://d.example/ does not work (ends at https://d.example/moved" + fix),
                at("content/web.md", 8, 3, "the web link https://e.example/ does not work (status 410" + fix),
                at("content/web.md", 9, 3, "the web link https://f.example/ does not work (status 500, server error, ends at https://f.example/x" + fix),
                at("content/web.md", 11, 3, "the web image https://a.example/ does not work (status 404, not found" + fix));
    }
}
