package io.github.cmaltkit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {

    @TempDir
    Path tmp;

    /** A page as WordPress saves it: menus, a sidebar, comments and scripts around the post. */
    private static final String WORDPRESS = """
            <!DOCTYPE html><html lang="en"><head><title>Core area 2 – My CMALT blog</title>
            <meta name="author" content="Alex Blogger"><script>var tracking = 1;</script></head>
            <body class="page">
            <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
            <header id="masthead"><p class="site-title">My CMALT blog</p>
              <nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about/">About me</a></li></ul></nav></header>
            <main id="main" class="site-main"><article id="post-12" class="page type-page">
              <header class="entry-header"><h1 class="entry-title">Core Area 2a: Designing a staged assessment</h1></header>
              <div class="entry-content">
                <h2>Description</h2>
                <p>In spring 2024 I redesigned the <strong>first-year</strong> essay as <em>three</em> stages.</p>
                <ul><li>Plan<ul><li>Peer feedback on the plan</li></ul></li><li>Draft</li></ul>
                <h2>Evidence</h2>
                <figure class="wp-block-image"><img src="chart.png" alt="Marks before and after the change"></figure>
                <p><a href="https://example.org/design.pdf">Assessment design</a>: it shows the three stages.</p>
                <table><thead><tr><th>Stage</th><th>Weight</th></tr></thead><tbody><tr><td>Plan</td><td>10%</td></tr></tbody></table>
                <h2>Reflection</h2>
                <blockquote><p>Students said the plan stage helped most.</p></blockquote>
              </div>
              <footer class="entry-footer"><span class="cat-links">Posted in CMALT</span></footer>
            </article>
            <div id="comments" class="comments-area"><h2>One reply</h2><p>Great post!</p></div></main>
            <aside id="secondary" class="widget-area"><h2>Recent posts</h2><ul><li><a href="/x/">Another</a></li></ul></aside>
            <footer id="colophon"><p>Proudly powered by WordPress</p></footer>
            <script src="wp-embed.min.js"></script></body></html>
            """;

    @Test
    void wordPressPageKeepsThePostOnly() throws Exception {
        Path page = tmp.resolve("saved/core-2.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, WORDPRESS);
        Files.write(tmp.resolve("saved/chart.png"), WordDraft.png());
        Importer.Result r = Importer.run(page, new Importer.Options(null, null, tmp.resolve("p"), null));

        String a = Files.readString(tmp.resolve("p/content/05-core-2a.md"));
        assertThat(a).contains("section: core-2a", "title: \"Designing a staged assessment\"")
                .contains("In spring 2024 I redesigned the **first-year** essay as *three* stages.")
                .contains("- Plan\n  - Peer feedback on the plan\n- Draft")
                .contains("![Marks before and after the change](../assets/images/chart.png)")
                .contains("[Assessment design](https://example.org/design.pdf): it shows the three stages.")
                .contains("| Stage | Weight |\n| --- | --- |\n| Plan | 10% |")
                .contains("> Students said the plan stage helped most.")
                .doesNotContain("Skip to content", "About me", "Great post", "Recent posts", "WordPress", "tracking", "Posted in");
        assertThat(tmp.resolve("p/assets/images/chart.png")).hasBinaryContent(WordDraft.png());
        assertThat(Files.readString(tmp.resolve("p/portfolio.yml"))).contains("candidate: Alex Blogger");
        assertThat(r.lines()).contains("  words:   34 in the draft, 34 in the portfolio: they agree",
                "  links:   1 in the draft, 1 in the portfolio: they agree", "  images:  1 in the draft, 1 in the portfolio: they agree");
    }

    @Test
    void googleSitesPageUsesItsMainArea() throws Exception {
        Path page = tmp.resolve("gsite.html");
        Files.writeString(page, """
                <html><head><title>Sam's CMALT</title></head><body>
                <div role="navigation"><a href="home">Home</a><a href="spec">Specialist</a></div>
                <div role="main"><section><div><div><h1 id="h.spec"><span>Specialist Option 1: Open educational resources</span></h1></div>
                <div><p><span>I have released </span><span style="font-weight:700">forty</span><span> open resources since 2022.</span></p></div>
                <div><h2><span>What I learnt</span></h2><p><span>Licences need explaining early.</span></p></div></div></section></div>
                <div role="contentinfo"><p>Report abuse</p><p>Page details</p></div>
                </body></html>
                """);
        Importer.run(page, new Importer.Options(null, null, tmp.resolve("p"), null));
        String s = Files.readString(tmp.resolve("p/content/10-specialist-1.md"));
        assertThat(s).contains("section: specialist-1", "title: \"Open educational resources\"", "I have released forty open resources since 2022.",
                "## Reflection\n\nLicences need explaining early.").doesNotContain("Report abuse", "Home");
    }

    @Test
    void folderOfPagesLinkedToEachOther() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("export"));
        Files.writeString(site.resolve("a-contextual.html"), "<main><h1>Contextual statement</h1><p>See <a href=\"b-future.html#reflection\">my plans</a>"
                + " and the <a href=\"evidence/cv.pdf\">CV</a>.</p></main>");
        Files.writeString(site.resolve("b-future.html"), "<main><h1>Future plans</h1><p>Teach more from 2026.</p></main>");
        Files.createDirectories(site.resolve("evidence"));
        Files.writeString(site.resolve("evidence/cv.pdf"), "%PDF-1.4 cv");
        Importer.run(site, new Importer.Options("cmalt", "Sam", tmp.resolve("p"), null));
        assertThat(tmp.resolve("p/content/01-contextual-statement.md")).content()
                .contains("See [my plans](11-future-plans.md) and the [CV](../assets/evidence/cv.pdf).");
        assertThat(tmp.resolve("p/assets/evidence/cv.pdf")).hasContent("%PDF-1.4 cv");
        assertThat(tmp.resolve("p/content/11-future-plans.md")).content().contains("Teach more from 2026.");
    }

    @Test
    void wordPressExportOfPages() throws Exception {
        Path wxr = tmp.resolve("site.WordPress.2025-01-01.xml");
        Files.writeString(wxr, """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>My CMALT</title><wp:author><wp:author_display_name><![CDATA[Pat Blogger]]></wp:author_display_name></wp:author>
                <item><title><![CDATA[Contextual statement]]></title><link>https://pat.example/context/</link>
                  <content:encoded><![CDATA[<!-- wp:paragraph --><p>I have worked in <strong>digital education</strong> since 2018; my plans are
                  <a href="https://pat.example/plans/">here</a>.</p><!-- /wp:paragraph -->]]></content:encoded>
                  <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[page]]></wp:post_type></item>
                <item><title><![CDATA[Old draft]]></title><link>https://pat.example/old/</link>
                  <content:encoded><![CDATA[<p>Thrown away.</p>]]></content:encoded>
                  <wp:status><![CDATA[trash]]></wp:status><wp:post_type><![CDATA[page]]></wp:post_type></item>
                <item><title><![CDATA[Menu]]></title><wp:post_type><![CDATA[nav_menu_item]]></wp:post_type></item>
                <item><title><![CDATA[Future plans]]></title><link>https://pat.example/plans/</link>
                  <content:encoded><![CDATA[Next year I will mentor colleagues.

                Then in 2027 I will renew.]]></content:encoded>
                  <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[page]]></wp:post_type></item>
                </channel></rss>
                """);
        Importer.Result r = Importer.run(wxr, new Importer.Options(null, null, tmp.resolve("p"), null));
        assertThat(tmp.resolve("p/content/01-contextual-statement.md")).content()
                .contains("I have worked in **digital education** since 2018; my plans are [here](11-future-plans.md).");
        assertThat(tmp.resolve("p/content/11-future-plans.md")).content()
                .contains("Next year I will mentor colleagues.\n\nThen in 2027 I will renew.");
        assertThat(tmp.resolve("p/portfolio.yml")).content().contains("candidate: Pat Blogger");
        assertThat(String.join("\n", r.lines())).doesNotContain("Old draft", "Menu").contains("words:   22 in the draft, 22 in the portfolio: they agree");
    }

    @Test
    void filesFarFromTheDraftAreNotCopied() throws Exception {
        Path page = Files.createDirectories(tmp.resolve("a/b")).resolve("page.html");
        Path outside = Files.writeString(tmp.resolve("private.txt"), "not part of the draft");
        Files.writeString(page, "<main><h1>Future plans</h1><p><a href=\"../../private.txt\">notes</a> and "
                + "<a href=\"" + page.getParent().relativize(Path.of("/etc/hostname").toAbsolutePath()) + "\">host</a></p></main>");
        Importer.Result r = Importer.run(page, new Importer.Options("cmalt", "Sam", tmp.resolve("p"), null));
        assertThat(outside).exists();
        try (var s = Files.walk(tmp.resolve("p/assets"))) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(String.join("\n", r.lines())).contains("the link to \"../../private.txt\" names no file beside the draft");
    }
}
