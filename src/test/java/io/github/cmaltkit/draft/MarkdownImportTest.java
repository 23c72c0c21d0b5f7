package io.github.cmaltkit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownImportTest {

    @TempDir
    Path tmp;

    @Test
    void jekyllSiteFrontMatterMappedTextKept() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("blog"));
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("assets/img"));
        Files.write(site.resolve("assets/img/poster.png"), WordDraft.png());
        Files.writeString(site.resolve("_posts/2023-03-01-core-4.md"), """
                ---
                layout: post
                title: "Core area 4 – Working with the library team"
                date: 2023-03-01 10:00:00 +0000
                categories: [cmalt]
                author: Robin Writer
                ---
                In March 2023 the library and I ran *six* workshops together.
                {: .lead}

                ![Workshop poster]({{ site.baseurl }}/assets/img/poster.png)

                ## What I did

                We planned them in a [shared document](https://example.org/plan) over two weeks.

                ## Reflection

                Co-teaching took longer to plan than I expected.
                """);
        Files.writeString(site.resolve("_posts/2023-04-01-plans.md"), """
                ---
                title: Future plans
                ---
                Next I will mentor two colleagues through CMALT in 2025.
                """);
        Files.writeString(site.resolve("README.md"), "# How to build this blog\n");
        Importer.Result r = Importer.run(site, new Importer.Options(null, null, tmp.resolve("p"), null));

        String s = Files.readString(tmp.resolve("p/content/09-core-4.md"));
        assertThat(s).contains("section: core-4", "title: \"Working with the library team\"",
                "In March 2023 the library and I ran *six* workshops together.",
                "![Workshop poster](../assets/img/poster.png)".replace("assets/img", "assets/img"),
                "## Description\n\nWe planned them in a [shared document](https://example.org/plan) over two weeks.",
                "## Reflection\n\nCo-teaching took longer").doesNotContain("{:", "site.baseurl", "layout");
        assertThat(tmp.resolve("p/assets/img/poster.png")).hasBinaryContent(WordDraft.png());
        assertThat(tmp.resolve("p/content/11-future-plans.md")).content().contains("mentor two colleagues");
        assertThat(Files.readString(tmp.resolve("p/portfolio.yml"))).contains("candidate: Robin Writer");
        assertThat(String.join("\n", r.lines())).contains("front matter \"layout\" is not kept", "front matter \"date\" is not kept")
                .doesNotContain("How to build").contains("words:   37 in the draft, 37 in the portfolio: they agree");
    }

    @Test
    void anotherCmaltTemplateKeepsItsSectionIds() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other/content"));
        Files.writeString(other.resolve("a.md"), """
                ---
                section: core-3b
                title: Meeting the accessibility regulations
                principles: [empathy]
                topic: Public Sector Bodies Accessibility Regulations 2018
                kind: legislation
                status: reviewed
                ---
                ## Description

                In 2022 I audited our templates.
                """);
        Importer.run(tmp.resolve("other"), new Importer.Options("cmalt", "X", tmp.resolve("p"), null));
        assertThat(tmp.resolve("p/content/08-core-3b.md")).content().startsWith("""
                ---
                section: core-3b
                title: "Meeting the accessibility regulations"
                status: reviewed
                principles: [empathy]
                topic: "Public Sector Bodies Accessibility Regulations 2018"
                kind: legislation
                ---
                ## Description

                In 2022 I audited our templates.
                """);
    }
}
