package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SectionFile#written()} reads the text, the checker's {@link Page#blank()} the parsed Markdown:
 * they must give the same answer, or the site and the checker would disagree about a section.
 */
class WrittenAgreesWithPageTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    @Test
    void textAndParsedPageAgreeOnTrickyBodies() {
        List<String> bodies = List.of("", "\n\n", "## Description\n", "# A\n## B\n### C\n", "<!-- a -->\n", "<!-- a\nb -->\n## D\n",
                "  <!-- indented -->\n", "<!-- a --> words\n", "words <!-- a -->\n", "<!-- never closed\n", "Title\n=====\n",
                "## A\nSub\n---\n", "[ref]: https://example.org\n", "---\n", "    code\n", "```\n<!-- c -->\n```\n", "- item\n",
                "> quote\n", "<div></div>\n", "<!-- a --><!-- b -->\n", "#tag\n", "####### seven\n", "| a |\n|---|\n| b |\n",
                "&nbsp;\n", "<!-- a -->\n\n<!-- b -->\n\n## Evidence\n\n<!-- c -->\n");
        for (String body : bodies) {
            SectionFile f = SectionFile.read("content/x.md", "---\nsection: core-1a\n---\n" + body, CMALT);
            assertThat(f.written()).as("%s", body).isEqualTo(!Page.of(f, CMALT).blank());
        }
    }

    @Test
    void textAndParsedPageAgreeOnEveryFileOfTheSampleAndTheFixtures() throws Exception {
        List<Path> portfolios;
        try (Stream<Path> s = Files.walk(CheckFixtures.ROOT)) {
            portfolios = s.filter(p -> p.getFileName().toString().equals("portfolio.yml")).map(Path::getParent).toList();
        }
        int files = 0;
        for (Path dir : Stream.concat(Stream.of(Path.of("sample-portfolio")), portfolios.stream()).toList()) {
            Portfolio p = Portfolio.read(dir);
            for (SectionFile f : p.files()) {
                if (!f.readable() || !f.frontMatter().closed()) continue;
                assertThat(f.written()).as(dir + "/" + f.path()).isEqualTo(!Page.of(f, p.pathway()).blank());
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
    }
}
