package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edges of SitePaths: encoded and malformed links, queries alone, folders, and files outside content/. */
class SitePathsEdgesTest {

    @Test
    void percentEncodedLinksAreDecodedEvenAtTheStart() {
        assertThat(SitePaths.resolve("content/a.md", "%2E%2E/assets/x.pdf")).isEqualTo("assets/x.pdf");
        assertThat(SitePaths.resolve("content/a.md", "../assets/my%20file.pdf")).isEqualTo("assets/my file.pdf");
        // A plus is a plus in a path, not a space.
        assertThat(SitePaths.resolve("content/a.md", "../assets/a+b%20c.pdf")).isEqualTo("assets/a+b c.pdf");
    }

    @Test
    void aMalformedEscapeIsKeptAsWritten() {
        assertThat(SitePaths.resolve("content/a.md", "../assets/100%.pdf")).isEqualTo("assets/100%.pdf");
    }

    @Test
    void aFolderLinkKeepsItsSlashAndTheRootHasNone() {
        assertThat(SitePaths.resolve("content/a.md", "../assets/evidence/")).isEqualTo("assets/evidence/");
        assertThat(SitePaths.resolve("content/a.md", "../")).isEqualTo("");
        assertThat(SitePaths.resolve("content/a.md", "/assets/x.pdf")).isEqualTo("assets/x.pdf");
        assertThat(SitePaths.resolve("a.md", "b.md")).isEqualTo("b.md");
    }

    @Test
    void aQueryOrFragmentAloneIsKept() {
        assertThat(SitePaths.mapLink("content/a.md", "?page=2")).isEqualTo("?page=2");
        assertThat(SitePaths.mapLink("content/a.md", "?page=2#p3")).isEqualTo("?page=2#p3");
        assertThat(SitePaths.mapLink("content/a.md", "")).isEqualTo("");
        assertThat(SitePaths.mapLink("content/a.md", null)).isNull();
        assertThat(SitePaths.mapLink("content/a.md", "//cdn.example.org/x.js")).isEqualTo("//cdn.example.org/x.js");
    }

    @Test
    void linksInAPublishedNonMarkdownFileAreRelativeToThatFile() {
        // An HTML page among the assets is published at evidence/docs/guide.html.
        assertThat(SitePaths.mapLink("assets/evidence/docs/guide.html", "../report.pdf")).isEqualTo("../report.pdf");
        assertThat(SitePaths.mapLink("assets/docs/guide.html", "../evidence/report.pdf")).isEqualTo("../evidence/report.pdf");
        assertThat(SitePaths.mapLink("content/extra/page.html", "../core-1a.md")).isEqualTo("../core-1a.html");
    }

    @Test
    void relativePathsBetweenSitePages() {
        assertThat(SitePaths.relative("index.html", "a.html")).isEqualTo("a.html");
        assertThat(SitePaths.relative("x/p.html", "x/y/z.html")).isEqualTo("y/z.html");
        assertThat(SitePaths.relative("x/y/p.html", "x/q.html")).isEqualTo("../q.html");
        assertThat(SitePaths.relative("x/p.html", "x/p.html")).isEqualTo("p.html");
        assertThat(SitePaths.relative("a/b/p.html", "c/d.html")).isEqualTo("../../c/d.html");
        // The last part of the target is a file, never a folder shared with the page.
        assertThat(SitePaths.relative("a/p.html", "a")).isEqualTo("../a");
        assertThat(SitePaths.relative("p.html", "")).isEqualTo("./");
    }

    @Test
    void pageNamesKeepDotFilesAndFilesWithoutExtension() {
        assertThat(SitePaths.pageOf("content/notes")).isEqualTo("notes.html");
        assertThat(SitePaths.pageOf("content/.notes")).isEqualTo(".notes.html");
        assertThat(SitePaths.pageOf("content/a.b.md")).isEqualTo("a.b.html");
        assertThat(SitePaths.pageOf("core-1a.md")).isEqualTo("core-1a.html");
    }

    @Test
    void siteFilesOfPortfolioFiles() {
        assertThat(SitePaths.siteFileOf("content/core-1a.md")).isEqualTo("core-1a.html");
        assertThat(SitePaths.siteFileOf("content/images/a.png")).isEqualTo("images/a.png");
        assertThat(SitePaths.siteFileOf("assets/evidence/r.pdf")).isEqualTo("evidence/r.pdf");
        assertThat(SitePaths.siteFileOf("portfolio.yml")).isNull();
        assertThat(SitePaths.siteFileOf("notes/plan.txt")).isNull();
    }

    @Test
    void hrefEncodesWhatAPathMayNotHold() {
        assertThat(SitePaths.href("a b/100%/é#?.html")).isEqualTo("a%20b/100%25/%C3%A9%23%3F.html");
        assertThat(SitePaths.href("-._~/!$&'()*+,;=:@AZaz09")).isEqualTo("-._~/!$&'()*+,;=:@AZaz09");
        assertThat(SitePaths.href("\u007f\u0080")).isEqualTo("%7F%C2%80");
    }

    @Test
    void externalDestinations() {
        assertThat(SitePaths.isExternal("https://example.org")).isTrue();
        assertThat(SitePaths.isExternal("mailto:a@example.org")).isTrue();
        assertThat(SitePaths.isExternal("//example.org/x")).isTrue();
        assertThat(SitePaths.isExternal("core-1a.md")).isFalse();
    }
}
