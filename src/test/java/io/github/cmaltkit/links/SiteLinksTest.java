package io.github.cmaltkit.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLinksTest {

    @TempDir
    Path site;

    void write(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aSiteWhoseLinksAllResolveHasNoProblems() throws IOException {
        write("index.html", """
                <!doctype html><title>Home</title>
                <a href="#main">Skip</a><main id="main">
                <a href="sections/core-1a.html#reflection">Core 1a</a>
                <a href="sections/">Sections</a>
                <a href="evidence/My%20report.pdf#page=2">Report</a>
                <a href="https://www.alt.ac.uk/">ALT</a> <a href="mailto:a@example.org">mail</a>
                <a href="//cdn.example.org/x.js">cdn</a> <a href="#top">top</a>
                <img src="images/photo.png" srcset="images/photo.png 1x, images/photo@2x.png 2x" alt="">
                <link rel="stylesheet" href="style.css?v=3">
                </main>""");
        write("sections/core-1a.html", """
                <!doctype html><h2 id="reflection">Reflection</h2><a name="old"></a>
                <a href="../index.html#main">Home</a><a href="#old">old</a>""");
        write("sections/index.html", "<!doctype html><a href='core-1a.html'>1a</a>");
        write("evidence/My report.pdf", "%PDF");
        write("images/photo.png", "png");
        write("images/photo@2x.png", "png");
        write("style.css", "body{}");
        assertThat(SiteLinks.check(site)).isEmpty();
    }

    @Test
    void everyKindOfDanglingLinkIsReported() throws IOException {
        write("index.html", """
                <!doctype html>
                <a href="missing.html">a</a>
                <a href="page.html#nowhere">b</a>
                <a href="#also-nowhere">c</a>
                <a href="../outside.html">d</a>
                <a href="/assets/x.pdf">e</a>
                <a href="empty-folder/">f</a>
                <img src="images/missing.png" alt="x">
                <a href="">g</a>""");
        write("page.html", "<!doctype html><p id=here>");
        Files.createDirectories(site.resolve("empty-folder"));
        List<SiteLinks.Problem> problems = SiteLinks.check(site);
        assertThat(problems).extracting(SiteLinks.Problem::href).containsExactlyInAnyOrder(
                "missing.html", "page.html#nowhere", "#also-nowhere", "../outside.html", "/assets/x.pdf",
                "empty-folder/", "images/missing.png", "");
        assertThat(problems).allSatisfy(p -> assertThat(p.page()).isEqualTo("index.html"));
        assertThat(problems).filteredOn(p -> p.href().equals("missing.html"))
                .extracting(SiteLinks.Problem::why).containsExactly("no such file: missing.html");
        assertThat(problems).filteredOn(p -> p.href().equals("page.html#nowhere"))
                .extracting(SiteLinks.Problem::why).containsExactly("no element with id \"nowhere\" in page.html");
        assertThat(problems).filteredOn(p -> p.href().equals("../outside.html"))
                .extracting(SiteLinks.Problem::why).containsExactly("points outside the site");
    }

    @Test
    void pagesInSubFoldersAreNamedRelativeToTheSite() throws IOException {
        write("a/b/page.html", "<a href='../../nothing.html'>x</a>");
        assertThat(SiteLinks.check(site)).containsExactly(
                new SiteLinks.Problem("a/b/page.html", "../../nothing.html", "no such file: nothing.html"));
    }
}
